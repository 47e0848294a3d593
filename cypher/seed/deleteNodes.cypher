// name: deleteNodes
// mode: write
// answers: removes nodes (and their relationships) that no source asserts any more
// params: $ids: [String]
// returns: none
UNWIND $ids AS id
MATCH (n:Node {id: id})
DETACH DELETE n;
