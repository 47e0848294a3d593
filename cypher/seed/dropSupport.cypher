// name: dropSupport
// mode: write
// answers: removes a source's support from nodes it no longer asserts
// params: $sourceId: String, $ids: [String]
// returns: none
UNWIND $ids AS id
MATCH (:Node {id: id})-[a:SUPPORTED_BY]->(:Source {id: $sourceId})
DELETE a;
