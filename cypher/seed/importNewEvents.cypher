// name: importNewEvents
// mode: write
// answers: creates a batch of coded events the graph does not hold yet (importedEvents said so,
//          in the same transaction), each supported by the dataset, with its participants (one
//          PARTICIPATED_IN per actor and role: a country can be both the SOURCE and the TARGET of
//          a domestic event) and where it happened (TAKES_PLACE_IN a place, or a country when the
//          dataset gives only that). Creating instead of merging, in one statement per batch, is
//          what makes a large first import fast; events already present go through importEvents.
//          What every row shares (the source, its support's precision, empty evidence) is written
//          here rather than sent a million times, and days come as text: the import's cost is as
//          much in shipping rows as in storing them.
// params: $sourceId: String; $rows: [{ props: map (id included; timeStart, timeEnd and knownFrom,
//         the day the dataset had it, as 'YYYY-MM-DD'), participants: [{ actor: String, props:
//         map (role and the coded actor) }], place: String or null }]
// returns: none
MATCH (s:Source {id: $sourceId})
UNWIND $rows AS row
CREATE (e:Node:Event)
SET e = row.props,
    e.timeStart = date(row.props.timeStart),
    e.timeEnd = date(row.props.timeEnd),
    e.knownFrom = date(row.props.knownFrom)
CREATE (e)-[:SUPPORTED_BY {
  status: e.status, timeText: e.timeText, timeStart: e.timeStart, timeEnd: e.timeEnd,
  timePrecision: 'DAY', timeBasis: 'STATED', knownFrom: e.knownFrom
}]->(s)
WITH e, row
CALL (e, row) {
  UNWIND row.participants AS p
  MATCH (a:Node {id: p.actor})
  CREATE (a)-[r:PARTICIPATED_IN]->(e)
  SET r = p.props, r.sourceId = $sourceId, r.sourceIds = [$sourceId], r.evidenceIds = [], r.knownFrom = e.knownFrom
}
CALL (e, row) {
  UNWIND CASE WHEN row.place IS NULL THEN [] ELSE [row.place] END AS placeId
  MATCH (p:Node {id: placeId})
  CREATE (e)-[:TAKES_PLACE_IN {sourceId: $sourceId, sourceIds: [$sourceId], evidenceIds: [], knownFrom: e.knownFrom}]->(p)
};
