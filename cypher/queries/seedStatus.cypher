// name: seedStatus
// answers: how many Cypher scripts have been applied (readiness: the graph is loaded)
// params: none
// returns: one { applied: Integer }
MATCH (s:SeedScript)
RETURN count(s) AS applied;
