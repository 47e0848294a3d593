// name: setNameKeys
// mode: write
// answers: stores the lower-case, accent-free lookup keys derived from names and aliases
// params: $rows: [{ id: String, keys: [String] }]
// returns: none
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
SET n.nameKeys = row.keys;
