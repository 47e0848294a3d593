// name: relAssertions
// mode: write
// answers: for each relationship (from, type, to), what every source that states it asserted
// params: $keys: [{ from: String, type: String, to: String }]
// returns: many { from: String, type: String, to: String, bySource: String (JSON) }
UNWIND $keys AS key
MATCH (a:Node {id: key.from})
USING INDEX SEEK a:Node(id)
MATCH (b:Node {id: key.to})
USING INDEX SEEK b:Node(id)
MATCH (a)-[r:$(key.type)]->(b)
RETURN key.from AS from, key.type AS type, key.to AS to, r.bySource AS bySource;
