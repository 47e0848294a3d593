// name: nodeById
// answers: the node with this id, whatever its kind
// params: $id: String, e.g. 'person:liz-truss'
// returns: one or none { node: properties + labels }
MATCH (n {id: $id})
WHERE NOT n:SeedScript
RETURN n {.*, labels: labels(n)} AS node
LIMIT 1;
