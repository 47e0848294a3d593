// Scale bench, floor: the actors with a name key (name or alias, case and accents folded).
// params: $key: String, e.g. 'a bekuzi'
MATCH (a:Actor)
WHERE $key IN a.nameKeys
RETURN a.id AS id, a.name AS name
ORDER BY a.name, a.id;
