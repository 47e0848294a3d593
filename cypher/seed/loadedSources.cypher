// name: loadedSources
// answers: the sources in the graph and the annotation each was loaded from (what start skips)
// params: none
// returns: many { id: String, annotationSha256: String or null, annotationFile: String or null }
MATCH (s:Source)
RETURN s.id AS id, s.annotationSha256 AS annotationSha256, s.annotationFile AS annotationFile
ORDER BY id;
