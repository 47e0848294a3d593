// name: relations
// answers: everything between two actors (usually two countries): the meetings and events both
//          sides take part in, and the claims one side makes about the other. A country's side is
//          the country with its nationals and the organisations and groups that belong to or
//          represent it (its press excepted: a publisher's own voice is the reporter's, not the
//          country's); any other actor's side is the actor alone.
//          A claim counts when its speaker is on one side and it is directly ABOUT the other,
//          unless it is aimed (role TARGET) only at someone outside both sides: Truss accusing
//          Russia of a plot against Zelenskiy is UK–Russia, not UK–Ukraine.
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
// returns: one or none (none when either id is not an actor)
//          { a, b: Actor properties + labels,
//            meetings, events, claims: [properties + labels] in time order (by start, then id; no
//              known start last), empty unless asked,
//            timelines: [{skip, limit, descending, total: Integer, page: [properties + labels]}],
//              one per page asked, in time order (descending: newest start first, then id
//              descending; no known start still last, by id),
//            tallies: [{status, kind: 'MEETING' or the event or claim kind, code: CAMEO code or
//              null, sign: of the Goldstein value (-1, 0, 1; 0 when uncoded), count: Integer,
//              goldsteinSum: Float (0 when uncoded)}], one per group of the same values; empty
//              unless $parts.summary }
MATCH (a:Actor:Node {id: $a})
MATCH (b:Actor:Node {id: $b})
WITH a, b, date($from) AS from, date($to) AS to,
     size($timelines) > 0 OR $parts.summary AS everything
WITH a, b, from, to,
     everything OR $parts.meetings OR $parts.events AS wantShared,
     everything OR $parts.claims AS wantClaims
// Sides are never gathered into lists: two busy countries have tens of thousands of members each.
// Members of the first side are streamed, and whether someone is on a side is asked of them (one
// short expansion from the member), so memory stays flat whatever the sides' sizes.
CALL (a, b, wantShared, wantClaims, from, to) {
  CALL (a, b, wantShared, wantClaims) {
    // A part not asked for streams no member, so nothing of it is expanded.
    CALL (a, b, wantShared, wantClaims) {
      WITH a, b WHERE wantShared
      RETURN a AS x, b AS other
      UNION
      WITH a, b WHERE wantShared AND a:Country
      MATCH (x)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(a)
      WHERE x:Actor AND coalesce(x.orgKind, '') <> 'PUBLISHER'
      RETURN x, b AS other
    }
    MATCH (x)-[:PARTICIPATED_IN]->(h)
    WHERE (h:Meeting OR h:Event)
      // Someone of the second side takes part besides x.
      AND EXISTS {
        MATCH (h)<-[:PARTICIPATED_IN]-(y)
        WHERE y <> x
          AND (y = other
               OR other:Country AND y:Actor AND coalesce(y.orgKind, '') <> 'PUBLISHER'
                  AND EXISTS { (y)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(other) })
      }
    RETURN h
    UNION
    // From the speakers on either side, not from every claim in the graph: each side's members
    // speaking about the other side.
    CALL (a, b, wantClaims) {
      UNWIND CASE WHEN wantClaims THEN [[a, b], [b, a]] ELSE [] END AS pair
      WITH pair[0] AS side, pair[1] AS other
      CALL (side, other) {
        RETURN side AS x, other AS o
        UNION
        WITH side, other WHERE side:Country
        MATCH (x)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(side)
        WHERE x:Actor AND coalesce(x.orgKind, '') <> 'PUBLISHER'
        RETURN x, other AS o
      }
      RETURN x, o AS other
    }
    MATCH (x)-[:ASSERTED]->(h:Claim)-[about:ABOUT]->(y)
    WHERE y <> x
      AND (y = other
           OR other:Country AND y:Actor AND coalesce(y.orgKind, '') <> 'PUBLISHER'
              AND EXISTS { (y)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(other) })
      // Not aimed only at someone outside both sides.
      AND (about.role = 'TARGET'
           OR NOT EXISTS {
             MATCH (h)-[:ABOUT {role: 'TARGET'}]->(z)
             WHERE z <> a AND z <> b
               AND NOT (z:Actor AND coalesce(z.orgKind, '') <> 'PUBLISHER'
                        AND EXISTS { (z)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(w) WHERE (w = a OR w = b) AND w:Country })
           })
    RETURN h
  }
  WITH h
  WHERE ($status IS NULL OR h.status IN $status)
    AND ($sources IS NULL OR EXISTS {
        MATCH (h)-[r:SUPPORTED_BY|REPORTED_IN]->(s:Source)
        WHERE s.id IN $sources AND type(r) = CASE WHEN h:Claim THEN 'REPORTED_IN' ELSE 'SUPPORTED_BY' END })
    AND (from IS NULL AND to IS NULL
         OR CASE WHEN $within
              THEN (from IS NULL OR h.timeStart >= from) AND (to IS NULL OR h.timeEnd <= to)
              ELSE (h.timeStart IS NOT NULL OR h.timeEnd IS NOT NULL)
                   AND (from IS NULL OR h.timeEnd IS NULL OR h.timeEnd >= from)
                   AND (to IS NULL OR h.timeStart IS NULL OR h.timeStart <= to) END)
  WITH h ORDER BY h.timeStart IS NULL, h.timeStart, h.id
  RETURN collect(h) AS happenings
}
RETURN a {.*, labels: labels(a)} AS a,
       b {.*, labels: labels(b)} AS b,
       CASE WHEN $parts.meetings THEN [h IN happenings WHERE h:Meeting | h {.*, labels: labels(h)}] ELSE [] END AS meetings,
       CASE WHEN $parts.events THEN [h IN happenings WHERE h:Event | h {.*, labels: labels(h)}] ELSE [] END AS events,
       CASE WHEN $parts.claims THEN [h IN happenings WHERE h:Claim | h {.*, labels: labels(h)}] ELSE [] END AS claims,
       // Newest first is the time order reversed, the happenings of no known start still last by id.
       [t IN $timelines |
         {skip: t.skip, limit: t.limit, descending: t.descending, total: size(happenings),
          page: [h IN (CASE WHEN t.descending
                        THEN reverse([h IN happenings WHERE h.timeStart IS NOT NULL]) + [h IN happenings WHERE h.timeStart IS NULL]
                        ELSE happenings END)[t.skip..t.skip + t.limit] | h {.*, labels: labels(h)}]}] AS timelines,
       COLLECT {
         // Grouped by what the summary weighs: a few dozen groups, however many happenings.
         UNWIND CASE WHEN $parts.summary THEN happenings ELSE [] END AS h
         WITH h.status AS status,
              CASE WHEN h:Claim THEN h.claimKind WHEN h:Event THEN h.eventKind ELSE 'MEETING' END AS kind,
              CASE WHEN h.cameoCode <> '' THEN h.cameoCode END AS code,
              coalesce(h.goldstein, 0.0) AS goldstein
         WITH status, kind, code, CASE WHEN code IS NULL THEN 0 ELSE sign(goldstein) END AS sign,
              count(*) AS count, sum(CASE WHEN code IS NULL THEN 0.0 ELSE goldstein END) AS goldsteinSum
         RETURN {status: status, kind: kind, code: code, sign: sign, count: count, goldsteinSum: goldsteinSum}
       } AS tallies;
