// name: meetingsBetween
// answers: meetings in which both sides take part, each through a different actor, in time order
//          (undated last): e.g. every UK–Russia meeting, or every Truss–Lavrov meeting
// params: $a, $b: String actor ids; a country side also takes part through its nationals and the
//           organisations and groups that belong to or represent it, e.g. 'country:gbr', 'country:rus'
//         $status: [String] statuses to keep, or null for any
//         $from, $to: String 'YYYY-MM-DD' or null: the window, bounds inclusive, an omitted one open
//         $within: Boolean: true keeps meetings lying wholly in the window (a known start on or
//           after $from, a known end on or before $to); false keeps those overlapping it (an
//           unknown start or end is open); a meeting with no known time never matches a window
//         $participant: String actor id or null: a further participant (a country through its people)
//         $place: String place id or null
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only meetings such a source mentions; status and time as the latest of them states)
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), e.g. ['src:article']
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state (SUPPORTED_BY),
//           background knowledge apart (with $asOf, only sources published by that day count)
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one { total: Integer, page: [Meeting properties + labels] }
WITH date($from) AS since, date($to) AS until, date($asOf) AS asOf
MATCH (m:Meeting)<-[:PARTICIPATED_IN]-(x:Actor)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->{0,1}(:Actor {id: $a}),
      (m)<-[:PARTICIPATED_IN]-(y:Actor)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->{0,1}(:Actor {id: $b})
WHERE x <> y
WITH DISTINCT m AS m0, since, until, asOf
WHERE asOf IS NULL OR EXISTS { (m0)-[:SUPPORTED_BY]->(s:Source) WHERE s.publishedEnd <= asOf }
CALL (m0, asOf) {
  // As of a day, a meeting's status and time are those of the latest source published by then
  // that states them (background knowledge ranks below every dated source).
  OPTIONAL MATCH (m0)-[said:SUPPORTED_BY]->(s:Source)
  WHERE asOf IS NOT NULL AND s.publishedEnd <= asOf AND said.status IS NOT NULL
  WITH said, s
  ORDER BY CASE s.kind WHEN 'BACKGROUND' THEN 0 ELSE 1 END DESC, s.publishedEnd DESC, s.id DESC
  LIMIT 1
  RETURN said
}
// Only the status and time a filter reads are taken from the stated version here; the whole
// meeting is projected for the page alone.
WITH m0, since, until, asOf, said,
     CASE WHEN said IS NULL THEN m0.status ELSE said.status END AS shownStatus,
     CASE WHEN said IS NULL THEN m0.timeStart ELSE said.timeStart END AS starts,
     CASE WHEN said IS NULL THEN m0.timeEnd ELSE said.timeEnd END AS ends
WHERE ($status IS NULL OR shownStatus IN $status)
  AND ($sources IS NULL OR EXISTS { (m0)-[:SUPPORTED_BY]->(s:Source) WHERE s.id IN $sources })
  AND ($minSources IS NULL
       OR COUNT { (m0)-[:SUPPORTED_BY]->(s:Source) WHERE coalesce(s.kind, '') <> 'BACKGROUND' AND (asOf IS NULL OR s.publishedEnd <= asOf) } >= $minSources)
  AND ($participant IS NULL OR EXISTS {
        (m0)<-[:PARTICIPATED_IN]-(:Actor)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->{0,1}(:Actor {id: $participant})
      })
  AND ($place IS NULL OR EXISTS { (m0)-[:TAKES_PLACE_IN]->(:Node {id: $place}) })
  AND (since IS NULL AND until IS NULL
       OR CASE WHEN $within
            THEN (since IS NULL OR starts >= since) AND (until IS NULL OR ends <= until)
            ELSE (starts IS NOT NULL OR ends IS NOT NULL)
                 AND (since IS NULL OR ends IS NULL OR ends >= since)
                 AND (until IS NULL OR starts IS NULL OR starts <= until) END)
WITH m0, said, starts AS at
ORDER BY at IS NULL,
         CASE WHEN $descending THEN null ELSE at END,
         CASE WHEN $descending THEN at END DESC,
         CASE WHEN $descending AND at IS NOT NULL THEN m0.id END DESC,
         m0.id
WITH collect({meeting: m0, said: said}) AS meetings
CALL (meetings) {
  UNWIND meetings[$skip..$skip + $limit] AS shown
  WITH shown.meeting AS m0, shown.said AS said
  RETURN collect(CASE WHEN said IS NULL THEN m0 {.*, labels: labels(m0), asOf: $asOf}
    ELSE m0 {.*, status: said.status, timeText: said.timeText, timeStart: said.timeStart, timeEnd: said.timeEnd,
             timePrecision: said.timePrecision, timeBasis: said.timeBasis, labels: labels(m0), asOf: $asOf} END) AS page
}
RETURN size(meetings) AS total, page;
