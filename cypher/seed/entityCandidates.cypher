// name: entityCandidates
// mode: write
// answers: existing actors and places that a new entity of a source may be: the same Wikidata
//          item, or a name or alias with the same lookup key
// params: $rows: [{ id: String, keys: [String], wikidata: String or null, label: 'Actor' or 'Place' }]
// returns: many { id: String, candidate: String, by: String }
UNWIND $rows AS row
MATCH (n:$(row.label))
WHERE n.id <> row.id
  AND ((row.wikidata IS NOT NULL AND n.wikidata = row.wikidata)
       OR any(key IN row.keys WHERE key IN n.nameKeys))
RETURN row.id AS id, n.id AS candidate,
       CASE WHEN row.wikidata IS NOT NULL AND n.wikidata = row.wikidata THEN 'wikidata ' + row.wikidata
            ELSE 'name "' + head([key IN row.keys WHERE key IN n.nameKeys]) + '"' END AS by
ORDER BY id, candidate;
