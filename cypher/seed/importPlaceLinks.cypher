// name: importPlaceLinks
// mode: write
// answers: where events just created by importNewEvents happened: TAKES_PLACE_IN a place, or a
//          country when the dataset gives only that
// params: $rows: [{ event: String, place: String, props: map }]
// returns: none
UNWIND $rows AS row
MATCH (e:Node {id: row.event})
MATCH (p:Node {id: row.place})
CREATE (e)-[r:TAKES_PLACE_IN]->(p)
SET r = row.props, r.knownFrom = e.knownFrom;
