// Q4, floor: a country by ISO code, its nationals, and each one's first ten meetings in time order
// (undated last) with who took part.
// params: $code: String, ISO 3166-1 alpha-3 or alpha-2, upper case, e.g. 'GBR'
MATCH (c:Country)
WHERE c.iso3 = $code OR c.iso2 = $code
WITH c LIMIT 1
RETURN c.name AS name,
       COLLECT {
         MATCH (p:Person)-[:NATIONAL_OF]->(c)
         RETURN p {
           .name,
           meetings: COLLECT {
             MATCH (p)-[:PARTICIPATED_IN]->(m:Meeting)
             WITH DISTINCT m
             ORDER BY coalesce(m.timeStart, m.timeEnd) IS NULL, coalesce(m.timeStart, m.timeEnd), m.id
             LIMIT 10
             RETURN m {
               .title,
               participants: COLLECT { MATCH (m)<-[r:PARTICIPATED_IN]-(x:Actor) RETURN {role: coalesce(r.role, 'PARTICIPANT'), name: x.name} }
             }
           }
         }
       } AS people;
