// name: relations
// answers: everything between two actors (usually two countries): the meetings and events both
//          sides take part in, and the claims one side makes about the other. A country's side is
//          the country with its nationals and the organisations and groups that belong to or
//          represent it (its press excepted: a publisher's own voice is the reporter's, not the
//          country's); any other actor's side is the actor alone.
//          A meeting counts when someone of each side takes part, whatever their roles. An event
//          counts when someone of each side takes part in roles that face each other, by the end
//          of the act each role stands at: BY (SOURCE, PERPETRATOR, AUTHOR, INSTRUMENT), TO
//          (TARGET, VICTIM), FOR (BENEFICIARY), or WITH (PARTICIPANT, VISITOR, HOST, no role):
//          WITH faces every role; BY faces TO; BY faces FOR unless the event is also aimed (TARGET
//          or VICTIM) at someone outside both sides; two of BY, TO or FOR alike, or TO and FOR,
//          never face. HMS Defender's passage (UK BY, Russia TO, Ukraine FOR) is UK–Russia, not
//          UK–Ukraine nor Russia–Ukraine; UK aid to Ukraine (UK BY, Ukraine FOR) is UK–Ukraine.
//          A claim counts when its speaker is on one side and it is directly ABOUT the other,
//          unless it is aimed (role TARGET) only at someone outside both sides: Truss accusing
//          Russia of a plot against Zelenskiy is UK–Russia, not UK–Ukraine.
//          Each happening has a direction: A_TO_B when, in the participations that link it to
//          both sides, someone of side a acts (BY) on or for (TO, FOR) someone of side b and no one
//          of side b so acts on side a; B_TO_A the other way round; MUTUAL when both or neither do:
//          every meeting (a visit by a to b's host included) and every event where the sides
//          only take part alongside each other. A claim runs from its speaker's side to the side
//          it is about (both ways, when speakers of both sides make it about each other: MUTUAL).
//          Only the parts asked for are gathered, and only pages and counts leave the database:
//          two countries can share a hundred thousand happenings.
// params: $a: String, $b: String actor ids, e.g. 'country:gbr', 'country:ukr';
//         $status: [String] statuses to keep, or null for any, e.g. ['OCCURRED']
//         $sources: [String] source ids or null for any: keep only what one of them states (SUPPORTED_BY), or
//           for a claim reports (REPORTED_IN), e.g. ['src:moscow-talks-readout']
//         $from, $to: String 'YYYY-MM-DD' or null: the window, bounds inclusive, an omitted one open
//         $within: Boolean: true keeps happenings lying wholly in the window (a known start on or
//           after $from, a known end on or before $to); false keeps those overlapping it (an
//           unknown start or end is open); a happening with no known time never matches a window
//         $parts: Map of Booleans, the parts to gather: meetings, events, claims (each list whole),
//           summary (the tallies), e.g. {meetings: true, events: true, claims: true, summary: true}
//           (a map, not a list, so that every selection shares one plan)
//         $timelines: [Map] pages of the three lists merged into one time order, each
//           {skip: Integer, limit: Integer, descending: Boolean}, e.g. [{skip: 0, limit: 50, descending: false}]
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only the two actors, side members, memberships, participations, assertions and
//           happenings known by then, knownFrom on or before it; a happening's status and time, for
//           the filters, the order, the lists and the tallies, as the latest of those sources states
//           them (SUPPORTED_BY), its CAMEO code and Goldstein value as its view of that day; $sources
//           only by what was known by then; none when either actor is not known by then); null for
//           today's view
// returns: one or none (none when either id is not an actor, or with $asOf not known by then)
//          { a, b: Actor properties + labels,
//            meetings, events, claims: [properties + labels] in time order (by start, then id; no
//              known start last), empty unless asked; with $asOf, each with the status and time
//              stated then and asOf: the day,
//            timelines: [{skip, limit, descending, total: Integer, page: [properties + labels]}],
//              one per page asked, in time order (descending: newest start first, then id
//              descending; no known start still last, by id), each shown as the lists show it,
//            tallies: [{status, kind: 'MEETING' or the event or claim kind, code: CAMEO code or
//              null, sign: of the Goldstein value (-1, 0, 1; 0 when uncoded), direction: 'A_TO_B',
//              'B_TO_A' or 'MUTUAL', count: Integer,
//              goldsteinSum: Float (0 when uncoded)}], one per group of the same values; empty
//              unless $parts.summary }
MATCH (a:Actor:Node {id: $a})
MATCH (b:Actor:Node {id: $b})
WHERE $asOf IS NULL OR (a.knownFrom <= date($asOf) AND b.knownFrom <= date($asOf))
WITH a, b, date($from) AS from, date($to) AS to,
     size($timelines) > 0 OR $parts.summary AS everything
