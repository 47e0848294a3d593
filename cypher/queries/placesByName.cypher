// name: placesByName
// answers: which places have this name or alias, ignoring case and accents (through the
//          name_keys index: each key one term; a key holds only letters, digits and single
//          spaces, so it is safe inside a quoted Lucene term)
// params: $key: String (lower-case, accent-free), e.g. 'kiev'
// returns: many { place: Place properties + labels }
CALL db.index.fulltext.queryNodes('name_keys', '"' + $key + '"') YIELD node
WITH node AS p WHERE p:Place
RETURN p {.*, labels: labels(p)} AS place
ORDER BY p.name, p.id;
