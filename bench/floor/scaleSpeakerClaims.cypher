// Scale bench, floor: how many claims a person asserted, and the first twenty in time order with
// what each is about (and in what role) and its quotes.
// params: $id: String person id
MATCH (s:Person:Node {id: $id})
RETURN COUNT { (s)-[:ASSERTED]->(:Claim) } AS total,
       COLLECT {
         MATCH (s)-[:ASSERTED]->(c:Claim)
         WITH c ORDER BY c.timeStart, c.id LIMIT 20
         RETURN {id: c.id, text: c.text, kind: c.claimKind,
                 about: COLLECT { MATCH (c)-[r:ABOUT]->(t) RETURN {role: r.role, id: t.id} },
                 evidence: COLLECT { MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) RETURN e {.exact, .start, .end} }}
       } AS claims;
