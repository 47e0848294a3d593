// Scale bench, floor: the actors with a name key (name or alias, case and accents folded).
// The name_keys index holds each key as one term (keyword analyzer), so the key is one lookup.
// params: $key: String, e.g. 'a bekuzi'
CALL db.index.fulltext.queryNodes('name_keys', '"' + $key + '"') YIELD node
WITH node AS a WHERE a:Actor
RETURN a.id AS id, a.name AS name
ORDER BY a.name, a.id;
