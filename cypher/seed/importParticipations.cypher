// name: importParticipations
// mode: write
// answers: the participants of events just created by importNewEvents: one PARTICIPATED_IN per
//          actor and role (a country can be both the SOURCE and the TARGET of a domestic event)
// params: $rows: [{ event: String, actor: String, props: map (role included) }]
// returns: none
UNWIND $rows AS row
MATCH (e:Node {id: row.event})
MATCH (a:Node {id: row.actor})
CREATE (a)-[r:PARTICIPATED_IN]->(e)
SET r = row.props, r.knownFrom = e.knownFrom;
