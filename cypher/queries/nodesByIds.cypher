// name: nodesByIds
// answers: the nodes with these ids, whatever their kind (evidence by id, a batch of lookups)
// params: $ids: [String]
// returns: many { ownerId: String, node: properties + labels }
UNWIND $ids AS ownerId
MATCH (n:Node {id: ownerId})
RETURN ownerId, n {.*, labels: labels(n)} AS node;
