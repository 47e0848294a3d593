// name: nodesByIds
// answers: the nodes with these ids, whatever their kind (evidence by id, a batch of lookups)
// params: $ids: [String]
//         $asOf: String 'YYYY-MM-DD' or null: only nodes a source published by that day states
//           (knownFrom); null for the current view
// returns: many { ownerId: String, node: properties + labels }
UNWIND $ids AS ownerId
MATCH (n:Node {id: ownerId})
WHERE $asOf IS NULL OR n.knownFrom <= date($asOf)
RETURN ownerId, n {.*, labels: labels(n)} AS node;
