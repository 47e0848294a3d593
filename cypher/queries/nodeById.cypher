// name: nodeById
// answers: the node with this id, whatever its kind
// params: $id: String, e.g. 'person:liz-truss'
// returns: one or none { node: properties + labels }
MATCH (n:Node {id: $id})
RETURN n {.*, labels: labels(n)} AS node
LIMIT 1;
