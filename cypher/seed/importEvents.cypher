// name: importEvents
// mode: write
// answers: a batch of a dataset's coded events, one per row: the event supported by the dataset
//          (SUPPORTED_BY carrying its status and time, for as-of questions), and, where this
//          file's account is the newest (added by the dataset on or after the one the event
//          holds), its properties, its participants (one PARTICIPATED_IN per actor and role) and
//          its place, replacing what an older file said. Idempotent: a row written twice leaves
//          the graph as once.
// params: $sourceId: String; $rows: [{ id: String, props: map (datasetAdded and knownFrom included),
//           support: map, participants: [{ actor: String, role: String, props: map }],
//           keys: [String] (actor id + '|' + role of each participant), place: String or null }]
// returns: none
MATCH (s:Source {id: $sourceId})
UNWIND $rows AS row
MERGE (e:Node {id: row.id})
MERGE (e)-[sup:SUPPORTED_BY]->(s)
SET sup = row.support, sup.knownFrom = row.props.knownFrom
// Known from the first day any file had it, whichever file says the latest about it.
WITH e, row, CASE WHEN e.knownFrom IS NULL OR e.knownFrom > row.props.knownFrom THEN row.props.knownFrom ELSE e.knownFrom END AS known
SET e.knownFrom = known
WITH e, row, known
WHERE e.datasetAdded IS NULL OR e.datasetAdded <= row.props.datasetAdded
SET e = row.props, e:Event, e.knownFrom = known
WITH e, row
CALL (e, row) {
  MATCH (e)<-[old:PARTICIPATED_IN]-(a)
  WHERE NOT a.id + '|' + old.role IN row.keys
  DELETE old
}
CALL (e, row) {
  MATCH (e)-[old:TAKES_PLACE_IN]->(p)
  WHERE row.place IS NULL OR p.id <> row.place
  DELETE old
}
CALL (e, row) {
  UNWIND row.participants AS p
  MATCH (a:Node {id: p.actor})
  MERGE (a)-[r:PARTICIPATED_IN {role: p.role}]->(e)
  SET r = p.props, r.knownFrom = e.knownFrom
}
CALL (e, row) {
  UNWIND CASE WHEN row.place IS NULL THEN [] ELSE [row.place] END AS placeId
  MATCH (p:Node {id: placeId})
  MERGE (e)-[r:TAKES_PLACE_IN]->(p)
  SET r = row.placeProps, r.knownFrom = e.knownFrom
};
