// name: deleteRels
// mode: write
// answers: removes relationships that no source states any more
// params: $keys: [{ from: String, type: String, to: String }]
// returns: none
UNWIND $keys AS key
MATCH (a:Node {id: key.from})
USING INDEX SEEK a:Node(id)
MATCH (b:Node {id: key.to})
USING INDEX SEEK b:Node(id)
MATCH (a)-[r:$(key.type)]->(b)
DELETE r;
