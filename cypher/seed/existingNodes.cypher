// name: existingNodes
// mode: write
// answers: which of these ids are nodes in the graph (references a source makes to other sources)
// params: $ids: [String]
// returns: many { id: String }
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id;
