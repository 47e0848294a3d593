// name: writeEvidence
// mode: write
// answers: writes a source's quotes, anchored the W3C Web Annotation way (TextQuote: exact,
//          prefix, suffix; TextPosition: start, end in code points), each QUOTED_FROM its source
// params: $sourceId: String, $rows: [{ id, exact, prefix, suffix, start, end, sourceId }]
// returns: none
MATCH (s:Source {id: $sourceId})
UNWIND $rows AS row
CREATE (e:Evidence:Node)
SET e = row, e.knownFrom = s.publishedEnd
CREATE (e)-[:QUOTED_FROM {knownFrom: s.publishedEnd}]->(s);
