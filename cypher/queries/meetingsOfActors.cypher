// name: meetingsOfActors
// answers: for each actor id, the meetings it took part in, oldest first (batched per request)
// params: $ids: [String], e.g. ['person:liz-truss']
// returns: many { actorId: String, meeting: Meeting properties + labels }
UNWIND $ids AS actorId
MATCH (:Actor {id: actorId})-[:PARTICIPATED_IN]->(m:Meeting)
RETURN actorId, m {.*, labels: labels(m)} AS meeting
ORDER BY actorId, m.timeStart, m.id;
