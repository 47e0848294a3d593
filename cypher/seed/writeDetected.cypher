// name: writeDetected
// mode: write
// answers: writes the discrepancies the loader found between sources: each supported by the
//          sources it compares (their words in the assertion, as for any source's statement),
//          concerning its subject and the facts and figures that differ (links carrying those
//          sources and their words), and evidenced by each source's own words
// params: $rows: [{ id: String, props: map (discrepancyKind 'BETWEEN_SOURCES', detected true,
//           change, aspect, description), concerns: [String], evidenceIds: [String],
//           sources: [{ id: String, assertion: String (JSON) }], concernProps: map (sourceIds,
//           sourceId, evidenceIds, bySource) }]
// returns: none
UNWIND $rows AS row
MERGE (d:Node {id: row.id})
SET d = row.props, d:Discrepancy
WITH d, row
CALL (d, row) {
  UNWIND row.sources AS source
  MATCH (s:Source {id: source.id})
  MERGE (d)-[a:SUPPORTED_BY]->(s)
  SET a.assertion = source.assertion, a.knownFrom = s.publishedEnd
  RETURN max(s.publishedEnd) AS knownFrom
}
// Found between sources: known once the last of them was published.
SET d.knownFrom = knownFrom
WITH d, row
CALL (d, row) {
  UNWIND row.concerns AS target
  MATCH (t:Node {id: target})
  MERGE (d)-[c:CONCERNS]->(t)
  SET c = row.concernProps, c.knownFrom = d.knownFrom
}
CALL (d, row) {
  UNWIND row.evidenceIds AS evidenceId
  MATCH (e:Evidence {id: evidenceId})
  MERGE (d)-[r:EVIDENCED_BY {role: 'CONTENT'}]->(e)
  SET r.knownFrom = e.knownFrom
};
