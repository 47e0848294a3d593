// name: writeSupport
// mode: write
// answers: records what one source asserts about each node: (node)-[:SUPPORTED_BY]->(source),
//          carrying the source's status and time (the history) and its whole assertion as JSON
// params: $sourceId: String, $rows: [{ id: String, props: map }]
// returns: none
MATCH (s:Source {id: $sourceId})
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
MERGE (n)-[a:SUPPORTED_BY]->(s)
SET a = row.props, a.knownFrom = s.publishedEnd;
