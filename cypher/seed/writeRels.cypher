// name: writeRels
// mode: write
// answers: writes the merged view of each relationship: exactly these properties, including
//          sourceId (the latest source), sourceIds, evidenceIds and every source's assertion
// params: $rows: [{ from: String, type: String, to: String, props: map }]
// returns: none
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r = row.props;
