// name: dyads
// answers: every pair of countries with anything between them, by the rules of `relations`: the
//          meetings both sides take part in, the events they take part in with roles facing each
//          other (see relations.cypher: BY faces TO; BY faces FOR unless aimed at a third party;
//          WITH faces every role) and the claims one side makes about the other, each side being
//          the country with its nationals and the organisations and groups that belong to or
//          represent it (its press excepted); e.g. which pairs are most active
// params: $status: [String] statuses to keep, or null for any, e.g. ['OCCURRED']
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), or
//           for a claim reports (REPORTED_IN), e.g. ['src:moscow-talks-readout']
//         $from, $to: String 'YYYY-MM-DD' or null: the window, bounds inclusive, an omitted one open
//         $within: Boolean: true keeps happenings lying wholly in the window (a known start on or
//           after $from, a known end on or before $to); false keeps those overlapping it (an
//           unknown start or end is open); a happening with no known time never matches a window
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only the countries, side members, memberships, participations, assertions and
//           happenings known by then, knownFrom on or before it; a happening's status and time, for
//           the filters and the tallies, as the latest of those sources states them (SUPPORTED_BY),
//           its CAMEO code and Goldstein value as its view of that day; $sources only by what was
//           known by then); null for today's view
// returns: many, one per pair with something between them, the pair's ids in order (a's id
//          sorts first, and each happening's direction is read from a to b)
//          { a, b: Country properties + labels,
//            tallies: [{status, kind, code, sign, direction, count, goldsteinSum}]: the pair's
//              happenings grouped by what the summary weighs, as `relations(a, b)` tallies them }
MATCH (c:Country:Node)
WHERE $asOf IS NULL OR c.knownFrom <= date($asOf)
WITH c, [c] + COLLECT {
       MATCH (m)-[member:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(c)
       WHERE m:Actor AND coalesce(m.orgKind, '') <> 'PUBLISHER'
         AND ($asOf IS NULL OR (member.knownFrom <= date($asOf) AND m.knownFrom <= date($asOf)))
       RETURN DISTINCT m
     } AS side
// Each side's happenings are read once, and the countries on the other side found from the other
// participant or the one spoken about, rather than every side read again for every other country.
UNWIND side AS x
// The roles of an event's two participations are read as they are matched, by the ends of
// relations.cypher; a pair of BY and FOR is kept with forOnly, to be checked once the two sides
// are known for a target outside both.
CALL (c, x) {
  MATCH (x)-[p:PARTICIPATED_IN]->(h)<-[q:PARTICIPATED_IN]-(y)
  WHERE (h:Meeting OR h:Event) AND y <> x
    AND ($asOf IS NULL OR (p.knownFrom <= date($asOf) AND q.knownFrom <= date($asOf) AND h.knownFrom <= date($asOf)
                           AND y.knownFrom <= date($asOf)))
  WITH h, y, [role IN [p.role, q.role] |
              coalesce({SOURCE: 'BY', PERPETRATOR: 'BY', AUTHOR: 'BY', INSTRUMENT: 'BY',
                        TARGET: 'TO', VICTIM: 'TO', BENEFICIARY: 'FOR'}[role], 'WITH')] AS ends
  WHERE h:Meeting OR 'WITH' IN ends OR ('BY' IN ends AND ('TO' IN ends OR 'FOR' IN ends))
  RETURN h, y, null AS about,
         NOT (h:Meeting OR 'WITH' IN ends OR ('BY' IN ends AND 'TO' IN ends)) AS forOnly,
         // Which of the two acts on or for the other, by the direction rule of relations.cypher.
         CASE WHEN h:Meeting THEN null
              WHEN ends[0] = 'BY' AND ends[1] IN ['TO', 'FOR'] THEN 'x'
              WHEN ends[1] = 'BY' AND ends[0] IN ['TO', 'FOR'] THEN 'y' END AS acting
  UNION
  MATCH (x)-[asserted:ASSERTED]->(h:Claim)-[about:ABOUT]->(y)
  WHERE y <> x
    AND ($asOf IS NULL OR (asserted.knownFrom <= date($asOf) AND h.knownFrom <= date($asOf)
                           AND about.knownFrom <= date($asOf) AND y.knownFrom <= date($asOf)))
  RETURN h, y, about, false AS forOnly, 'x' AS acting
}
// The countries whose side y is on.
UNWIND CASE WHEN y:Country:Node THEN [y] ELSE [] END + COLLECT {
         MATCH (y)-[member:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(w:Country:Node)
         WHERE y:Actor AND coalesce(y.orgKind, '') <> 'PUBLISHER'
           AND ($asOf IS NULL OR (member.knownFrom <= date($asOf) AND w.knownFrom <= date($asOf)))
         RETURN DISTINCT w
       } AS other
// A shared happening is found from both sides: kept once, from the side whose id sorts first, an
// event for a beneficiary only when it is aimed at no one outside the two sides. A claim is kept
// from its speaker's side, by the rule of `relations` for the two sides.
WITH c, other, h, about, forOnly, acting
WHERE CASE WHEN about IS NULL THEN c.id < other.id
           AND (NOT forOnly
                OR NOT EXISTS {
                  MATCH (h)<-[t:PARTICIPATED_IN]-(z)
                  WHERE t.role IN ['TARGET', 'VICTIM'] AND NOT z IN [c, other]
                    AND ($asOf IS NULL OR (t.knownFrom <= date($asOf) AND z.knownFrom <= date($asOf)))
                    AND NOT (z:Actor AND coalesce(z.orgKind, '') <> 'PUBLISHER'
                             AND EXISTS { (z)-[member:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(w)
                                          WHERE w IN [c, other] AND ($asOf IS NULL OR member.knownFrom <= date($asOf)) })
                })
      ELSE other <> c
           AND (about.role = 'TARGET'
                OR NOT EXISTS {
                  MATCH (h)-[t:ABOUT {role: 'TARGET'}]->(z)
                  WHERE NOT z IN [c, other]
                    AND ($asOf IS NULL OR (t.knownFrom <= date($asOf) AND z.knownFrom <= date($asOf)))
                    AND NOT (z:Actor AND coalesce(z.orgKind, '') <> 'PUBLISHER'
                             AND EXISTS { (z)-[member:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(w)
                                          WHERE w IN [c, other] AND ($asOf IS NULL OR member.knownFrom <= date($asOf)) })
                }) END
WITH CASE WHEN c.id < other.id THEN c ELSE other END AS a,
     CASE WHEN c.id < other.id THEN other ELSE c END AS b, h,
     CASE acting WHEN 'x' THEN c WHEN 'y' THEN other END AS acting
// Each happening once per pair, with its direction as relations.cypher gives it for a, b: one
// side acting on or for the other in all that links them, or mutual.
WITH a, b, h, collect(DISTINCT acting) AS acting
WITH a, b, h, CASE acting WHEN [a] THEN 'A_TO_B' WHEN [b] THEN 'B_TO_A' ELSE 'MUTUAL' END AS direction,
     date($from) AS from, date($to) AS to
// as of a day {
CALL (h) {
  // As of a day, a happening's status and time are those of the latest source published by then
  // that states them (background knowledge ranks below every dated source), as meetings.cypher.
  OPTIONAL MATCH (h)-[said:SUPPORTED_BY]->(s:Source)
  WHERE $asOf IS NOT NULL AND s.knownFrom <= date($asOf) AND said.status IS NOT NULL
  WITH said, s
  ORDER BY CASE s.kind WHEN 'BACKGROUND' THEN 0 ELSE 1 END DESC, s.publishedEnd DESC, s.id DESC
  LIMIT 1
  RETURN said
}
// } today {
// WITH *, null AS said
// }
// Without $asOf, h's own; the end only when there is a window.
WITH a, b, h, direction, from, to,
     CASE WHEN said IS NULL THEN h.status ELSE said.status END AS status,
     CASE WHEN from IS NULL AND to IS NULL THEN null WHEN said IS NULL THEN h.timeStart ELSE said.timeStart END AS starts,
     CASE WHEN from IS NULL AND to IS NULL THEN null WHEN said IS NULL THEN h.timeEnd ELSE said.timeEnd END AS ends
WHERE ($status IS NULL OR status IN $status)
  AND ($sources IS NULL OR EXISTS {
      MATCH (h)-[r:SUPPORTED_BY|REPORTED_IN]->(s:Source)
      WHERE s.id IN $sources AND type(r) = CASE WHEN h:Claim THEN 'REPORTED_IN' ELSE 'SUPPORTED_BY' END
        AND ($asOf IS NULL OR r.knownFrom <= date($asOf)) })
  AND (from IS NULL AND to IS NULL
       OR CASE WHEN $within
            THEN (from IS NULL OR starts >= from) AND (to IS NULL OR ends <= to)
            ELSE (starts IS NOT NULL OR ends IS NOT NULL)
                 AND (from IS NULL OR ends IS NULL OR ends >= from)
                 AND (to IS NULL OR starts IS NULL OR starts <= to) END)
// The tallies of relations.cypher, the same groups counted the same way: as of a day, by the
// status then stated and the CAMEO code and Goldstein value of the view that held then (the
// loader's `views`, JSON, see src/ingest/views.ts: the tallies never leave the database for the
// API to apply them).
WITH a, b, h, direction, status,
     CASE WHEN $asOf IS NOT NULL
       THEN [v IN split(coalesce(h.views, ''), '{"from":"')[1..]
             WHERE substring(v, 0, 10) <= $asOf AND $asOf < substring(v, 18, 10)][0] END AS view
WITH a, b, direction, status,
     CASE WHEN h:Claim THEN h.claimKind WHEN h:Event THEN h.eventKind ELSE 'MEETING' END AS kind,
     CASE WHEN view IS NULL THEN h.cameoCode
          WHEN view CONTAINS '"cameoCode":"' THEN split(split(view, '"cameoCode":"')[1], '"')[0]
          WHEN split(view, '"unset":[')[1] CONTAINS '"cameoCode"' THEN null
          ELSE h.cameoCode END AS cameoCode,
     CASE WHEN view IS NULL THEN h.goldstein
          WHEN view CONTAINS '"goldstein":' THEN toFloat(split(split(split(view, '"goldstein":')[1], ',')[0], '}')[0])
          WHEN split(view, '"unset":[')[1] CONTAINS '"goldstein"' THEN null
          ELSE h.goldstein END AS goldstein
WITH a, b, direction, status, kind, CASE WHEN cameoCode <> '' THEN cameoCode END AS code,
     coalesce(goldstein, 0.0) AS goldstein
WITH a, b, status, kind, code, CASE WHEN code IS NULL THEN 0 ELSE sign(goldstein) END AS sign, direction,
     count(*) AS count, sum(CASE WHEN code IS NULL THEN 0.0 ELSE goldstein END) AS goldsteinSum
WITH a, b, collect({status: status, kind: kind, code: code, sign: sign, direction: direction, count: count,
                    goldsteinSum: goldsteinSum}) AS tallies
RETURN a {.*, labels: labels(a)} AS a, b {.*, labels: labels(b)} AS b, tallies
ORDER BY a.id, b.id;
