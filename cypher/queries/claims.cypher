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
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only claims, assertions, subjects, memberships and offices known by then, knownFrom <= $asOf;
//           status, time and order as the latest of those sources states them, SUPPORTED_BY); null for today's view
//         $sources: [String] source ids or null for any: keep only claims one of them reports (REPORTED_IN), e.g. ['src:article']
//           (with $asOf, one published by that day)
//         $minSources: Integer or null for no minimum: keep only what at least this many sources state (REPORTED_IN),
//           background knowledge apart (with $asOf, only sources published by that day count)
//         $descending: Boolean (newest first by start; no known start still last), $skip: Integer, $limit: Integer
// returns: one { total: Integer, page: [Claim properties + labels] }
WITH date($from) AS since, date($to) AS until
CALL () {
  // The claims are found from what the question names: the speaker's (with its nationals',
  // members' and representatives') assertions, else what is said about the target. Only a
  // question naming neither reads every claim: the scan sits behind a guard on the parameters,
  // so with an anchor it never starts. A country speaks through its government: a publisher that
  // belongs to it (The Guardian) writes in its own voice, not the UK's. As of a day, only the
  // assertions, subjects, memberships and offices known by then lead to a claim.
  MATCH (speaker:Actor {id: $speaker})
        <-[hops:NATIONAL_OF|BELONGS_TO|REPRESENTS WHERE $asOf IS NULL OR hops.knownFrom <= date($asOf)]-{0,1}(actor:Actor)
        -[asserted:ASSERTED]->(c:Claim)
  WHERE ($asOf IS NULL OR speaker.knownFrom <= date($asOf) AND actor.knownFrom <= date($asOf) AND asserted.knownFrom <= date($asOf))
    AND (NOT speaker:Country OR size(hops) = 0 OR type(hops[0]) = 'REPRESENTS' OR actor:Group
     OR actor:Person AND EXISTS {
          (actor)-[holds:HOLDS_OFFICE]->(office:Office)
          WHERE $asOf IS NULL OR holds.knownFrom <= date($asOf) AND office.knownFrom <= date($asOf) }
     OR actor:Organisation AND actor.orgKind IN ['GOVERNMENT', 'HEAD_OF_GOVERNMENT_OFFICE', 'ADMINISTRATION', 'MINISTRY', 'EMBASSY', 'INTELLIGENCE', 'NAVY', 'WARSHIP'])
  RETURN c
  UNION
  MATCH (target:Node {id: $target})
        <-[hop:NATIONAL_OF|BELONGS_TO|REPRESENTS WHERE $asOf IS NULL OR hop.knownFrom <= date($asOf)]-{0,1}(subject:Node)
        <-[about:ABOUT]-(c:Claim)
  WHERE $speaker IS NULL
    AND ($asOf IS NULL OR target.knownFrom <= date($asOf) AND subject.knownFrom <= date($asOf) AND about.knownFrom <= date($asOf))
  RETURN c
  UNION
  WITH $speaker IS NULL AND $target IS NULL AS unanchored
  WHERE unanchored
  MATCH (c:Claim)
  RETURN c
}
WITH c, since, until
WHERE $asOf IS NULL OR c.knownFrom <= date($asOf)
// as of a day {
CALL (c) {
  // As of a day, a claim's status and time are those of the latest source published by
  // then that states them (background knowledge ranks below every dated source); once
  // every source stating it has been published, its current view, as the loader merged them.
  OPTIONAL MATCH (c)-[said:SUPPORTED_BY]->(s:Source)
  WHERE $asOf IS NOT NULL AND s.knownFrom <= date($asOf) AND said.status IS NOT NULL
    AND EXISTS { (c)-[:SUPPORTED_BY]->(later:Source) WHERE later.publishedEnd > date($asOf) }
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
WITH c, since, until, said, CASE WHEN said IS NULL THEN c ELSE said END AS stated
WHERE ($kinds IS NULL OR c.claimKind IN $kinds)
  AND ($status IS NULL OR stated.status IN $status)
  AND ($sources IS NULL OR EXISTS {
        (c)-[:REPORTED_IN]->(s:Source) WHERE s.id IN $sources AND ($asOf IS NULL OR s.knownFrom <= date($asOf)) })
  AND ($minSources IS NULL
       OR COUNT { (c)-[:REPORTED_IN]->(s:Source)
                  WHERE coalesce(s.kind, '') <> 'BACKGROUND' AND ($asOf IS NULL OR s.knownFrom <= date($asOf)) } >= $minSources)
  AND ($modes IS NULL OR c.mode IN $modes)
  AND ($target IS NULL OR $speaker IS NULL OR EXISTS {
        (c)-[about:ABOUT]->(subject:Node)
          -[hop:NATIONAL_OF|BELONGS_TO|REPRESENTS WHERE $asOf IS NULL OR hop.knownFrom <= date($asOf)]->{0,1}(target:Node {id: $target})
        WHERE $asOf IS NULL OR about.knownFrom <= date($asOf) AND subject.knownFrom <= date($asOf) AND target.knownFrom <= date($asOf)
      })
  AND (since IS NULL AND until IS NULL
       OR CASE WHEN $within
            THEN (since IS NULL OR stated.timeStart >= since) AND (until IS NULL OR stated.timeEnd <= until)
            ELSE (stated.timeStart IS NOT NULL OR stated.timeEnd IS NOT NULL)
                 AND (since IS NULL OR stated.timeEnd IS NULL OR stated.timeEnd >= since)
                 AND (until IS NULL OR stated.timeStart IS NULL OR stated.timeStart <= until) END)
WITH c, said, stated.timeStart AS at
ORDER BY at IS NULL,
         CASE WHEN $descending THEN null ELSE at END,
         CASE WHEN $descending THEN at END DESC,
         CASE WHEN $descending AND at IS NOT NULL THEN c.id END DESC,
         c.id
WITH collect({claim: c, said: said}) AS claims
CALL (claims) {
  UNWIND claims[$skip..$skip + $limit] AS shown
  WITH shown.claim AS c, shown.said AS said
  RETURN collect(CASE
    WHEN said IS NULL THEN c {.*, labels: labels(c)}
    ELSE c {.*, status: said.status, timeText: said.timeText, timeStart: said.timeStart, timeEnd: said.timeEnd,
            timePrecision: said.timePrecision, timeBasis: said.timeBasis, labels: labels(c)} END) AS page
}
RETURN size(claims) AS total, page;
