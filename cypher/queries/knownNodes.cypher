// name: knownNodes
// answers: the actors, places and offices the graph already holds, with their names and aliases,
//          so the drafter (POST /annotate/draft) resolves a new text's names to existing ids
//          instead of minting new ones. Capped (by id) so a scale store cannot flood a request.
// params: none
// returns: many { id: String, kind: String (Person, Country, Organisation, Group, Place or Office),
//          name: String, aliases: [String], wikidata: String or null, iso2: String or null, iso3: String or null }
MATCH (n:Node)
WHERE n:Actor OR n:Place OR n:Office
WITH n ORDER BY n.id LIMIT 100000
RETURN n.id AS id,
       [label IN labels(n) WHERE label IN ['Person', 'Country', 'Organisation', 'Group', 'Place', 'Office']][0] AS kind,
       coalesce(n.name, n.title) AS name,
       coalesce(n.aliases, []) AS aliases,
       n.wikidata AS wikidata, n.iso2 AS iso2, n.iso3 AS iso3;
