// name: events
// answers: events matching a filter, in time order (by start; no known start last): e.g. the aid and loans the UK
//          gave, every hypothetical event, what Russia is alleged to have done
// params: $kinds: [String] event kinds to keep, or null for any, e.g. ['AID', 'LOAN']
//         $status: [String] statuses to keep, or null for any
//         $from, $to: String 'YYYY-MM-DD' or null: the window, bounds inclusive, an omitted one open
//         $within: Boolean: true keeps events lying wholly in the window (a known start on or
//           after $from, a known end on or before $to); false keeps those overlapping it (an
//           unknown start or end is open); an event with no known time never matches a window
//         $participant: String actor id or null; a country also takes part through its nationals and
//           the organisations and groups that belong to or represent it, e.g. 'country:gbr'
//         $roles: [String] or null: the participant (anyone, when $participant is null) must take
//           part in one of these roles, e.g. ['SOURCE']
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only events, participants and memberships known by then, knownFrom <= $asOf; status,
//           time and order as the latest of those sources states them); null for today's view
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), e.g. ['src:article']
//           (with $asOf, one published by that day)
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state (SUPPORTED_BY),
//           background knowledge apart (with $asOf, only sources published by that day count)
//         $cameoRoots: [String] two-digit CAMEO roots or null for any, e.g. ['04', '19'] (an uncoded event
//           matches none)
//         $quadClasses: [String] or null: quad classes of the code's root (VERBAL_COOPERATION 01–05,
//           MATERIAL_COOPERATION 06–09, VERBAL_CONFLICT 10–14, MATERIAL_CONFLICT 15–20)
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one { total: Integer, page: [Event properties + labels] }
WITH date($from) AS since, date($to) AS until
CALL () {
  // The events are found from the participant the question names (with its nationals',
  // members' and representatives' parts, in the roles asked for); only a question naming none
  // reads every event, behind a guard on the parameters that an anchor keeps shut. As of a day,
  // only the participations and memberships known by then lead to an event.
  MATCH (anchor:Actor {id: $participant})
        <-[hop:NATIONAL_OF|BELONGS_TO|REPRESENTS WHERE $asOf IS NULL OR hop.knownFrom <= date($asOf)]-{0,1}(actor:Actor)
        -[p:PARTICIPATED_IN]->(e:Event)
  WHERE ($roles IS NULL OR p.role IN $roles)
    AND ($asOf IS NULL OR anchor.knownFrom <= date($asOf) AND actor.knownFrom <= date($asOf) AND p.knownFrom <= date($asOf))
  RETURN e
  UNION
  WITH $participant IS NULL AS unanchored
  WHERE unanchored
  MATCH (e:Event)
  RETURN e
}
WITH e, since, until
WHERE $asOf IS NULL OR e.knownFrom <= date($asOf)
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
WITH e, since, until, said, CASE WHEN said IS NULL THEN e ELSE said END AS stated
WHERE ($kinds IS NULL OR e.eventKind IN $kinds)
  AND ($status IS NULL OR stated.status IN $status)
  AND ($sources IS NULL OR EXISTS {
        (e)-[:SUPPORTED_BY]->(s:Source) WHERE s.id IN $sources AND ($asOf IS NULL OR s.knownFrom <= date($asOf)) })
  AND ($minSources IS NULL
       OR COUNT { (e)-[:SUPPORTED_BY]->(s:Source)
                  WHERE coalesce(s.kind, '') <> 'BACKGROUND' AND ($asOf IS NULL OR s.knownFrom <= date($asOf)) } >= $minSources)
  AND ($cameoRoots IS NULL OR left(e.cameoCode, 2) IN $cameoRoots)
  AND ($quadClasses IS NULL OR
       CASE WHEN e.cameoCode IS NULL OR e.cameoCode = '' THEN null
            WHEN toInteger(left(e.cameoCode, 2)) <= 5 THEN 'VERBAL_COOPERATION'
            WHEN toInteger(left(e.cameoCode, 2)) <= 9 THEN 'MATERIAL_COOPERATION'
            WHEN toInteger(left(e.cameoCode, 2)) <= 14 THEN 'VERBAL_CONFLICT'
            ELSE 'MATERIAL_CONFLICT' END IN $quadClasses)
  AND ($roles IS NULL OR $participant IS NOT NULL OR EXISTS {
        MATCH (e)<-[p:PARTICIPATED_IN]-(actor:Actor)
        WHERE p.role IN $roles AND ($asOf IS NULL OR p.knownFrom <= date($asOf) AND actor.knownFrom <= date($asOf))
      })
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
WITH collect({event: e, said: said}) AS events
CALL (events) {
  UNWIND events[$skip..$skip + $limit] AS shown
  WITH shown.event AS e, shown.said AS said
  RETURN collect(CASE
    WHEN said IS NULL THEN e {.*, labels: labels(e)}
    ELSE e {.*, status: said.status, timeText: said.timeText, timeStart: said.timeStart, timeEnd: said.timeEnd,
            timePrecision: said.timePrecision, timeBasis: said.timeBasis, labels: labels(e)} END) AS page
}
RETURN size(events) AS total, page;