WITH a, b, from, to,
     everything OR $parts.meetings OR $parts.events AS wantShared,
     everything OR $parts.claims AS wantClaims,
     CASE WHEN a:Country THEN [a] + COLLECT {
       MATCH (m)-[member:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(a)
       WHERE m:Actor AND coalesce(m.orgKind, '') <> 'PUBLISHER'
         AND ($asOf IS NULL OR (member.knownFrom <= date($asOf) AND m.knownFrom <= date($asOf)))
       RETURN DISTINCT m
     } ELSE [a] END AS sideA,
     CASE WHEN b:Country THEN [b] + COLLECT {
       MATCH (m)-[member:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(b)
       WHERE m:Actor AND coalesce(m.orgKind, '') <> 'PUBLISHER'
         AND ($asOf IS NULL OR (member.knownFrom <= date($asOf) AND m.knownFrom <= date($asOf)))
       RETURN DISTINCT m
     } ELSE [b] END AS sideB
// Each part is gathered by a COLLECT subquery that keeps only distinct happenings (each with the
// side acting in it, so at most three times). Measured with
// PROFILE on the two busiest countries of the generated corpus: 8.6 MB of query memory at 100k nodes and 72 MB at 1M, where a UNION of the same two parts held
// 185 MB at 100k and ran out of the 2 GiB transaction limit at 1M. Membership is then a list test
// (`y IN sideB`), which reads nothing (3.9 million hits at 1M, against 13.5 million when it was
// asked of each participant by an expansion).
CALL (sideA, sideB, wantShared, wantClaims, from, to) {
  WITH from, to,
       COLLECT {
         // A part not asked for unwinds no side, so nothing of it is expanded. A shared happening
         // counts when someone of the second side other than x takes part, in an event in a role
         // facing x's: the roles are read from the two participations already matched, and only
         // a pair of BY and FOR expands the event again, for a target outside both sides.
         UNWIND CASE WHEN wantShared THEN sideA ELSE [] END AS x
         MATCH (x)-[p:PARTICIPATED_IN]->(h)<-[q:PARTICIPATED_IN]-(y)
         WHERE (h:Meeting OR h:Event) AND y IN sideB AND y <> x
           AND ($asOf IS NULL OR (p.knownFrom <= date($asOf) AND q.knownFrom <= date($asOf) AND h.knownFrom <= date($asOf)))
         WITH h, [role IN [p.role, q.role] |
                  coalesce({SOURCE: 'BY', PERPETRATOR: 'BY', AUTHOR: 'BY', INSTRUMENT: 'BY',
                            TARGET: 'TO', VICTIM: 'TO', BENEFICIARY: 'FOR'}[role], 'WITH')] AS ends
         WHERE h:Meeting OR 'WITH' IN ends OR ('BY' IN ends AND 'TO' IN ends)
            OR ('BY' IN ends AND 'FOR' IN ends
                AND NOT EXISTS {
                  MATCH (h)<-[t:PARTICIPATED_IN]-(z)
                  WHERE t.role IN ['TARGET', 'VICTIM'] AND NOT z IN sideA AND NOT z IN sideB
                    AND ($asOf IS NULL OR (t.knownFrom <= date($asOf) AND z.knownFrom <= date($asOf)))
                })
         // The side acting in this pair of participations (x is of side a): BY facing TO or FOR.
         // A meeting, or a pair with one WITH, has none. Each happening is kept once for each
         // side acting in it (at most three times), and its direction read from them below,
         // without another expansion.
         RETURN DISTINCT {h: h, acting: CASE WHEN h:Meeting THEN null
                                             WHEN ends[0] = 'BY' AND ends[1] IN ['TO', 'FOR'] THEN 'A'
                                             WHEN ends[1] = 'BY' AND ends[0] IN ['TO', 'FOR'] THEN 'B' END} AS f
       } + COLLECT {
         // From the speakers on either side, not from every claim in the graph: each side's
         // members speaking about the other side, unless aimed only at someone outside both.
         UNWIND CASE WHEN wantClaims THEN sideA + sideB ELSE [] END AS x
         MATCH (x)-[asserted:ASSERTED]->(h:Claim)-[about:ABOUT]->(y)
         WHERE ((x IN sideA AND y IN sideB) OR (x IN sideB AND y IN sideA)) AND y <> x
           AND ($asOf IS NULL OR (asserted.knownFrom <= date($asOf) AND h.knownFrom <= date($asOf)
                                  AND about.knownFrom <= date($asOf)))
           AND (about.role = 'TARGET'
                OR NOT EXISTS {
                  MATCH (h)-[t:ABOUT {role: 'TARGET'}]->(z)
                  WHERE NOT z IN sideA AND NOT z IN sideB
                    AND ($asOf IS NULL OR (t.knownFrom <= date($asOf) AND z.knownFrom <= date($asOf)))
                })
         // A claim runs from its speaker's side to the side it is about.
         UNWIND [side IN ['A', 'B'] WHERE CASE side WHEN 'A' THEN x IN sideA AND y IN sideB
                                                  ELSE x IN sideB AND y IN sideA END] AS acting
         RETURN DISTINCT {h: h, acting: acting} AS f
       } AS found
  UNWIND found AS f
  // One side acting on or for the other in all that links them gives the direction; both, or
  // neither (a meeting, a happening alongside each other), make it mutual.
  WITH from, to, f.h AS h, collect(f.acting) AS acting
  WITH from, to, h, CASE acting WHEN ['A'] THEN 'A_TO_B' WHEN ['B'] THEN 'B_TO_A' ELSE 'MUTUAL' END AS direction
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
  // The status and end are read only where a filter or the as-of tallies need them.
  WITH from, to, h, direction, said,
       CASE WHEN $status IS NULL AND $asOf IS NULL THEN null WHEN said IS NULL THEN h.status ELSE said.status END AS status,
       CASE WHEN said IS NULL THEN h.timeStart ELSE said.timeStart END AS starts,
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
  WITH h, direction, said, status, starts ORDER BY starts IS NULL, starts, h.id
  // directions[i] is the direction of happenings[i]; as of a day, stated[i] is what the latest
  // source by then states of it (empty without $asOf: the happenings are shown as they are).
  RETURN collect(h) AS happenings, collect(direction) AS directions,
         collect(CASE WHEN $asOf IS NOT NULL THEN {said: said, status: status, starts: starts} END) AS stated
}
// Only the lists asked for are projected whole (a timeline projects its page alone). A happening
// (happenings[i], bound to h to be projected) is shown as of a day with the status and time then
// stated, and the day.
WITH a, b, happenings, directions, stated,
     [i IN range(0, size(happenings) - 1)
       WHERE any(label IN labels(happenings[i])
                 WHERE (label = 'Meeting' AND $parts.meetings) OR (label = 'Event' AND $parts.events)
                    OR (label = 'Claim' AND $parts.claims)) |
       [h IN [happenings[i]] |
         CASE WHEN $asOf IS NULL THEN h {.*, labels: labels(h)}
              WHEN stated[i].said IS NULL THEN h {.*, labels: labels(h)}
              ELSE h {.*, status: stated[i].said.status, timeText: stated[i].said.timeText,
                      timeStart: stated[i].said.timeStart, timeEnd: stated[i].said.timeEnd,
                      timePrecision: stated[i].said.timePrecision, timeBasis: stated[i].said.timeBasis,
                      labels: labels(h)} END][0]] AS listed,
     // The happenings of a known start come first (see the order above): how many they are.
     CASE WHEN NOT any(t IN $timelines WHERE t.descending) THEN 0
          WHEN $asOf IS NULL THEN size([h IN happenings WHERE h.timeStart IS NOT NULL])
          ELSE size([s IN stated WHERE s.starts IS NOT NULL]) END AS started
RETURN a {.*, labels: labels(a)} AS a,
       b {.*, labels: labels(b)} AS b,
       [h IN listed WHERE 'Meeting' IN h.labels] AS meetings,
       [h IN listed WHERE 'Event' IN h.labels] AS events,
       [h IN listed WHERE 'Claim' IN h.labels] AS claims,
       // Newest first is the time order reversed, the happenings of no known start still last by id.
       [t IN $timelines |
         {skip: t.skip, limit: t.limit, descending: t.descending, total: size(happenings),
          page: [i IN (CASE WHEN t.descending
                        THEN reverse(range(0, started - 1)) + range(started, size(happenings) - 1)
                        ELSE range(0, size(happenings) - 1) END)[t.skip..t.skip + t.limit] |
                 [h IN [happenings[i]] |
                   CASE WHEN $asOf IS NULL THEN h {.*, labels: labels(h)}
                        WHEN stated[i].said IS NULL THEN h {.*, labels: labels(h)}
                        ELSE h {.*, status: stated[i].said.status, timeText: stated[i].said.timeText,
                                timeStart: stated[i].said.timeStart, timeEnd: stated[i].said.timeEnd,
                                timePrecision: stated[i].said.timePrecision, timeBasis: stated[i].said.timeBasis,
                                labels: labels(h)} END][0]]}] AS timelines,
       COLLECT {
         // Grouped by what the summary weighs: a few dozen groups, however many happenings. As of
         // a day, by the status then stated, and the CAMEO code and Goldstein value of the view
         // that held then: the loader's `views` (JSON, see src/ingest/views.ts) are read here, as
         // the tallies never leave the database for the API to apply them.
         UNWIND CASE WHEN $parts.summary THEN range(0, size(happenings) - 1) ELSE [] END AS i
         WITH happenings[i] AS h, directions[i] AS direction, stated[i].status AS statedStatus,
              CASE WHEN $asOf IS NOT NULL
                THEN [v IN split(coalesce(happenings[i].views, ''), '{"from":"')[1..]
                      WHERE substring(v, 0, 10) <= $asOf AND $asOf < substring(v, 18, 10)][0] END AS view
         WITH CASE WHEN $asOf IS NULL THEN h.status ELSE statedStatus END AS status, direction,
              CASE WHEN h:Claim THEN h.claimKind WHEN h:Event THEN h.eventKind ELSE 'MEETING' END AS kind,
              CASE WHEN view IS NULL THEN h.cameoCode
                   WHEN view CONTAINS '"cameoCode":"' THEN split(split(view, '"cameoCode":"')[1], '"')[0]
                   WHEN split(view, '"unset":[')[1] CONTAINS '"cameoCode"' THEN null
                   ELSE h.cameoCode END AS cameoCode,
              CASE WHEN view IS NULL THEN h.goldstein
                   WHEN view CONTAINS '"goldstein":' THEN toFloat(split(split(split(view, '"goldstein":')[1], ',')[0], '}')[0])
                   WHEN split(view, '"unset":[')[1] CONTAINS '"goldstein"' THEN null
                   ELSE h.goldstein END AS goldstein
         WITH status, direction, kind, CASE WHEN cameoCode <> '' THEN cameoCode END AS code,
              coalesce(goldstein, 0.0) AS goldstein
         WITH status, kind, code, CASE WHEN code IS NULL THEN 0 ELSE sign(goldstein) END AS sign, direction,
              count(*) AS count, sum(CASE WHEN code IS NULL THEN 0.0 ELSE goldstein END) AS goldsteinSum
         RETURN {status: status, kind: kind, code: code, sign: sign, direction: direction, count: count, goldsteinSum: goldsteinSum}
       } AS tallies;
