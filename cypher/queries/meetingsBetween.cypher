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
//           (only meetings such a source mentions, reached through the participations, memberships and
//           place links known by then, knownFrom <= $asOf; status and time as the latest of them states);
//           null for today's view
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), e.g. ['src:article']
//           (with $asOf, one published by that day)
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state (SUPPORTED_BY),
//           background knowledge apart (with $asOf, only sources published by that day count)
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one { total: Integer, page: [Meeting properties + labels] }
WITH date($from) AS since, date($to) AS until, date($asOf) AS asOf
// As of a day, only the participations and memberships known by then count.
MATCH (m:Meeting)<-[px:PARTICIPATED_IN]-(x:Actor)
        -[hx:NATIONAL_OF|BELONGS_TO|REPRESENTS WHERE asOf IS NULL OR hx.knownFrom <= asOf]->{0,1}(sideA:Actor {id: $a}),
      (m)<-[py:PARTICIPATED_IN]-(y:Actor)
        -[hy:NATIONAL_OF|BELONGS_TO|REPRESENTS WHERE asOf IS NULL OR hy.knownFrom <= asOf]->{0,1}(sideB:Actor {id: $b})
WHERE x <> y
  AND (asOf IS NULL OR px.knownFrom <= asOf AND x.knownFrom <= asOf AND sideA.knownFrom <= asOf
       AND py.knownFrom <= asOf AND y.knownFrom <= asOf AND sideB.knownFrom <= asOf)
WITH DISTINCT m AS m0, since, until, asOf
WHERE asOf IS NULL OR EXISTS { (m0)-[:SUPPORTED_BY]->(s:Source) WHERE s.knownFrom <= asOf }
// as of a day {
CALL (m0, asOf) {
  // As of a day, a meeting's status and time are those of the latest source published by
  // then that states them (background knowledge ranks below every dated source); once
  // every source stating it has been published, its current view, as the loader merged them.
  OPTIONAL MATCH (m0)-[said:SUPPORTED_BY]->(s:Source)
  WHERE asOf IS NOT NULL AND s.knownFrom <= asOf AND said.status IS NOT NULL
    AND EXISTS { (m0)-[:SUPPORTED_BY]->(later:Source) WHERE later.publishedEnd > asOf }
  WITH said, s
  ORDER BY CASE s.kind WHEN 'BACKGROUND' THEN 0 ELSE 1 END DESC, s.publishedEnd DESC, s.id DESC
  LIMIT 1
  RETURN said
}
// } today {
// WITH *, null AS said
// }
// Only the status and time a filter reads are taken from the stated version here (`stated`: the
// stated account as of a day, else the meeting itself); the whole meeting is projected for the page alone.
WITH m0, since, until, asOf, said, CASE WHEN said IS NULL THEN m0 ELSE said END AS stated
WHERE ($status IS NULL OR stated.status IN $status)
  AND ($sources IS NULL OR EXISTS {
        (m0)-[:SUPPORTED_BY]->(s:Source) WHERE s.id IN $sources AND (asOf IS NULL OR s.knownFrom <= asOf) })
  AND ($minSources IS NULL
       OR COUNT { (m0)-[:SUPPORTED_BY]->(s:Source) WHERE coalesce(s.kind, '') <> 'BACKGROUND' AND (asOf IS NULL OR s.knownFrom <= asOf) } >= $minSources)
  AND ($participant IS NULL OR EXISTS {
        (m0)<-[part:PARTICIPATED_IN]-(actor:Actor)
          -[hop:NATIONAL_OF|BELONGS_TO|REPRESENTS WHERE asOf IS NULL OR hop.knownFrom <= asOf]->{0,1}(anchor:Actor {id: $participant})
        WHERE asOf IS NULL OR part.knownFrom <= asOf AND actor.knownFrom <= asOf AND anchor.knownFrom <= asOf
      })
  AND ($place IS NULL OR EXISTS {
        (m0)-[held:TAKES_PLACE_IN]->(place:Node {id: $place})
        WHERE asOf IS NULL OR held.knownFrom <= asOf AND place.knownFrom <= asOf })
  AND (since IS NULL AND until IS NULL
       OR CASE WHEN $within
            THEN (since IS NULL OR stated.timeStart >= since) AND (until IS NULL OR stated.timeEnd <= until)
            ELSE (stated.timeStart IS NOT NULL OR stated.timeEnd IS NOT NULL)
                 AND (since IS NULL OR stated.timeEnd IS NULL OR stated.timeEnd >= since)
                 AND (until IS NULL OR stated.timeStart IS NULL OR stated.timeStart <= until) END)
WITH m0, said, stated.timeStart AS at
ORDER BY at IS NULL,
         CASE WHEN $descending THEN null ELSE at END,
         CASE WHEN $descending THEN at END DESC,
         CASE WHEN $descending AND at IS NOT NULL THEN m0.id END DESC,
         m0.id
WITH collect({meeting: m0, said: said}) AS meetings
CALL (meetings) {
  UNWIND meetings[$skip..$skip + $limit] AS shown
  WITH shown.meeting AS m0, shown.said AS said
  RETURN collect(CASE WHEN said IS NULL THEN m0 {.*, labels: labels(m0)}
    ELSE m0 {.*, status: said.status, timeText: said.timeText, timeStart: said.timeStart, timeEnd: said.timeEnd,
             timePrecision: said.timePrecision, timeBasis: said.timeBasis, labels: labels(m0)} END) AS page
}
RETURN size(meetings) AS total, page;
