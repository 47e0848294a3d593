// name: dyads
// answers: every pair of countries with anything between them, by the rules of `relations`: the
//          meetings and events both sides take part in and the claims one side makes about the
//          other, each side being the country with its nationals and the organisations and groups
//          that belong to or represent it (its press excepted); e.g. which pairs are most active
// params: $status: [String] statuses to keep, or null for any, e.g. ['OCCURRED']
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), or
//           for a claim reports (REPORTED_IN), e.g. ['src:moscow-talks-readout']
//         $from, $to: String 'YYYY-MM-DD' or null: the window, bounds inclusive, an omitted one open
//         $within: Boolean: true keeps happenings lying wholly in the window (a known start on or
//           after $from, a known end on or before $to); false keeps those overlapping it (an
//           unknown start or end is open); a happening with no known time never matches a window
// returns: many, one per pair with something between them, the pair's ids in order
//          { a, b: Country properties + labels,
//            tallies: [{status, kind, code, sign, count, goldsteinSum}]: the pair's happenings
//              grouped by what the summary weighs, as `relations` tallies them }
MATCH (c:Country:Node)
WITH c, [c] + COLLECT {
       MATCH (m)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(c)
       WHERE m:Actor AND coalesce(m.orgKind, '') <> 'PUBLISHER'
       RETURN DISTINCT m
     } AS side
WITH collect({country: c, side: side}) AS sides, date($from) AS from, date($to) AS to
UNWIND sides AS pa
UNWIND sides AS pb
WITH pa.country AS a, pb.country AS b, pa.side AS sideA, pb.side AS sideB, from, to
WHERE a.id < b.id
WITH a, b,
     COLLECT {
       UNWIND sideA AS x
       MATCH (x)-[:PARTICIPATED_IN]->(h)<-[:PARTICIPATED_IN]-(y)
       WHERE (h:Meeting OR h:Event) AND y IN sideB AND y <> x
         AND ($status IS NULL OR h.status IN $status)
         AND ($sources IS NULL OR EXISTS { (h)-[:SUPPORTED_BY]->(s:Source) WHERE s.id IN $sources })
         AND (from IS NULL AND to IS NULL
              OR CASE WHEN $within
                   THEN (from IS NULL OR h.timeStart >= from) AND (to IS NULL OR h.timeEnd <= to)
                   ELSE (h.timeStart IS NOT NULL OR h.timeEnd IS NOT NULL)
                        AND (from IS NULL OR h.timeEnd IS NULL OR h.timeEnd >= from)
                        AND (to IS NULL OR h.timeStart IS NULL OR h.timeStart <= to) END)
       RETURN DISTINCT h
     } AS shared,
     COLLECT {
       // From the speakers on either side, not from every claim in the graph.
       UNWIND sideA + sideB AS x
       MATCH (x)-[:ASSERTED]->(c:Claim)-[about:ABOUT]->(y)
       WHERE ((x IN sideA AND y IN sideB) OR (x IN sideB AND y IN sideA)) AND y <> x
         AND (about.role = 'TARGET'
              OR NOT EXISTS {
                MATCH (c)-[:ABOUT {role: 'TARGET'}]->(z)
                WHERE NOT z IN sideA AND NOT z IN sideB
              })
         AND ($status IS NULL OR c.status IN $status)
         AND ($sources IS NULL OR EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE s.id IN $sources })
         AND (from IS NULL AND to IS NULL
              OR CASE WHEN $within
                   THEN (from IS NULL OR c.timeStart >= from) AND (to IS NULL OR c.timeEnd <= to)
                   ELSE (c.timeStart IS NOT NULL OR c.timeEnd IS NOT NULL)
                        AND (from IS NULL OR c.timeEnd IS NULL OR c.timeEnd >= from)
                        AND (to IS NULL OR c.timeStart IS NULL OR c.timeStart <= to) END)
       RETURN DISTINCT c
     } AS claims
WHERE size(shared) + size(claims) > 0
RETURN a {.*, labels: labels(a)} AS a,
       b {.*, labels: labels(b)} AS b,
       COLLECT {
         // The tallies of relations.cypher, the same groups counted the same way.
         UNWIND shared + claims AS h
         WITH h.status AS status,
              CASE WHEN h:Claim THEN h.claimKind WHEN h:Event THEN h.eventKind ELSE 'MEETING' END AS kind,
              CASE WHEN h.cameoCode <> '' THEN h.cameoCode END AS code,
              coalesce(h.goldstein, 0.0) AS goldstein
         WITH status, kind, code, CASE WHEN code IS NULL THEN 0 ELSE sign(goldstein) END AS sign,
              count(*) AS count, sum(CASE WHEN code IS NULL THEN 0.0 ELSE goldstein END) AS goldsteinSum
         RETURN {status: status, kind: kind, code: code, sign: sign, count: count, goldsteinSum: goldsteinSum}
       } AS tallies
ORDER BY a.id, b.id;
