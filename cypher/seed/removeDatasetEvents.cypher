// name: removeDatasetEvents
// mode: write
// answers: removes up to $limit of a dataset's events (run again until it answers 0): the
//          dataset's SUPPORTED_BY goes, and an event no other source supports goes with its
//          participations and place link. An event another dataset also states keeps its values,
//          but when they were this dataset's (the newest account), it is marked stale (no
//          datasetAdded), so importing the other file again (--force) rewrites it with its own
// params: $sourceId: String; $limit: Integer, e.g. 2000
// returns: one { done: Integer the events processed in this batch, stale: Integer those kept
//          with this dataset's values }
MATCH (:Source {id: $sourceId})<-[sup:SUPPORTED_BY]-(e:Event)
WITH e, sup LIMIT $limit
DELETE sup
WITH e, EXISTS { (e)-[:SUPPORTED_BY]->() } AS kept
WITH e, kept, kept AND e.datasetSourceId = $sourceId AS stale
CALL (e, stale) {
  WITH e WHERE stale
  REMOVE e.datasetAdded
}
CALL (e, kept) {
  WITH e WHERE NOT kept
  DETACH DELETE e
}
RETURN count(*) AS done, sum(CASE WHEN stale THEN 1 ELSE 0 END) AS stale;
