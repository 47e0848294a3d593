// name: search
// answers: ranked full-text search over names, aliases, titles, summaries and claim text
//          (the graph_text index; case and accents folded), one page: first the hits with every
//          word, best first, then those with only some of the words, best first
// params: $query: String, a Lucene query built by the server from plain words, every word
//           required, e.g. '+(sanctions^4 OR sanctions*^2 OR sanctions~1)';
//         $someWords: String, the same words with none required (hits with any of them), or
//           null for one word, e.g. '(rostov^4 OR rostov*^2 OR rostov~1) OR (voronezh^4 OR voronezh*^2 OR voronezh~1)';
//         $labels: [String] kinds to keep, e.g. ['Event', 'Claim'], or null for every kind the
//           index holds (then no hit's labels are read: a common word has tens of thousands of hits);
//         $skip: Integer, $limit: Integer
//         $words: [String] the folded words of the search, stop words apart, e.g. ['rostov', 'voronezh']
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only hits on nodes such a source states: knownFrom on or before it; the total counts
//           only those). The index holds today's text: a node whose name, aliases, title, summary
//           or text a later source changed is kept only when its text of that day (its view in
//           `views`, JSON, see src/ingest/views.ts) holds every word ($words; for a hit with only
//           some of the words, one of them), as plain lower-case text; hits are found and scored
//           on today's text, so words only that day's text had find nothing; null for today's view
// returns: one { total: Integer, page: [{ score: Float, node: properties + labels }] }
CALL () {
  CALL db.index.fulltext.queryNodes('graph_text', $query) YIELD node, score
  RETURN node, score, 0 AS tier
  UNION ALL
  UNWIND CASE WHEN $someWords IS NULL THEN [] ELSE [$someWords] END AS someWords
  CALL db.index.fulltext.queryNodes('graph_text', someWords) YIELD node, score
  RETURN node, score, 1 AS tier
}
WITH node, score, tier
WHERE ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
  AND ($asOf IS NULL OR node.knownFrom <= date($asOf))
WITH node, score, tier,
     CASE WHEN $asOf IS NOT NULL AND node.views IS NOT NULL
       THEN [v IN split(node.views, '{"from":"')[1..] WHERE substring(v, 0, 10) <= $asOf AND $asOf < substring(v, 18, 10)][0] END AS view
// The text of that day: the view's changed values (and today's for what it leaves as it is).
WITH node, score, tier, view,
     CASE WHEN view IS NOT NULL AND any(key IN ['name', 'aliasText', 'title', 'summary', 'text'] WHERE view CONTAINS '"' + key + '"')
       THEN reduce(text = toLower(view), key IN ['name', 'aliasText', 'title', 'summary', 'text'] |
              CASE WHEN view CONTAINS '"' + key + '"' THEN text ELSE text + ' ' + toLower(coalesce(toString(node[key]), '')) END) END AS thenText
WHERE thenText IS NULL
   OR tier = 0 AND all(word IN $words WHERE thenText CONTAINS word)
   OR tier = 1 AND any(word IN $words WHERE thenText CONTAINS word)
// A hit with every word is found by both queries: it ranks among them, with that query's score.
WITH node, min(tier) AS tier, collect([tier, score]) AS scores
WITH node, tier, [s IN scores WHERE s[0] = tier][0][1] AS score
ORDER BY tier, score DESC, node.id
WITH collect({score: score, node: node}) AS hits
CALL (hits) {
  UNWIND hits[$skip..$skip + $limit] AS hit
  WITH hit.score AS score, hit.node AS node
  RETURN collect({score: score, node: node {.*, labels: labels(node)}}) AS page
}
RETURN size(hits) AS total, page;
