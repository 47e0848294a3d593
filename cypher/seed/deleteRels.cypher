// name: deleteRels
// mode: write
// answers: removes relationships that no source states any more
// params: $keys: [{ from: String, type: String, to: String }]
// returns: none
UNWIND $keys AS key
MATCH (:Node {id: key.from})-[r:$(key.type)]->(:Node {id: key.to})
DELETE r;
