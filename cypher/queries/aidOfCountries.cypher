// name: aidOfCountries
// answers: for each country, the aid and loans it gave or received, in time order (by start; no
//          known start last); a country also gives or receives through its nationals and the organisations
//          and groups that belong to or represent it; batched per request
// params: $ids: [String] country ids, e.g. ['country:gbr']
//         $roles: [String] the country's (or its member's) role: ['SOURCE'] for aid given,
//           ['BENEFICIARY', 'TARGET'] for aid received
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only countries, events, participations and memberships known by then, knownFrom <= $asOf;
//           time and order as the latest of those sources states them); null for today's view
// returns: many { ownerId: String, event: Event properties + labels }
UNWIND $ids AS ownerId
MATCH (owner:Country {id: ownerId})
      <-[hop:NATIONAL_OF|BELONGS_TO|REPRESENTS WHERE $asOf IS NULL OR hop.knownFrom <= date($asOf)]-{0,1}(actor:Actor)
      -[p:PARTICIPATED_IN]->(e:Event)
WHERE e.eventKind IN ['AID', 'LOAN'] AND p.role IN $roles
  AND ($asOf IS NULL OR owner.knownFrom <= date($asOf) AND actor.knownFrom <= date($asOf)
       AND p.knownFrom <= date($asOf) AND e.knownFrom <= date($asOf))
WITH DISTINCT ownerId, e
// as of a day {
CALL (e) {
  // As of a day, an event's status and time are those of the latest source published by
  // then that states them (background knowledge ranks below every dated source); once
  // every source stating it has been published, its current view, as the loader merged them.
  OPTIONAL MATCH (e)-[said:SUPPORTED_BY]->(s:Source)
  WHERE $asOf IS NOT NULL AND s.knownFrom <= date($asOf) AND said.status IS NOT NULL
    AND EXISTS { (e)-[:SUPPORTED_BY]->(later:Source) WHERE later.publishedEnd > date($asOf) }
  WITH said, s
  ORDER BY CASE s.kind WHEN 'BACKGROUND' THEN 0 ELSE 1 END DESC, s.publishedEnd DESC, s.id DESC
  LIMIT 1
  RETURN said
}
// } today {
// WITH *, null AS said
// }
WITH ownerId, e, said, CASE WHEN said IS NULL THEN e.timeStart ELSE said.timeStart END AS at
ORDER BY ownerId, at IS NULL, at, e.id
RETURN ownerId, CASE
  WHEN said IS NULL THEN e {.*, labels: labels(e)}
  ELSE e {.*, status: said.status, timeText: said.timeText, timeStart: said.timeStart, timeEnd: said.timeEnd,
          timePrecision: said.timePrecision, timeBasis: said.timeBasis, labels: labels(e)} END AS event;
