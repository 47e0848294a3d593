// name: meetingsInPlaces
// answers: for each place, the meetings held there, in time order (by start; no known start last); batched per request
// params: $ids: [String] place ids, e.g. ['place:moscow']
//         $status: [String] statuses to keep, or null for any
//         $from, $to: String 'YYYY-MM-DD' or null: the window, bounds inclusive, an omitted one open
//         $within: Boolean: true keeps meetings lying wholly in the window (a known start on or
//           after $from, a known end on or before $to); false keeps those overlapping it (an
//           unknown start or end is open); a meeting with no known time never matches a window
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), e.g. ['src:article']
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state (SUPPORTED_BY),
//           background knowledge apart
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one per known place { ownerId: String, total: Integer, page: [Meeting properties + labels] }
UNWIND $ids AS ownerId
WITH ownerId, date($from) AS since, date($to) AS until
MATCH (owner:Place {id: ownerId})
CALL (owner, since, until) {
  MATCH (owner)<-[:TAKES_PLACE_IN]-(m:Meeting)
  WHERE ($status IS NULL OR m.status IN $status)
    AND ($sources IS NULL OR EXISTS { (m)-[:SUPPORTED_BY]->(s:Source) WHERE s.id IN $sources })
    AND ($minSources IS NULL
         OR COUNT { (m)-[:SUPPORTED_BY]->(s:Source) WHERE coalesce(s.kind, '') <> 'BACKGROUND' } >= $minSources)
    AND (since IS NULL AND until IS NULL
         OR CASE WHEN $within
              THEN (since IS NULL OR m.timeStart >= since) AND (until IS NULL OR m.timeEnd <= until)
              ELSE (m.timeStart IS NOT NULL OR m.timeEnd IS NOT NULL)
                   AND (since IS NULL OR m.timeEnd IS NULL OR m.timeEnd >= since)
                   AND (until IS NULL OR m.timeStart IS NULL OR m.timeStart <= until) END)
  WITH m, m.timeStart AS at
  ORDER BY at IS NULL,
           CASE WHEN $descending THEN null ELSE at END,
           CASE WHEN $descending THEN at END DESC,
           CASE WHEN $descending AND at IS NOT NULL THEN m.id END DESC,
           m.id
  RETURN collect(m) AS meetings
}
RETURN ownerId, size(meetings) AS total, [meeting IN meetings[$skip..$skip + $limit] | meeting {.*, labels: labels(meeting)}] AS page;
