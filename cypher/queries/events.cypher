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
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), e.g. ['src:article']
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state (SUPPORTED_BY),
//           background knowledge apart
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
  // reads every event, behind a guard on the parameters that an anchor keeps shut.
  MATCH (:Actor {id: $participant})<-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]-{0,1}(:Actor)-[p:PARTICIPATED_IN]->(e:Event)
  WHERE $roles IS NULL OR p.role IN $roles
  RETURN e
  UNION
  WITH $participant IS NULL AS unanchored
  WHERE unanchored
  MATCH (e:Event)
  RETURN e
}
WITH e, since, until
WHERE ($kinds IS NULL OR e.eventKind IN $kinds)
  AND ($status IS NULL OR e.status IN $status)
  AND ($sources IS NULL OR EXISTS { (e)-[:SUPPORTED_BY]->(s:Source) WHERE s.id IN $sources })
  AND ($minSources IS NULL
       OR COUNT { (e)-[:SUPPORTED_BY]->(s:Source) WHERE coalesce(s.kind, '') <> 'BACKGROUND' } >= $minSources)
  AND ($cameoRoots IS NULL OR left(e.cameoCode, 2) IN $cameoRoots)
  AND ($quadClasses IS NULL OR
       CASE WHEN e.cameoCode IS NULL OR e.cameoCode = '' THEN null
            WHEN toInteger(left(e.cameoCode, 2)) <= 5 THEN 'VERBAL_COOPERATION'
            WHEN toInteger(left(e.cameoCode, 2)) <= 9 THEN 'MATERIAL_COOPERATION'
            WHEN toInteger(left(e.cameoCode, 2)) <= 14 THEN 'VERBAL_CONFLICT'
            ELSE 'MATERIAL_CONFLICT' END IN $quadClasses)
  AND ($roles IS NULL OR $participant IS NOT NULL OR EXISTS {
        MATCH (e)<-[p:PARTICIPATED_IN]-(:Actor)
        WHERE p.role IN $roles
      })
  AND (since IS NULL AND until IS NULL
       OR CASE WHEN $within
            THEN (since IS NULL OR e.timeStart >= since) AND (until IS NULL OR e.timeEnd <= until)
            ELSE (e.timeStart IS NOT NULL OR e.timeEnd IS NOT NULL)
                 AND (since IS NULL OR e.timeEnd IS NULL OR e.timeEnd >= since)
                 AND (until IS NULL OR e.timeStart IS NULL OR e.timeStart <= until) END)
WITH e, e.timeStart AS at
ORDER BY at IS NULL,
         CASE WHEN $descending THEN null ELSE at END,
         CASE WHEN $descending THEN at END DESC,
         CASE WHEN $descending AND at IS NOT NULL THEN e.id END DESC,
         e.id
WITH collect(e) AS events
RETURN size(events) AS total, [event IN events[$skip..$skip + $limit] | event {.*, labels: labels(event)}] AS page;
