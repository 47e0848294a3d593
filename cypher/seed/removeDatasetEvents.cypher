// name: removeDatasetEvents
// mode: write
// answers: removes up to $limit of a dataset's events (run again until it answers 0): the
//          dataset's SUPPORTED_BY goes, and an event no other source supports goes with its
//          participations and place link
// params: $sourceId: String; $limit: Integer, e.g. 10000
// returns: one { done: Integer } the events processed in this batch
MATCH (:Source {id: $sourceId})<-[sup:SUPPORTED_BY]-(e:Event)
WITH e, sup LIMIT $limit
DELETE sup
WITH e, EXISTS { (e)-[:SUPPORTED_BY]->() } AS kept
CALL (e, kept) {
  WITH e WHERE NOT kept
  DETACH DELETE e
}
RETURN count(*) AS done;
