// name: eventsOfActors
// answers: for each actor, the events it takes part in, in time order (by start; no known start last); a country
//          also takes part through its nationals and the organisations and groups that belong to
//          or represent it; batched per request
// params: $ids: [String] actor ids, e.g. ['country:gbr']
//         $roles: [String] or null: only where the actor (or its member) has one of these roles, e.g. ['SOURCE']
//         $kinds: [String] event kinds to keep, or null for any, e.g. ['AID', 'LOAN']
//         $status: [String] statuses to keep, or null for any
//         $from, $to: String 'YYYY-MM-DD' or null: the window, bounds inclusive, an omitted one open
//         $within: Boolean: true keeps events lying wholly in the window (a known start on or
//           after $from, a known end on or before $to); false keeps those overlapping it (an
//           unknown start or end is open); an event with no known time never matches a window
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), e.g. ['src:article']
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state (SUPPORTED_BY),
//           background knowledge apart
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one per known actor { ownerId: String, total: Integer, page: [Event properties + labels] }
UNWIND $ids AS ownerId
WITH ownerId, date($from) AS since, date($to) AS until
MATCH (owner:Actor {id: ownerId})
CALL (owner, since, until) {
  MATCH (owner)<-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]-{0,1}(:Actor)-[p:PARTICIPATED_IN]->(e:Event)
  WHERE $roles IS NULL OR p.role IN $roles
  WITH DISTINCT e
  WHERE ($kinds IS NULL OR e.eventKind IN $kinds)
    AND ($status IS NULL OR e.status IN $status)
    AND ($sources IS NULL OR EXISTS { (e)-[:SUPPORTED_BY]->(s:Source) WHERE s.id IN $sources })
    AND ($minSources IS NULL
         OR COUNT { (e)-[:SUPPORTED_BY]->(s:Source) WHERE coalesce(s.kind, '') <> 'BACKGROUND' } >= $minSources)
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
  RETURN collect(e) AS events
}
RETURN ownerId, size(events) AS total, [event IN events[$skip..$skip + $limit] | event {.*, labels: labels(event)}] AS page;
