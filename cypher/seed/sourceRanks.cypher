// name: sourceRanks
// mode: write
// answers: the kind and end of publication of each source, which order their assertions
// params: $ids: [String]
// returns: many { id: String, kind: String, publishedEnd: Date or null }
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.kind AS kind, s.publishedEnd AS publishedEnd;
