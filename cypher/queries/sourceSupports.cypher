// name: sourceSupports
// answers: for each source id, the nodes it supports (SUPPORTED_BY), ordered by kind
//          (actors, places, offices, meetings, events, claims, discrepancies, then the rest)
//          and then by name or title, one page per source, batched per request
// params: $ids: [String] source ids, e.g. ['src:article'],
//         $labels: [String] kinds to keep as labels, e.g. ['Meeting', 'Event'], [] for all,
//         $skip: Integer, $limit: Integer
// returns: many { ownerId: String, total: Integer, page: [node properties + labels] }
UNWIND $ids AS ownerId
MATCH (s:Source:Node {id: ownerId})
CALL (s) {
  MATCH (n:Node)-[:SUPPORTED_BY]->(s)
  WHERE size($labels) = 0 OR any(label IN labels(n) WHERE label IN $labels)
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
RETURN ownerId, size(supported) AS total, [shown IN supported[$skip..$skip + $limit] | shown {.*, labels: labels(shown)}] AS page;
