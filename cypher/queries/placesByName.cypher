// name: placesByName
// answers: which places have this name or alias, ignoring case and accents
// params: $key: String (lower-case, accent-free), e.g. 'kiev'
// returns: many { place: Place properties + labels }
MATCH (p:Place)
WHERE $key IN p.nameKeys
RETURN p {.*, labels: labels(p)} AS place
ORDER BY p.name, p.id;
