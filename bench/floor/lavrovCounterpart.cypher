// Q2, floor: the people with a name key, their counterparts (either direction) with country and
// offices, and each counterpart's first ten meetings with who announced, requested (and on which
// claim) or did not confirm them, participants, evidence and each source's account.
// params: $key: String, a name key, e.g. 'sergei lavrov'
MATCH (a:Person)
WHERE $key IN a.nameKeys
CALL (a) {
  MATCH (a)-[:COUNTERPART_OF]-(c:Person)
  WITH DISTINCT c
  RETURN collect(c {
    .id, .name,
    iso3: head(COLLECT { MATCH (c)-[:NATIONAL_OF]->(k:Country) RETURN k.iso3 }),
    offices: COLLECT { MATCH (c)-[h:HOLDS_OFFICE]->(o:Office) RETURN {title: o.title, wording: h.wording, current: h.current} },
    meetings: COLLECT {
      MATCH (c)-[:PARTICIPATED_IN]->(m:Meeting)
      WITH DISTINCT m
      ORDER BY coalesce(m.timeStart, m.timeEnd) IS NULL, coalesce(m.timeStart, m.timeEnd), m.id
      LIMIT 10
      RETURN m {
        .id, .title, .status, .timeText, .timeStart, .timeEnd, .timePrecision,
        place: head(COLLECT { MATCH (m)-[:TAKES_PLACE_IN]->(p:Place) RETURN p.name }),
        announcedBy: COLLECT { MATCH (m)<-[:ANNOUNCED]-(x:Actor) RETURN x.name },
        requestedBy: COLLECT {
          MATCH (m)<-[r:REQUESTED]-(x:Actor)
          RETURN {name: x.name, claim: head(COLLECT { MATCH (k:Claim {id: r.claimId}) RETURN k.text })}
        },
        notConfirmedBy: COLLECT { MATCH (m)<-[:DID_NOT_CONFIRM]-(x:Actor) RETURN x.name },
        participants: COLLECT { MATCH (m)<-[r:PARTICIPATED_IN]-(x:Actor) RETURN {role: coalesce(r.role, 'PARTICIPANT'), name: x.name} },
        evidence: COLLECT { MATCH (m)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.exact ORDER BY e.start },
        history: COLLECT {
          MATCH (m)-[s:SUPPORTED_BY]->(src:Source)
          RETURN {source: src.id, status: s.status, timeStart: s.timeStart, timeEnd: s.timeEnd}
        }
      }
    }
  }) AS counterparts
}
RETURN a.id AS id, a.name AS name, counterparts
ORDER BY a.name, a.id;
