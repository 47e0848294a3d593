// Scale bench, floor: ranked full-text search over the graph_text index, the total and the top
// twenty hits, best first.
// params: $query: String, a Lucene query, e.g. '+(ceasefire^4 OR ceasefire*^2 OR ceasefire~1)'
CALL db.index.fulltext.queryNodes('graph_text', $query) YIELD node, score
WITH node, score ORDER BY score DESC, node.id
WITH collect({id: node.id, score: score}) AS hits
RETURN size(hits) AS total, hits[0..20] AS page;
