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
//         $sources: [String] source ids or null for any: keep only claims one of them reports (REPORTED_IN), e.g. ['src:article']
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state (REPORTED_IN),
//           background knowledge apart
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one per known actor { ownerId: String, total: Integer, page: [Claim properties + labels] }
UNWIND $ids AS ownerId
WITH ownerId, date($from) AS since, date($to) AS until
MATCH (owner:Actor {id: ownerId})
CALL (owner, since, until) {
  MATCH (owner)-[:ASSERTED]->(c:Claim)
  WHERE ($kinds IS NULL OR c.claimKind IN $kinds)
    AND ($status IS NULL OR c.status IN $status)
    AND ($sources IS NULL OR EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE s.id IN $sources })
    AND ($minSources IS NULL
         OR COUNT { (c)-[:REPORTED_IN]->(s:Source) WHERE coalesce(s.kind, '') <> 'BACKGROUND' } >= $minSources)
    AND (since IS NULL AND until IS NULL
         OR CASE WHEN $within
              THEN (since IS NULL OR c.timeStart >= since) AND (until IS NULL OR c.timeEnd <= until)
              ELSE (c.timeStart IS NOT NULL OR c.timeEnd IS NOT NULL)
                   AND (since IS NULL OR c.timeEnd IS NULL OR c.timeEnd >= since)
                   AND (until IS NULL OR c.timeStart IS NULL OR c.timeStart <= until) END)
  WITH c, c.timeStart AS at
  ORDER BY at IS NULL,
           CASE WHEN $descending THEN null ELSE at END,
           CASE WHEN $descending THEN at END DESC,
           CASE WHEN $descending AND at IS NOT NULL THEN c.id END DESC,
           c.id
  RETURN collect(c) AS claims
}
RETURN ownerId, size(claims) AS total, [claim IN claims[$skip..$skip + $limit] | claim {.*, labels: labels(claim)}] AS page;
