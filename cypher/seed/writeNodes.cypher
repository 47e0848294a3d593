// name: writeNodes
// mode: write
// answers: writes the merged view of each node: exactly these properties and labels
// params: $rows: [{ id: String, labels: [String], props: map }]
// returns: none
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n = row.props, n:$(row.labels);
