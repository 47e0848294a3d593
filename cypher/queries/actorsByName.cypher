// name: actorsByName
// answers: which actors have this name or alias, or have it as whole words of a name or alias
//          ('Defender' finds HMS Defender, 'double agent' the UK double agent), ignoring case
//          and accents. Exact names and aliases come from the name_keys index (each key one
//          term, so the key is one lookup; a key holds only letters, digits and single spaces,
//          so it is safe inside a quoted Lucene term), word matches from the graph_text
//          full-text index; the nameKeys check then keeps only whole-word matches (the
//          full-text phrase could span two aliases). Exact matches first.
// params: $key: String (lower-case, accent-free, as the loader stores nameKeys), e.g. 'double agent'
//         $phrase: String, the full-text query for the key's words in names and aliases, built
//           by the server, e.g. 'name:"double agent" OR aliasText:"double agent"'
//         $labels: [String] actor labels to keep, e.g. ['Person']
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only actors such a source states: knownFrom on or before it); null for today's view
// returns: many { actor: Actor properties + labels, exact: Boolean (the key is a whole name or alias) }
CALL () {
  CALL db.index.fulltext.queryNodes('name_keys', '"' + $key + '"') YIELD node
  WITH node AS a WHERE a:Actor
  RETURN a
  UNION
  CALL db.index.fulltext.queryNodes('graph_text', $phrase) YIELD node
  WITH node AS a WHERE a:Actor
  RETURN a
}
WITH a
WHERE any(label IN labels(a) WHERE label IN $labels)
  AND any(k IN a.nameKeys WHERE ' ' + k + ' ' CONTAINS ' ' + $key + ' ')
  AND ($asOf IS NULL OR a.knownFrom <= date($asOf))
RETURN a {.*, labels: labels(a)} AS actor, $key IN a.nameKeys AS exact
ORDER BY exact DESC, a.name, a.id;
