// name: neighboursIn
// answers: for each node id, the nodes pointing to it over relationships of the given types
//          (e.g. a country's nationals, an office's holders), batched per request
// params: $ids: [String], $types: [String] e.g. ['NATIONAL_OF'],
//         $labels: [String] source labels to keep, [] for any
// returns: many { ownerId, type, rel: relationship properties, node: properties + labels }
UNWIND $ids AS ownerId
MATCH (:Node {id: ownerId})<-[r]-(m:Node)
WHERE type(r) IN $types
  AND (size($labels) = 0 OR any(label IN labels(m) WHERE label IN $labels))
RETURN ownerId, type(r) AS type, properties(r) AS rel, m {.*, labels: labels(m)} AS node
ORDER BY ownerId, m.timeStart, coalesce(m.name, m.title, m.text, m.id), m.id;
