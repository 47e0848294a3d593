// name: seedStatus
// answers: how many sources the loader has written (readiness: the graph is loaded)
// params: none
// returns: one { applied: Integer }
MATCH (s:Source)
WHERE s.annotationSha256 IS NOT NULL
RETURN count(s) AS applied;
