// name: nodeAssertions
// mode: write
// answers: for each node, what every source that supports it asserted (the loader re-merges them)
// params: $ids: [String]
// returns: many { id: String, assertions: [{ sourceId: String, assertion: String (JSON) }] }
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COLLECT {
  MATCH (n)-[a:SUPPORTED_BY]->(s:Source)
  RETURN {sourceId: s.id, assertion: a.assertion} AS assertion
} AS assertions;
