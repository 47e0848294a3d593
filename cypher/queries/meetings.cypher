// name: meetings
// answers: meetings matching a filter, in time order (undated last): e.g. every meeting with a
//          Russian participant, every planned meeting, every meeting held in Moscow
// params: $status: [String] statuses to keep, or null for any, e.g. ['PLANNED', 'ANNOUNCED_UNCONFIRMED']
//         $from, $to: String 'YYYY-MM-DD' or null: keep meetings whose time overlaps the range
//           (an unknown bound is open; a meeting with no known time never matches a range)
//         $participant: String actor id or null; a country also matches through its nationals and
//           the organisations and groups that belong to or represent it, e.g. 'country:rus'
//         $place: String place id or null, e.g. 'place:moscow'
//         $descending: Boolean (newest first; undated still last), $skip: Integer, $limit: Integer
// returns: one { total: Integer, page: [Meeting properties + labels] }
WITH date($from) AS since, date($to) AS until
MATCH (m:Meeting)
WHERE ($status IS NULL OR m.status IN $status)
  AND ($participant IS NULL OR EXISTS {
        (m)<-[:PARTICIPATED_IN]-(:Actor)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->{0,1}(:Actor {id: $participant})
      })
  AND ($place IS NULL OR EXISTS { (m)-[:TAKES_PLACE_IN]->(:Node {id: $place}) })
  AND ((since IS NULL AND until IS NULL) OR m.timeStart IS NOT NULL OR m.timeEnd IS NOT NULL)
  AND (since IS NULL OR m.timeEnd IS NULL OR m.timeEnd >= since)
  AND (until IS NULL OR m.timeStart IS NULL OR m.timeStart <= until)
WITH m, coalesce(m.timeStart, m.timeEnd) AS at
ORDER BY at IS NULL,
         CASE WHEN $descending THEN null ELSE at END,
         CASE WHEN $descending THEN at END DESC,
         CASE WHEN $descending AND at IS NOT NULL THEN m.id END DESC,
         m.id
WITH collect(m {.*, labels: labels(m)}) AS meetings
RETURN size(meetings) AS total, meetings[$skip..$skip + $limit] AS page;
