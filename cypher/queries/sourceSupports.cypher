// name: sourceSupports
// answers: for each source id, the nodes it supports (SUPPORTED_BY), ordered by kind
//          (actors, places, offices, meetings, events, claims, discrepancies, then the rest)
//          and then by name or title, one page per source, batched per request
// params: $ids: [String] source ids, e.g. ['src:article'],
//         $labels: [String] kinds to keep as labels, e.g. ['Meeting', 'Event'], [] for all,
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (a source published after that day supports nothing yet; only nodes and SUPPORTED_BY
//           known by then, knownFrom <= $asOf); null for today's view,
//         $skip: Integer, $limit: Integer
// returns: many { ownerId: String, total: Integer, page: [node properties + labels] }
UNWIND $ids AS ownerId
MATCH (s:Source:Node {id: ownerId})
WHERE $asOf IS NULL OR s.knownFrom <= date($asOf)
CALL (s) {
  MATCH (n:Node)-[supported:SUPPORTED_BY]->(s)
  WHERE (size($labels) = 0 OR any(label IN labels(n) WHERE label IN $labels))
    AND ($asOf IS NULL OR supported.knownFrom <= date($asOf) AND n.knownFrom <= date($asOf))
  WITH n,
       CASE
         WHEN n:Actor THEN 0
         WHEN n:Place THEN 1
         WHEN n:Office THEN 2
         WHEN n:Meeting THEN 3
         WHEN n:Event THEN 4
         WHEN n:Claim THEN 5
         WHEN n:Discrepancy THEN 6
         ELSE 7
       END AS rank
  ORDER BY rank, coalesce(n.name, n.title, n.text, n.description, n.id), n.id
  RETURN collect(n) AS supported
}
RETURN ownerId, size(supported) AS total,
       [shown IN supported[$skip..$skip + $limit] | shown {.*, labels: labels(shown)}] AS page;
