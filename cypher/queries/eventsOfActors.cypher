// name: eventsOfActors
// answers: for each actor, the events it takes part in, in time order (by start; no known start last); a country
//          also takes part through its nationals and the organisations and groups that belong to
//          or represent it; batched per request
// params: $ids: [String] actor ids, e.g. ['country:gbr']
//         $roles: [String] or null: only where the actor (or its member) has one of these roles, e.g. ['SOURCE']
//         $kinds: [String] event kinds to keep, or null for any, e.g. ['AID', 'LOAN']
//         $status: [String] statuses to keep, or null for any
//         $from, $to: String 'YYYY-MM-DD' or null: the window, bounds inclusive, an omitted one open
//         $within: Boolean: true keeps events lying wholly in the window (a known start on or
//           after $from, a known end on or before $to); false keeps those overlapping it (an
//           unknown start or end is open); an event with no known time never matches a window
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only actors, events, participations and memberships known by then, knownFrom <= $asOf;
//           status, time and order as the latest of those sources states them); null for today's view
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), e.g. ['src:article']
//           (with $asOf, one published by that day)
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state (SUPPORTED_BY),
//           background knowledge apart (with $asOf, only sources published by that day count)
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one per known actor { ownerId: String, total: Integer, page: [Event properties + labels] }
UNWIND $ids AS ownerId
WITH ownerId, date($from) AS since, date($to) AS until
MATCH (owner:Actor {id: ownerId})
WHERE $asOf IS NULL OR owner.knownFrom <= date($asOf)
CALL (owner, since, until) {
  // As of a day, only the participations and memberships known by then lead to an event.
  MATCH (owner)<-[hop:NATIONAL_OF|BELONGS_TO|REPRESENTS WHERE $asOf IS NULL OR hop.knownFrom <= date($asOf)]-{0,1}(actor:Actor)-[p:PARTICIPATED_IN]->(e:Event)
  WHERE ($roles IS NULL OR p.role IN $roles)
    AND ($asOf IS NULL OR actor.knownFrom <= date($asOf) AND p.knownFrom <= date($asOf) AND e.knownFrom <= date($asOf))
  WITH DISTINCT e
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
  // The status and time the filters and the order read: as of a day the stated account, else
  // the node itself (read only where a filter asks).
  WITH e, said, CASE WHEN said IS NULL THEN e ELSE said END AS stated
  WHERE ($kinds IS NULL OR e.eventKind IN $kinds)
    AND ($status IS NULL OR stated.status IN $status)
    AND ($sources IS NULL OR EXISTS {
          (e)-[:SUPPORTED_BY]->(s:Source) WHERE s.id IN $sources AND ($asOf IS NULL OR s.knownFrom <= date($asOf)) })
    AND ($minSources IS NULL
         OR COUNT { (e)-[:SUPPORTED_BY]->(s:Source)
                    WHERE coalesce(s.kind, '') <> 'BACKGROUND' AND ($asOf IS NULL OR s.knownFrom <= date($asOf)) } >= $minSources)
    AND (since IS NULL AND until IS NULL
         OR CASE WHEN $within
              THEN (since IS NULL OR stated.timeStart >= since) AND (until IS NULL OR stated.timeEnd <= until)
              ELSE (stated.timeStart IS NOT NULL OR stated.timeEnd IS NOT NULL)
                   AND (since IS NULL OR stated.timeEnd IS NULL OR stated.timeEnd >= since)
                   AND (until IS NULL OR stated.timeStart IS NULL OR stated.timeStart <= until) END)
  WITH e, said, stated.timeStart AS at
  ORDER BY at IS NULL,
           CASE WHEN $descending THEN null ELSE at END,
           CASE WHEN $descending THEN at END DESC,
           CASE WHEN $descending AND at IS NOT NULL THEN e.id END DESC,
           e.id
  RETURN collect({event: e, said: said}) AS events
}
CALL (events) {
  UNWIND events[$skip..$skip + $limit] AS shown
  WITH shown.event AS e, shown.said AS said
  RETURN collect(CASE
    WHEN said IS NULL THEN e {.*, labels: labels(e)}
    ELSE e {.*, status: said.status, timeText: said.timeText, timeStart: said.timeStart, timeEnd: said.timeEnd,
            timePrecision: said.timePrecision, timeBasis: said.timeBasis, labels: labels(e)} END) AS page
}
RETURN ownerId, size(events) AS total, page;
