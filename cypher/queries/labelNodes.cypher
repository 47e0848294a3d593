// name: labelNodes
// mode: write
// answers: gives every node with an id the :Node label, so lookups by id alone use the node_id index
// params: none
// returns: one { labelled: Integer }
MATCH (n)
WHERE n.id IS NOT NULL AND NOT n:Node AND NOT n:SeedScript
SET n:Node
RETURN count(n) AS labelled;
