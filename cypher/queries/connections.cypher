// name: connections
// answers: how two nodes are connected: every shortest path between them through fact
//          relationships, never through provenance (sources, evidence, discrepancies), at most
//          $maxHops long, optionally only over some relationship types and through some kinds of
//          node (the ends excepted). The limits are predicates on every node and relationship of
//          the path, which the shortest-path search applies as it expands, so the paths are the
//          shortest of those allowed. Cypher takes no parameter as a variable-length bound, so
//          the pattern carries the server's ceiling (10 hops) and the length is filtered after:
//          all shortest paths share one length, so the filter keeps all or none of them.
//          The two ids must differ (the shortest-path search refuses a path from a node to itself).
// params: $from: String, $to: String node ids, e.g. 'person:liz-truss', 'person:sergei-lavrov';
//         $maxHops: Integer 1..10, $first: Integer, how many paths at most;
//         $types: [String] relationship types to follow or null for all, e.g. ['PARTICIPATED_IN'];
//         $labels: [String] labels the inner nodes must have one of or null for any, e.g. ['Meeting'];
//         $excludeClaims: Boolean, true to keep claims out of the inner nodes
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (paths only through nodes and relationships such a source states, knownFrom on or
//           before it, so the shortest known paths; none when either end is not known by then);
//           null for today's view
// returns: many { length: Integer, nodes: [properties + labels],
//                 steps: [{ relationship: String, outgoing: Boolean, role: String or null
//                           (with $asOf, also views: the relationship's earlier views) }] }
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
WHERE $asOf IS NULL OR (a.knownFrom <= date($asOf) AND b.knownFrom <= date($asOf))
MATCH p = allShortestPaths((a)-[*..10]-(b))
WHERE all(n IN nodes(p) WHERE NOT (n:Source OR n:Evidence OR n:Discrepancy OR n:SeedScript)
          AND (n = a OR n = b OR (
                ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
                AND NOT ($excludeClaims AND n:Claim)
                AND ($asOf IS NULL OR n.knownFrom <= date($asOf)))))
  AND all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types)
                                      AND ($asOf IS NULL OR r.knownFrom <= date($asOf)))
WITH p
WHERE length(p) <= $maxHops
WITH p, nodes(p) AS ns, relationships(p) AS rs
ORDER BY reduce(key = '', n IN ns | key + n.id + ' ')
LIMIT toInteger($first)
RETURN length(p) AS length,
       [n IN ns | n {.*, labels: labels(n)}] AS nodes,
       // As of a day a step carries its relationship's views, so that the API shows its role as
       // it was then (src/db/asOfView.ts applies them to every returned map).
       [i IN range(0, size(rs) - 1) |
         CASE WHEN $asOf IS NULL
           THEN {relationship: type(rs[i]), outgoing: startNode(rs[i]) = ns[i], role: rs[i].role}
           ELSE {relationship: type(rs[i]), outgoing: startNode(rs[i]) = ns[i], role: rs[i].role, views: rs[i].views} END] AS steps;
