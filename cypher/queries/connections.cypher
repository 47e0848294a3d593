// name: connections
// answers: how two nodes are connected: every shortest path between them through fact
//          relationships, never through provenance (sources, evidence, discrepancies), at most
//          $maxHops long. Cypher takes no parameter as a variable-length bound, so the pattern
//          carries the server's ceiling (10 hops) and the length is filtered after: all shortest
//          paths share one length, so the filter keeps all or none of them.
//          The two ids must differ (the shortest-path search refuses a path from a node to itself).
// params: $from: String, $to: String node ids, e.g. 'org:hms-defender', 'country:rus';
//         $maxHops: Integer 1..10, $first: Integer, how many paths at most
// returns: many { length: Integer, nodes: [properties + labels],
//                 steps: [{ relationship: String, outgoing: Boolean, role: String or null }] }
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[*..10]-(b))
WHERE all(n IN nodes(p) WHERE NOT (n:Source OR n:Evidence OR n:Discrepancy OR n:SeedScript))
WITH p
WHERE length(p) <= $maxHops
WITH p, nodes(p) AS ns, relationships(p) AS rs
ORDER BY reduce(key = '', n IN ns | key + n.id + ' ')
LIMIT toInteger($first)
RETURN length(p) AS length,
       [n IN ns | n {.*, labels: labels(n)}] AS nodes,
       [i IN range(0, size(rs) - 1) | {
         relationship: type(rs[i]),
         outgoing: startNode(rs[i]) = ns[i],
         role: rs[i].role
       }] AS steps;
