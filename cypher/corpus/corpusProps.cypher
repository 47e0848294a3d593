// name: corpusProps
// mode: write
// answers: adds properties known only once later batches are made (a source's text length)
// params: $rows: [{ id: String, props: map }]
// returns: none
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
SET n += row.props;
