// Scale bench, floor: how many meetings a person took part in, and the first ten in time order
// with who took part in what role.
// params: $id: String person id
MATCH (a:Person:Node {id: $id})
RETURN COUNT { (a)-[:PARTICIPATED_IN]->(:Meeting) } AS total,
       COLLECT {
         MATCH (a)-[:PARTICIPATED_IN]->(m:Meeting)
         WITH m ORDER BY m.timeStart, m.id LIMIT 10
         RETURN {id: m.id, title: m.title, start: m.timeStart,
                 participants: COLLECT { MATCH (m)<-[r:PARTICIPATED_IN]-(x:Actor) RETURN {role: r.role, id: x.id} }}
       } AS meetings;
