// name: placesByName
// answers: which places have this name or alias, or have it as whole words of a name or alias
//          ('Rostov' finds the Rostov region), ignoring case and accents, as actorsByName does
//          for actors. Exact names and aliases come from the name_keys index (each key one term,
//          so the key is one lookup; a key holds only letters, digits and single spaces, so it is
//          safe inside a quoted Lucene term), word matches from the graph_text full-text index;
//          the nameKeys check then keeps only whole-word matches (the full-text phrase could span
//          two aliases). Exact matches first.
// params: $key: String (lower-case, accent-free, as the loader stores nameKeys), e.g. 'kiev'
//         $phrase: String, the full-text query for the key's words in names and aliases, built
//           by the server, e.g. 'name:"kiev" OR aliasText:"kiev"'
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only places such a source states: knownFrom on or before it); null for today's view
// returns: many { place: Place properties + labels, exact: Boolean (the key is a whole name or alias) }
CALL () {
  CALL db.index.fulltext.queryNodes('name_keys', '"' + $key + '"') YIELD node
  WITH node AS p WHERE p:Place
  RETURN p
  UNION
  CALL db.index.fulltext.queryNodes('graph_text', $phrase) YIELD node
  WITH node AS p WHERE p:Place
  RETURN p
}
WITH p
WHERE any(k IN p.nameKeys WHERE ' ' + k + ' ' CONTAINS ' ' + $key + ' ')
  AND ($asOf IS NULL OR p.knownFrom <= date($asOf))
RETURN p {.*, labels: labels(p)} AS place, $key IN p.nameKeys AS exact
ORDER BY exact DESC, p.name, p.id;
