// name: timeline
// answers: for each actor, everything involving it directly, mixed and in time order (undated
//          last): meetings and events it takes part in, claims it asserted, claims about it
//          (e.g. Boris Johnson's timeline); batched per request
// params: $ids: [String] actor ids, e.g. ['person:boris-johnson']
//         $status: [String] statuses to keep, or null for any
//         $from, $to: String 'YYYY-MM-DD' or null: the window, bounds inclusive, an omitted one open
//         $within: Boolean: true keeps happenings lying wholly in the window (a known start on or
//           after $from, a known end on or before $to); false keeps those overlapping it (an
//           unknown start or end is open); a happening with no known time never matches a window
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), or
//           for a claim reports (REPORTED_IN), e.g. ['src:article']
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state
//           (SUPPORTED_BY; for a claim, REPORTED_IN), background knowledge apart
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one per known actor { ownerId: String, total: Integer, page: [Meeting, Event or Claim properties + labels] }
UNWIND $ids AS ownerId
WITH ownerId, date($from) AS since, date($to) AS until
MATCH (owner:Actor {id: ownerId})
CALL (owner, since, until) {
  CALL (owner) {
    MATCH (owner)-[:PARTICIPATED_IN]->(x) WHERE x:Meeting OR x:Event RETURN x
    UNION
    MATCH (owner)-[:ASSERTED]->(x:Claim) RETURN x
    UNION
    MATCH (owner)<-[:ABOUT]-(x:Claim) RETURN x
  }
  WITH x
  WHERE ($status IS NULL OR x.status IN $status)
    AND ($sources IS NULL OR EXISTS {
        MATCH (x)-[r:SUPPORTED_BY|REPORTED_IN]->(s:Source)
        WHERE s.id IN $sources AND (type(r) = 'REPORTED_IN' OR NOT x:Claim) })
    AND ($minSources IS NULL OR COUNT {
          MATCH (x)-[r:SUPPORTED_BY|REPORTED_IN]->(s:Source)
          WHERE (type(r) = 'REPORTED_IN' OR NOT x:Claim) AND coalesce(s.kind, '') <> 'BACKGROUND' } >= $minSources)
    AND (since IS NULL AND until IS NULL
         OR CASE WHEN $within
              THEN (since IS NULL OR x.timeStart >= since) AND (until IS NULL OR x.timeEnd <= until)
              ELSE (x.timeStart IS NOT NULL OR x.timeEnd IS NOT NULL)
                   AND (since IS NULL OR x.timeEnd IS NULL OR x.timeEnd >= since)
                   AND (until IS NULL OR x.timeStart IS NULL OR x.timeStart <= until) END)
  WITH x, x.timeStart AS at
  ORDER BY at IS NULL,
           CASE WHEN $descending THEN null ELSE at END,
           CASE WHEN $descending THEN at END DESC,
           CASE WHEN $descending AND at IS NOT NULL THEN x.id END DESC,
           x.id
  RETURN collect(x) AS happenings
}
RETURN ownerId, size(happenings) AS total, [happening IN happenings[$skip..$skip + $limit] | happening {.*, labels: labels(happening)}] AS page;
