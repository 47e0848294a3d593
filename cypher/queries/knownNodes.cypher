// name: knownNodes
// answers: the actors, places, offices and meetings the graph already holds, with their names and
//          aliases, each person's country and each meeting's status, time and participants, so the
//          drafter (POST /annotate/draft) resolves a new text's names to existing ids instead of
//          minting new ones, gives a person the country the graph knows, and reuses the id of a
//          meeting a new source reports again. Capped (by id) so a scale store cannot flood a request.
// params: none
// returns: many { id: String, kind: String (Person, Country, Organisation, Group, Place, Office or
//          Meeting), name: String, aliases: [String], wikidata: String or null, iso2: String or null,
//          iso3: String or null,
//          country: String or null, a person's one country: NATIONAL_OF, or else the country of the
//            offices they hold (OFFICE_OF); null when none or several,
//          meeting: {status, start, end: 'YYYY-MM-DD' or null, precision, participants: [{actor, role}]}
//            for a meeting, else null }
MATCH (n:Node)
WHERE n:Actor OR n:Place OR n:Office OR n:Meeting
WITH n ORDER BY n.id LIMIT 100000
WITH n,
     CASE WHEN n:Person THEN COLLECT { MATCH (n)-[:NATIONAL_OF]->(c:Country) RETURN DISTINCT c.id } ELSE [] END AS nationality,
     CASE WHEN n:Person THEN COLLECT { MATCH (n)-[:HOLDS_OFFICE]->(:Office)-[:OFFICE_OF]->(c:Country) RETURN DISTINCT c.id } ELSE [] END AS offices
RETURN n.id AS id,
       [label IN labels(n) WHERE label IN ['Person', 'Country', 'Organisation', 'Group', 'Place', 'Office', 'Meeting']][0] AS kind,
       coalesce(n.name, n.title) AS name,
       coalesce(n.aliases, []) AS aliases,
       n.wikidata AS wikidata, n.iso2 AS iso2, n.iso3 AS iso3,
       CASE WHEN size(nationality) = 1 THEN nationality[0]
            WHEN size(nationality) = 0 AND size(offices) = 1 THEN offices[0] END AS country,
       CASE WHEN n:Meeting THEN {
         status: n.status, start: toString(n.timeStart), end: toString(n.timeEnd), precision: n.timePrecision,
         participants: COLLECT { MATCH (a:Actor)-[p:PARTICIPATED_IN]->(n) RETURN {actor: a.id, role: p.role} }
       } END AS meeting;
