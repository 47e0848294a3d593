// name: entityCandidates
// mode: write
// answers: existing actors and places that new entities of a source may be: the same Wikidata
//          item, or a name or alias with the same lookup key. One pass over actors and places
//          (a list parameter is checked as a set), however many entities the source brings.
// params: $ids: [String] the new entities' ids (never candidates for themselves)
//         $keys: [String] their name keys, $wikidata: [String] their Wikidata ids
// returns: many { id: String, label: 'Actor' or 'Place', nameKeys: [String], wikidata: String or null }
MATCH (n)
WHERE (n:Actor OR n:Place)
  AND NOT n.id IN $ids
  AND (n.wikidata IN $wikidata OR any(key IN n.nameKeys WHERE key IN $keys))
RETURN n.id AS id, CASE WHEN n:Actor THEN 'Actor' ELSE 'Place' END AS label, n.nameKeys AS nameKeys, n.wikidata AS wikidata
ORDER BY id;
