// name: seedStatus
// answers: whether the loader has written a source (readiness: the graph is loaded). It stops
//          at the first loaded source, found through the source_annotation index, so the probe,
//          run every few seconds, costs the same whatever the size of the graph.
// params: none
// returns: one { applied: Integer, 1 when a loaded source exists, else 0 }
RETURN CASE WHEN EXISTS { MATCH (s:Source) WHERE s.annotationSha256 IS NOT NULL } THEN 1 ELSE 0 END AS applied;
