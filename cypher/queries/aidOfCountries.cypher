// name: aidOfCountries
// answers: for each country, the aid and loans it gave or received, in time order (by start; no
//          known start last); a country also gives or receives through its nationals and the organisations
//          and groups that belong to or represent it; batched per request
// params: $ids: [String] country ids, e.g. ['country:gbr']
//         $roles: [String] the country's (or its member's) role: ['SOURCE'] for aid given,
//           ['BENEFICIARY', 'TARGET'] for aid received
// returns: many { ownerId: String, event: Event properties + labels }
UNWIND $ids AS ownerId
MATCH (:Country {id: ownerId})<-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]-{0,1}(:Actor)-[p:PARTICIPATED_IN]->(e:Event)
WHERE e.eventKind IN ['AID', 'LOAN'] AND p.role IN $roles
WITH DISTINCT ownerId, e
WITH ownerId, e, e.timeStart AS at
ORDER BY ownerId, at IS NULL, at, e.id
RETURN ownerId, e {.*, labels: labels(e)} AS event;
