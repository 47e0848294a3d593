// name: claimsMadeByActors
// answers: for each actor, the claims it asserted itself (a country as a state, not through its
//          people), in time order (by start; no known start last); batched per request
// params: $ids: [String] actor ids, e.g. ['person:liz-truss']
//         $kinds: [String] claim kinds to keep, or null for any, e.g. ['ACCUSATION', 'WARNING']
//         $status: [String] statuses to keep, or null for any
//         $from, $to: String 'YYYY-MM-DD' or null: the window, bounds inclusive, an omitted one open
//         $within: Boolean: true keeps claims lying wholly in the window (a known start on or
//           after $from, a known end on or before $to); false keeps those overlapping it (an
//           unknown start or end is open); a claim with no known time never matches a window
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only actors, claims and assertions known by then, knownFrom <= $asOf; status, time and
//           order as the latest of those sources states them, SUPPORTED_BY); null for today's view
//         $sources: [String] source ids or null for any: keep only claims one of them reports (REPORTED_IN), e.g. ['src:article']
//           (with $asOf, one published by that day)
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state (REPORTED_IN),
//           background knowledge apart (with $asOf, only sources published by that day count)
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one per known actor { ownerId: String, total: Integer, page: [Claim properties + labels] }
UNWIND $ids AS ownerId
WITH ownerId, date($from) AS since, date($to) AS until
MATCH (owner:Actor {id: ownerId})
WHERE $asOf IS NULL OR owner.knownFrom <= date($asOf)
CALL (owner, since, until) {
  MATCH (owner)-[asserted:ASSERTED]->(c:Claim)
  WHERE $asOf IS NULL OR asserted.knownFrom <= date($asOf) AND c.knownFrom <= date($asOf)
  // as of a day {
  CALL (c) {
    // As of a day, a claim's status and time are those of the latest source published by
    // then that states them (background knowledge ranks below every dated source); once
    // every source stating it has been published, its current view, as the loader merged them.
    OPTIONAL MATCH (c)-[said:SUPPORTED_BY]->(s:Source)
    WHERE $asOf IS NOT NULL AND s.knownFrom <= date($asOf) AND said.status IS NOT NULL
      AND EXISTS { (c)-[:SUPPORTED_BY]->(later:Source) WHERE later.publishedEnd > date($asOf) }
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
  WITH c, said, CASE WHEN said IS NULL THEN c ELSE said END AS stated
  WHERE ($kinds IS NULL OR c.claimKind IN $kinds)
    AND ($status IS NULL OR stated.status IN $status)
    AND ($sources IS NULL OR EXISTS {
          (c)-[:REPORTED_IN]->(s:Source) WHERE s.id IN $sources AND ($asOf IS NULL OR s.knownFrom <= date($asOf)) })
    AND ($minSources IS NULL
         OR COUNT { (c)-[:REPORTED_IN]->(s:Source)
                    WHERE coalesce(s.kind, '') <> 'BACKGROUND' AND ($asOf IS NULL OR s.knownFrom <= date($asOf)) } >= $minSources)
    AND (since IS NULL AND until IS NULL
         OR CASE WHEN $within
              THEN (since IS NULL OR stated.timeStart >= since) AND (until IS NULL OR stated.timeEnd <= until)
              ELSE (stated.timeStart IS NOT NULL OR stated.timeEnd IS NOT NULL)
                   AND (since IS NULL OR stated.timeEnd IS NULL OR stated.timeEnd >= since)
                   AND (until IS NULL OR stated.timeStart IS NULL OR stated.timeStart <= until) END)
  WITH c, said, stated.timeStart AS at
  ORDER BY at IS NULL,
           CASE WHEN $descending THEN null ELSE at END,
           CASE WHEN $descending THEN at END DESC,
           CASE WHEN $descending AND at IS NOT NULL THEN c.id END DESC,
           c.id
  RETURN collect({claim: c, said: said}) AS claims
}
CALL (claims) {
  UNWIND claims[$skip..$skip + $limit] AS shown
  WITH shown.claim AS c, shown.said AS said
  RETURN collect(CASE
    WHEN said IS NULL THEN c {.*, labels: labels(c)}
    ELSE c {.*, status: said.status, timeText: said.timeText, timeStart: said.timeStart, timeEnd: said.timeEnd,
            timePrecision: said.timePrecision, timeBasis: said.timeBasis, labels: labels(c)} END) AS page
}
RETURN ownerId, size(claims) AS total, page;
