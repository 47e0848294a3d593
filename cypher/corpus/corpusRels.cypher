// name: corpusRels
// mode: write
// answers: writes a batch of generated relationships of one type between nodes already written,
//          each end found through the unique :Node(id) index
// params: $type: String, e.g. 'PARTICIPATED_IN'; $rows: [{ from: String, to: String, props: map }]
// returns: none
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.props;
