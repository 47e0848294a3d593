// name: writeNodeEvidence
// mode: write
// answers: links each node to the quotes of a source that state it, each link saying which part
//          of the node the quote supports (role: CONTENT, NAME or TIME; see EvidenceRole)
// params: $rows: [{ id: String, evidence: [{ id: String, role: String }] }]
// returns: none
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
UNWIND row.evidence AS quoted
MATCH (e:Evidence {id: quoted.id})
MERGE (n)-[r:EVIDENCED_BY {role: quoted.role}]->(e)
SET r.knownFrom = e.knownFrom;
