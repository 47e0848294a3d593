// name: removeDatasetEntities
// mode: write
// answers: after a dataset's events are gone: the links and entities only it stated go (a link
//          another source states loses only the dataset from its sources; an entity with any
//          other relationship left, another source's support or a link or a part in an event,
//          stays without the dataset's support), then the dataset's Source node
// params: $sourceId: String
// returns: one { removed: Integer } entities deleted
MATCH (s:Source {id: $sourceId})
CALL (s) {
  MATCH (n)-[:SUPPORTED_BY]->(s)
  MATCH (n)-[r:LOCATED_IN|NATIONAL_OF|BELONGS_TO]->()
  WHERE $sourceId IN coalesce(r.sourceIds, [])
  WITH DISTINCT r
  WITH r, [id IN r.sourceIds WHERE id <> $sourceId] AS rest
  CALL (r, rest) {
    WITH r WHERE size(rest) = 0
    DELETE r
  }
  CALL (r, rest) {
    WITH r, rest WHERE size(rest) > 0
    SET r.sourceIds = rest, r.sourceId = rest[-1]
  }
}
CALL (s) {
  MATCH (n:Node)-[sup:SUPPORTED_BY]->(s)
  WITH n, sup, COUNT { (n)--() } = 1 AS only
  DELETE sup
  WITH n WHERE only
  DETACH DELETE n
  RETURN count(*) AS removed
}
DETACH DELETE s
RETURN removed;
