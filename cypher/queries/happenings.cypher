// name: happenings
// answers: meetings, events and claims together, in time order (by start; no known start last): e.g. everything
//          only planned, proposed or unconfirmed, or everything involving one actor
// params: $kinds: [String] of 'MEETING', 'EVENT', 'CLAIM', or null for all three
//         $status: [String] statuses to keep, or null for any, e.g. ['PLANNED', 'PROPOSED']
//         $from, $to: String 'YYYY-MM-DD' or null: the window, bounds inclusive, an omitted one open
//         $within: Boolean: true keeps happenings lying wholly in the window (a known start on or
//           after $from, a known end on or before $to); false keeps those overlapping it (an
//           unknown start or end is open); a happening with no known time never matches a window
//         $actor: String actor id or null: only happenings it takes part in, asserted, or is the
//           subject of, e.g. 'person:boris-johnson'
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only happenings, and the actor's parts, assertions and subjects, known by then, knownFrom
//           <= $asOf; status, time and order as the latest of those sources states them, SUPPORTED_BY);
//           null for today's view
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), or
//           for a claim reports (REPORTED_IN), e.g. ['src:article'] (with $asOf, one published by that day)
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state
//           (SUPPORTED_BY; for a claim, REPORTED_IN), background knowledge apart (with $asOf, only
//           sources published by that day count)
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one { total: Integer, page: [Meeting, Event or Claim properties + labels] }
WITH date($from) AS since, date($to) AS until
CALL () {
  // The happenings are found from the actor the question names: what it took part in or
  // asserted, and the claims about it. Only a question naming none reads whole labels, each
  // behind a guard on the parameters, so a kind not asked for is never read either. As of a
  // day, only the parts, assertions and subjects known by then lead to a happening.
  MATCH (actor:Actor {id: $actor})-[part:PARTICIPATED_IN|ASSERTED]->(x)
  WHERE (x:Meeting AND ($kinds IS NULL OR 'MEETING' IN $kinds)
      OR x:Event AND ($kinds IS NULL OR 'EVENT' IN $kinds)
      OR x:Claim AND ($kinds IS NULL OR 'CLAIM' IN $kinds))
    AND ($asOf IS NULL OR actor.knownFrom <= date($asOf) AND part.knownFrom <= date($asOf))
  RETURN x
  UNION
  MATCH (actor:Actor {id: $actor})<-[about:ABOUT]-(x)
  WHERE (x:Meeting AND ($kinds IS NULL OR 'MEETING' IN $kinds)
      OR x:Event AND ($kinds IS NULL OR 'EVENT' IN $kinds)
      OR x:Claim AND ($kinds IS NULL OR 'CLAIM' IN $kinds))
    AND ($asOf IS NULL OR actor.knownFrom <= date($asOf) AND about.knownFrom <= date($asOf))
  RETURN x
  UNION
  WITH $actor IS NULL AND ($kinds IS NULL OR 'MEETING' IN $kinds) AS wanted
  WHERE wanted
  MATCH (x:Meeting)
  RETURN x
  UNION
  WITH $actor IS NULL AND ($kinds IS NULL OR 'EVENT' IN $kinds) AS wanted
  WHERE wanted
  MATCH (x:Event)
  RETURN x
  UNION
  WITH $actor IS NULL AND ($kinds IS NULL OR 'CLAIM' IN $kinds) AS wanted
  WHERE wanted
  MATCH (x:Claim)
  RETURN x
}
WITH x, since, until
WHERE $asOf IS NULL OR x.knownFrom <= date($asOf)
// as of a day {
CALL (x) {
  // As of a day, a happening's status and time are those of the latest source published by
  // then that states them (background knowledge ranks below every dated source); once
  // every source stating it has been published, its current view, as the loader merged them.
  OPTIONAL MATCH (x)-[said:SUPPORTED_BY]->(s:Source)
  WHERE $asOf IS NOT NULL AND s.knownFrom <= date($asOf) AND said.status IS NOT NULL
    AND EXISTS { (x)-[:SUPPORTED_BY]->(later:Source) WHERE later.publishedEnd > date($asOf) }
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
WITH x, since, until, said, CASE WHEN said IS NULL THEN x ELSE said END AS stated
WHERE ($status IS NULL OR stated.status IN $status)
  AND ($sources IS NULL OR EXISTS {
        MATCH (x)-[r:SUPPORTED_BY|REPORTED_IN]->(s:Source)
        WHERE s.id IN $sources AND (type(r) = 'REPORTED_IN' OR NOT x:Claim)
          AND ($asOf IS NULL OR s.knownFrom <= date($asOf)) })
  AND ($minSources IS NULL OR COUNT {
        MATCH (x)-[r:SUPPORTED_BY|REPORTED_IN]->(s:Source)
        WHERE (type(r) = 'REPORTED_IN' OR NOT x:Claim) AND coalesce(s.kind, '') <> 'BACKGROUND'
          AND ($asOf IS NULL OR s.knownFrom <= date($asOf)) } >= $minSources)
  AND (since IS NULL AND until IS NULL
       OR CASE WHEN $within
            THEN (since IS NULL OR stated.timeStart >= since) AND (until IS NULL OR stated.timeEnd <= until)
            ELSE (stated.timeStart IS NOT NULL OR stated.timeEnd IS NOT NULL)
                 AND (since IS NULL OR stated.timeEnd IS NULL OR stated.timeEnd >= since)
                 AND (until IS NULL OR stated.timeStart IS NULL OR stated.timeStart <= until) END)
WITH x, said, stated.timeStart AS at
ORDER BY at IS NULL,
         CASE WHEN $descending THEN null ELSE at END,
         CASE WHEN $descending THEN at END DESC,
         CASE WHEN $descending AND at IS NOT NULL THEN x.id END DESC,
         x.id
WITH collect({happening: x, said: said}) AS happenings
CALL (happenings) {
  UNWIND happenings[$skip..$skip + $limit] AS shown
  WITH shown.happening AS x, shown.said AS said
  RETURN collect(CASE
    WHEN said IS NULL THEN x {.*, labels: labels(x)}
    ELSE x {.*, status: said.status, timeText: said.timeText, timeStart: said.timeStart, timeEnd: said.timeEnd,
            timePrecision: said.timePrecision, timeBasis: said.timeBasis, labels: labels(x)} END) AS page
}
RETURN size(happenings) AS total, page;
