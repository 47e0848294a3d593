// Q3, floor: the claims a speaker asserted, of the given kinds, in time order (undated last), at
// most 50, each with what it is about (an actor's name, an event's title and status) and its words.
// A country as speaker also speaks through its nationals and organisations (as our API's filter).
// params: $speaker: String actor id, e.g. 'person:liz-truss'; $kinds: [String] claim kinds
MATCH (c:Claim)
WHERE c.claimKind IN $kinds
  AND EXISTS { (c)<-[:ASSERTED]-(:Actor)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->{0,1}(:Actor {id: $speaker}) }
WITH c ORDER BY coalesce(c.timeStart, c.timeEnd) IS NULL, coalesce(c.timeStart, c.timeEnd), c.id
LIMIT 50
RETURN c.id AS id, c.text AS text, c.claimKind AS kind, c.mode AS mode, c.status AS status,
       c.timeText AS timeText, c.timeStart AS timeStart, c.timeEnd AS timeEnd,
       COLLECT {
         MATCH (c)-[r:ABOUT]->(t)
         RETURN {role: coalesce(r.role, 'SUBJECT'), id: t.id,
                 name: CASE WHEN t:Actor THEN t.name END,
                 title: CASE WHEN t:Event THEN t.title END,
                 status: CASE WHEN t:Event THEN t.status END}
       } AS about,
       COLLECT { MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) RETURN e {.exact, .start, .end} ORDER BY e.start } AS evidence;
