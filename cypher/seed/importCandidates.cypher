// name: importCandidates
// mode: write
// answers: what a dataset's names may already be in the graph: countries by ISO code, and actors
//          and places whose name or alias has one of the lookup keys (through the name_keys
//          index, so the cost is the matches, not the size of the graph)
// params: $iso3: [String] ISO 3166 alpha-3 codes, e.g. ['GBR', 'RUS'];
//         $keys: [String] name keys (db/nameKey.ts), e.g. ['sergey lavrov', 'moscow']
// returns: many { key: String (the ISO code for a country found by code), id: String,
//          labels: [String], countries: [String] the ISO codes of the countries a place lies in }
CALL () {
  UNWIND $iso3 AS code
  MATCH (c:Country {iso3: code})
  RETURN code AS key, c AS node
  UNION
  UNWIND $keys AS key
  CALL db.index.fulltext.queryNodes('name_keys', '"' + key + '"') YIELD node
  WHERE key IN node.nameKeys
  RETURN key, node
}
RETURN key, node.id AS id, labels(node) AS labels,
       COLLECT { MATCH (node:Place)-[:LOCATED_IN]->(c:Country) RETURN c.iso3 } AS countries
ORDER BY key, id;
