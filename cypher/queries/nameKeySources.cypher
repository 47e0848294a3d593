// name: nameKeySources
// answers: the names and aliases of every actor and place, from which lookup keys are derived
// params: none
// returns: many { id: String, names: [String] }
MATCH (n)
WHERE n:Actor OR n:Place
RETURN n.id AS id, [n.name] + coalesce(n.aliases, []) AS names
ORDER BY id;
