// name: meetingsOfActors
// answers: for each actor, the meetings it takes part in, in time order (undated last); a country
//          also takes part through its nationals and the organisations and groups that belong to
//          or represent it (e.g. the UK's meetings include Truss's); batched per request
// params: $ids: [String] actor ids, e.g. ['country:gbr', 'person:sergei-lavrov']
//         $status: [String] statuses to keep, or null for any
//         $from, $to: String 'YYYY-MM-DD' or null: keep meetings whose time overlaps the range
//           (an unknown bound is open; a meeting with no known time never matches a range)
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), e.g. ['src:article']
//         $descending: Boolean (newest first; undated still last), $skip: Integer, $limit: Integer
// returns: one per known actor { ownerId: String, total: Integer, page: [Meeting properties + labels] }
UNWIND $ids AS ownerId
WITH ownerId, date($from) AS since, date($to) AS until
MATCH (owner:Actor {id: ownerId})
CALL (owner, since, until) {
  MATCH (owner)<-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]-{0,1}(:Actor)-[:PARTICIPATED_IN]->(m:Meeting)
  WITH DISTINCT m
  WHERE ($status IS NULL OR m.status IN $status)
    AND ($sources IS NULL OR EXISTS { (m)-[:SUPPORTED_BY]->(s:Source) WHERE s.id IN $sources })
    AND ((since IS NULL AND until IS NULL) OR m.timeStart IS NOT NULL OR m.timeEnd IS NOT NULL)
    AND (since IS NULL OR m.timeEnd IS NULL OR m.timeEnd >= since)
    AND (until IS NULL OR m.timeStart IS NULL OR m.timeStart <= until)
  WITH m, coalesce(m.timeStart, m.timeEnd) AS at
  ORDER BY at IS NULL,
           CASE WHEN $descending THEN null ELSE at END,
           CASE WHEN $descending THEN at END DESC,
           CASE WHEN $descending AND at IS NOT NULL THEN m.id END DESC,
           m.id
  RETURN collect(m {.*, labels: labels(m)}) AS meetings
}
RETURN ownerId, size(meetings) AS total, meetings[$skip..$skip + $limit] AS page;
