// Q1 as of a day, floor: TrussMeetings as the sources published by $asOf had it. Only nodes and
// relationships a source published by then states (knownFrom), each meeting's status and time
// from the latest such source stating them (background below every dated source).
// params: $key: String, a name key (src/db/nameKey.ts), e.g. 'liz truss'; $asOf: String 'YYYY-MM-DD'
WITH date($asOf) AS asOf
MATCH (a:Actor)
WHERE $key IN a.nameKeys AND a.knownFrom <= asOf
CALL (a, asOf) {
  MATCH (a)<-[h:NATIONAL_OF|BELONGS_TO|REPRESENTS]-{0,1}(x:Actor)-[p:PARTICIPATED_IN]->(m:Meeting)
  WHERE all(r IN h WHERE r.knownFrom <= asOf) AND x.knownFrom <= asOf AND p.knownFrom <= asOf AND m.knownFrom <= asOf
  WITH DISTINCT m, asOf
  CALL (m, asOf) {
    OPTIONAL MATCH (m)-[said:SUPPORTED_BY]->(s:Source)
    WHERE s.publishedEnd <= asOf AND said.status IS NOT NULL
    RETURN said
    ORDER BY CASE s.kind WHEN 'BACKGROUND' THEN 0 ELSE 1 END DESC, s.publishedEnd DESC, s.id DESC
    LIMIT 1
  }
  WITH m, asOf, coalesce(said, m) AS t
  ORDER BY coalesce(t.timeStart, t.timeEnd) IS NULL, coalesce(t.timeStart, t.timeEnd), m.id
  LIMIT 10
  RETURN collect({
    title: m.title, status: t.status, timeText: t.timeText, timeStart: t.timeStart, timeEnd: t.timeEnd, timePrecision: t.timePrecision,
    place: head(COLLECT { MATCH (m)-[r:TAKES_PLACE_IN]->(pl:Place) WHERE r.knownFrom <= asOf AND pl.knownFrom <= asOf RETURN pl.name }),
    participants: COLLECT {
      MATCH (m)<-[r:PARTICIPATED_IN]-(y:Actor) WHERE r.knownFrom <= asOf AND y.knownFrom <= asOf
      RETURN {role: coalesce(r.role, 'PARTICIPANT'), name: y.name}
    },
    evidence: COLLECT { MATCH (m)-[r:EVIDENCED_BY]->(e:Evidence) WHERE r.knownFrom <= asOf AND e.knownFrom <= asOf RETURN e.exact ORDER BY e.start }
  }) AS meetings
}
RETURN a.id AS id, a.name AS name, meetings
ORDER BY a.name, a.id;
