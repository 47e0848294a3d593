// Scale bench, floor: one actor by id with its aliases, code and nationality (a person's).
// params: $id: String actor id, e.g. 'person:anna-bekuzi'
MATCH (a:Actor:Node {id: $id})
RETURN a.id AS id, a.name AS name, a.aliases AS aliases, a.actorCode AS actorCode,
       head(COLLECT { MATCH (a)-[:NATIONAL_OF]->(c:Country) RETURN c.name }) AS country;
