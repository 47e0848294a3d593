// Q5, floor: one actor by id, with its country (a person's nationality; an organisation's or
// group's country), its evidence in text order and its sources.
// params: $id: String, e.g. 'person:sergei-lavrov'
MATCH (a:Actor:Node {id: $id})
RETURN a.id AS id, a.name AS name, a.aliases AS aliases, a.description AS description,
       a.wikidata AS wikidataId, a.actorCode AS actorCode, a.named AS named,
       head(COLLECT {
         MATCH (a)-[r:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(c:Country)
         WHERE type(r) = 'NATIONAL_OF' AND a:Person OR type(r) <> 'NATIONAL_OF' AND NOT a:Person
         RETURN c.name
       }) AS country,
       COLLECT { MATCH (a)-[:EVIDENCED_BY]->(e:Evidence) RETURN e.exact ORDER BY e.start } AS evidence,
       COLLECT { MATCH (a)-[:SUPPORTED_BY]->(s:Source) RETURN s.id } AS sources;
