// name: sourceState
// mode: write
// answers: what a source asserted when it was last loaded: the record of its annotation file,
//          the nodes it supports (not the discrepancies the loader found between it and another
//          source: those are recomputed after every load, never restated), the relationships it
//          states and the evidence it quotes
// params: $sourceId: String, e.g. 'src:article'
// returns: one { annotationSha256: String or null, relKeys: [String], nodeIds: [String], evidenceIds: [String] }
OPTIONAL MATCH (s:Source {id: $sourceId})
RETURN s.annotationSha256 AS annotationSha256,
       coalesce(s.relKeys, []) AS relKeys,
       COLLECT { MATCH (s)<-[:SUPPORTED_BY]-(n) WHERE n.detected IS NULL RETURN n.id } AS nodeIds,
       COLLECT { MATCH (s)<-[:QUOTED_FROM]-(e:Evidence) RETURN e.id } AS evidenceIds;
