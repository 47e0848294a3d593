// name: claims
// answers: claims matching a filter, in time order (by start; no known start last): e.g. what Liz Truss alleged or
//          warned, what the Russian side said about the UK or its foreign secretary
// params: $speaker: String actor id or null: who ASSERTED it, with the actors that belong to it,
//           represent it or are its nationals; for a country only its government actors among
//           those: representatives, office-holding nationals, groups and state organisations (not
//           its publishers, think tanks or parties), e.g. 'country:rus'
//         $target: String node id or null: what the claim is ABOUT; a country also matches claims
//           about its nationals, organisations and groups, e.g. 'country:gbr'
//         $kinds: [String] claim kinds to keep, or null for any, e.g. ['ACCUSATION', 'WARNING']
//         $status: [String] statuses to keep, or null for any
//         $modes: [String] modes to keep, or null for any, e.g. ['DIRECT_QUOTE']
//         $from, $to: String 'YYYY-MM-DD' or null: the window, bounds inclusive, an omitted one open
//         $within: Boolean: true keeps claims lying wholly in the window (a known start on or
//           after $from, a known end on or before $to); false keeps those overlapping it (an
//           unknown start or end is open); a claim with no known time never matches a window
//         $sources: [String] source ids or null for any: keep only claims one of them reports (REPORTED_IN), e.g. ['src:article']
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state (REPORTED_IN),
//           background knowledge apart
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one { total: Integer, page: [Claim properties + labels] }
WITH date($from) AS since, date($to) AS until
CALL () {
  // The claims are found from what the question names: the speaker's (with its nationals',
  // members' and representatives') assertions, else what is said about the target. Only a
  // question naming neither reads every claim: the scan sits behind a guard on the parameters,
  // so with an anchor it never starts. A country speaks through its government: a publisher that
  // belongs to it (The Guardian) writes in its own voice, not the UK's.
  MATCH (speaker:Actor {id: $speaker})<-[hops:NATIONAL_OF|BELONGS_TO|REPRESENTS]-{0,1}(actor:Actor)-[:ASSERTED]->(c:Claim)
  WHERE NOT speaker:Country OR size(hops) = 0 OR type(hops[0]) = 'REPRESENTS' OR actor:Group
     OR actor:Person AND EXISTS { (actor)-[:HOLDS_OFFICE]->(:Office) }
     OR actor:Organisation AND actor.orgKind IN ['GOVERNMENT', 'HEAD_OF_GOVERNMENT_OFFICE', 'ADMINISTRATION', 'MINISTRY', 'EMBASSY', 'INTELLIGENCE', 'NAVY', 'WARSHIP']
  RETURN c
  UNION
  MATCH (:Node {id: $target})<-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]-{0,1}(:Node)<-[:ABOUT]-(c:Claim)
  WHERE $speaker IS NULL
  RETURN c
  UNION
  WITH $speaker IS NULL AND $target IS NULL AS unanchored
  WHERE unanchored
  MATCH (c:Claim)
  RETURN c
}
WITH c, since, until
WHERE ($kinds IS NULL OR c.claimKind IN $kinds)
  AND ($status IS NULL OR c.status IN $status)
  AND ($sources IS NULL OR EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE s.id IN $sources })
  AND ($minSources IS NULL
       OR COUNT { (c)-[:REPORTED_IN]->(s:Source) WHERE coalesce(s.kind, '') <> 'BACKGROUND' } >= $minSources)
  AND ($modes IS NULL OR c.mode IN $modes)
  AND ($target IS NULL OR $speaker IS NULL OR EXISTS {
        (c)-[:ABOUT]->(:Node)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->{0,1}(:Node {id: $target})
      })
  AND (since IS NULL AND until IS NULL
       OR CASE WHEN $within
            THEN (since IS NULL OR c.timeStart >= since) AND (until IS NULL OR c.timeEnd <= until)
            ELSE (c.timeStart IS NOT NULL OR c.timeEnd IS NOT NULL)
                 AND (since IS NULL OR c.timeEnd IS NULL OR c.timeEnd >= since)
                 AND (until IS NULL OR c.timeStart IS NULL OR c.timeStart <= until) END)
WITH c, c.timeStart AS at
ORDER BY at IS NULL,
         CASE WHEN $descending THEN null ELSE at END,
         CASE WHEN $descending THEN at END DESC,
         CASE WHEN $descending AND at IS NOT NULL THEN c.id END DESC,
         c.id
WITH collect(c) AS claims
RETURN size(claims) AS total, [claim IN claims[$skip..$skip + $limit] | claim {.*, labels: labels(claim)}] AS page;
