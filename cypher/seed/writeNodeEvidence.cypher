// name: writeNodeEvidence
// mode: write
// answers: links each node to the quotes of a source that state it
// params: $rows: [{ id: String, evidenceIds: [String] }]
// returns: none
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
UNWIND row.evidenceIds AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);
