// name: importedEvents
// mode: write
// answers: which of a batch's event ids the graph holds already, and when the dataset that last
//          wrote each one added it, so the import creates the new ones outright and merges only
//          the rest (importEvents)
// params: $ids: [String] event ids, e.g. ['event:gdelt-881990833']
// returns: many { id: String, added: String or null (ISO date-time) }
UNWIND $ids AS id
MATCH (e:Node {id: id})
RETURN e.id AS id, e.datasetAdded AS added;
