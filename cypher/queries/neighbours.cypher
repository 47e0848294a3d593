// name: neighbours
// answers: one-hop neighbours for many questions at once: for each request, the nodes reached
//          from one node over relationships of the given types, outgoing or incoming (a claim's
//          speakers, a meeting's place and evidence, an office's holders...). All the one-hop
//          fields a GraphQL level asks for are answered by one call, batched per request.
// params: $requests: [{ key: String, id: String, outgoing: Boolean, types: [String], labels: [String] }]
//           key is echoed back; labels are the far node's labels to keep, [] for any. E.g.
//           [{key: 'a', id: 'meeting:truss-kyiv-visit', outgoing: false, types: ['PARTICIPATED_IN'], labels: ['Actor']}]
//         $asOf: String 'YYYY-MM-DD' or null: only what a source published by that day states
//           (relationship and node known by then: knownFrom); null for the current view
// returns: many { key, type, rel: relationship properties, node: properties + labels }
UNWIND $requests AS request
MATCH (n:Node {id: request.id})
CALL (n, request) {
  MATCH (n)-[r]->(m:Node)
  WHERE request.outgoing AND type(r) IN request.types
  RETURN r, m
  UNION ALL
  MATCH (n)<-[r]-(m:Node)
  WHERE NOT request.outgoing AND type(r) IN request.types
  RETURN r, m
}
WITH request, r, m
WHERE (size(request.labels) = 0 OR any(label IN labels(m) WHERE label IN request.labels))
  AND ($asOf IS NULL OR (r.knownFrom <= date($asOf) AND m.knownFrom <= date($asOf)))
RETURN request.key AS key, type(r) AS type, properties(r) AS rel, m {.*, labels: labels(m)} AS node
ORDER BY key, m.timeStart, coalesce(m.name, m.title, m.text, m.id), m.id;
