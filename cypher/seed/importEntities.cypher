// name: importEntities
// mode: write
// answers: the countries, organisations, people and places a dataset's rows name: each one
//          created when the graph does not hold it yet (with what the dataset says of it), and
//          supported by the dataset either way (its assertion kept on SUPPORTED_BY, as the
//          annotation loader keeps a source's, so a later annotation merges with it)
// params: $sourceId: String; $rows: [{ id: String, labels: [String], props: map, assertion: String (JSON) }]
// returns: none
MATCH (s:Source {id: $sourceId})
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
ON CREATE SET n = row.props, n:$(row.labels)
MERGE (n)-[a:SUPPORTED_BY]->(s)
SET a.assertion = row.assertion;
