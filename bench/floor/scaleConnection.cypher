// Scale bench, floor: the shortest paths (at most five, at most four hops) between two nodes
// through fact relationships, never through provenance.
// params: $from, $to: String node ids
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WHERE all(n IN nodes(p) WHERE NOT (n:Source OR n:Evidence OR n:Discrepancy OR n:SeedScript))
WITH p, [n IN nodes(p) | n.id] AS ids
ORDER BY reduce(key = '', id IN ids | key + id + ' ')
LIMIT 5
RETURN length(p) AS length, ids AS nodes;
