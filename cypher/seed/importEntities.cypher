// name: importEntities
// mode: write
// answers: the countries, organisations, people and places a dataset's rows name: each one
//          created when the graph does not hold it yet (with what the dataset says of it), and
//          supported by the dataset either way (its assertion kept on SUPPORTED_BY, as the
//          annotation loader keeps a source's, so a later annotation merges with it)
//          known (knownFrom) from the first day the dataset names it, or earlier when a source did
// params: $sourceId: String; $rows: [{ id: String, labels: [String], props: map, knownFrom: String 'YYYY-MM-DD',
//           assertion: String (JSON) }]
// returns: none
MATCH (s:Source {id: $sourceId})
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
ON CREATE SET n = row.props, n:$(row.labels)
WITH s, row, n, date(row.knownFrom) AS known
SET n.knownFrom = CASE WHEN n.knownFrom IS NULL OR n.knownFrom > known THEN known ELSE n.knownFrom END
MERGE (n)-[a:SUPPORTED_BY]->(s)
SET a.assertion = row.assertion,
    a.knownFrom = CASE WHEN a.knownFrom IS NULL OR a.knownFrom > known THEN known ELSE a.knownFrom END;
