// name: search
// answers: ranked full-text search over names, aliases, titles, summaries and claim text
//          (the graph_text index; case and accents folded), best first, one page
// params: $query: String, a Lucene query built by the server from plain words, e.g.
//         '+(sanctions^4 OR sanctions*^2 OR sanctions~1)';
//         $labels: [String] kinds to keep, e.g. ['Event', 'Claim'], or null for every kind the
//           index holds (then no hit's labels are read: a common word has tens of thousands of hits);
//         $skip: Integer, $limit: Integer
// returns: one { total: Integer, page: [{ score: Float, node: properties + labels }] }
CALL db.index.fulltext.queryNodes('graph_text', $query) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
WITH node, score
ORDER BY score DESC, node.id
WITH collect({score: score, node: node}) AS hits
CALL (hits) {
  UNWIND hits[$skip..$skip + $limit] AS hit
  WITH hit.score AS score, hit.node AS node
  RETURN collect({score: score, node: node {.*, labels: labels(node)}}) AS page
}
RETURN size(hits) AS total, page;
