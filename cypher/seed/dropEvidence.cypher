// name: dropEvidence
// mode: write
// answers: removes a source's quotes, and every EVIDENCED_BY to them, before its new ones are written
// params: $sourceId: String
// returns: none
MATCH (:Source {id: $sourceId})<-[:QUOTED_FROM]-(old:Evidence)
DETACH DELETE old;
