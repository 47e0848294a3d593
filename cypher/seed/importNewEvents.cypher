// name: importNewEvents
// mode: write
// answers: creates a batch of coded events the graph does not hold yet (importedEvents said so,
//          in the same transaction), each supported by the dataset; their participants and places
//          follow (importParticipations, importPlaceLinks). Creating instead of merging is what
//          makes a large first import fast; events already present go through importEvents.
// params: $sourceId: String; $rows: [{ props: map (id and knownFrom, the day the dataset had it, included), support: map }]
// returns: none
MATCH (s:Source {id: $sourceId})
UNWIND $rows AS row
CREATE (e:Node:Event)
SET e = row.props
CREATE (e)-[sup:SUPPORTED_BY]->(s)
SET sup = row.support, sup.knownFrom = e.knownFrom;
