// Q1, floor: the actors with a name key, each with its first ten meetings in time order (undated
// last), with place, participants and evidence. A country's meetings include its people's and
// organisations' (as our API's Actor.meetings does).
// params: $key: String, a name key (src/db/nameKey.ts), e.g. 'liz truss'
MATCH (a:Actor)
WHERE $key IN a.nameKeys
CALL (a) {
  MATCH (a)<-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]-{0,1}(:Actor)-[:PARTICIPATED_IN]->(m:Meeting)
  WITH DISTINCT m
  ORDER BY coalesce(m.timeStart, m.timeEnd) IS NULL, coalesce(m.timeStart, m.timeEnd), m.id
  LIMIT 10
  RETURN collect(m {
    .title, .status, .timeText, .timeStart, .timeEnd, .timePrecision,
    place: head(COLLECT { MATCH (m)-[:TAKES_PLACE_IN]->(p:Place) RETURN p.name }),
    participants: COLLECT { MATCH (m)<-[r:PARTICIPATED_IN]-(x:Actor) RETURN {role: coalesce(r.role, 'PARTICIPANT'), name: x.name} },
    evidence: COLLECT { MATCH (m)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.exact ORDER BY e.start }
  }) AS meetings
}
RETURN a.id AS id, a.name AS name, meetings
ORDER BY a.name, a.id;
