// name: nodeSources
// answers: for each node id, the sources that state or mention it (SUPPORTED_BY): background
//          knowledge first, then by publication, oldest first (the end of its publication, an
//          unknown day before the known ones), then by id; one page per node, batched per request
// params: $ids: [String] node ids, e.g. ['meeting:truss-lavrov-moscow-talks'],
//         $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only sources published by then and SUPPORTED_BY known by then, knownFrom <= $asOf; the
//           total counts only those); null for today's view,
//         $skip: Integer, $limit: Integer
// returns: many { ownerId: String, total: Integer, page: [Source properties + labels] }
UNWIND $ids AS ownerId
MATCH (n:Node {id: ownerId})
CALL (n) {
  MATCH (n)-[supported:SUPPORTED_BY]->(s:Source)
  WHERE $asOf IS NULL OR supported.knownFrom <= date($asOf) AND s.knownFrom <= date($asOf)
  WITH s ORDER BY s.kind <> 'BACKGROUND', s.publishedEnd IS NOT NULL, s.publishedEnd, s.id
  RETURN collect(s) AS sources
}
RETURN ownerId, size(sources) AS total,
       [shown IN sources[$skip..$skip + $limit] | shown {.*, labels: labels(shown)}] AS page;
