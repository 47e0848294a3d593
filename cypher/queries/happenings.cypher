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
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), or
//           for a claim reports (REPORTED_IN), e.g. ['src:article']
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state
//           (SUPPORTED_BY; for a claim, REPORTED_IN), background knowledge apart
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one { total: Integer, page: [Meeting, Event or Claim properties + labels] }
WITH date($from) AS since, date($to) AS until
CALL () {
  // The happenings are found from the actor the question names: what it took part in or
  // asserted, and the claims about it. Only a question naming none reads whole labels, each
  // behind a guard on the parameters, so a kind not asked for is never read either.
  MATCH (:Actor {id: $actor})-[:PARTICIPATED_IN|ASSERTED]->(x)
  WHERE x:Meeting AND ($kinds IS NULL OR 'MEETING' IN $kinds)
     OR x:Event AND ($kinds IS NULL OR 'EVENT' IN $kinds)
     OR x:Claim AND ($kinds IS NULL OR 'CLAIM' IN $kinds)
  RETURN x
  UNION
  MATCH (:Actor {id: $actor})<-[:ABOUT]-(x)
  WHERE x:Meeting AND ($kinds IS NULL OR 'MEETING' IN $kinds)
     OR x:Event AND ($kinds IS NULL OR 'EVENT' IN $kinds)
     OR x:Claim AND ($kinds IS NULL OR 'CLAIM' IN $kinds)
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
WITH collect(x) AS happenings
RETURN size(happenings) AS total, [happening IN happenings[$skip..$skip + $limit] | happening {.*, labels: labels(happening)}] AS page;
