// name: statistics
// answers: how much the graph holds: nodes of each kind, read from Neo4j's count store (one
//          label per count, so each is a constant-time lookup rather than a scan)
// params: none
// returns: one { statistics: { people, countries, organisations, groups, places, offices, meetings,
//          events, claims, quantities, evidence, sources, discrepancies } }
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Country) RETURN count(n) AS countries }
CALL () { MATCH (n:Organisation) RETURN count(n) AS organisations }
CALL () { MATCH (n:Group) RETURN count(n) AS groups }
CALL () { MATCH (n:Place) RETURN count(n) AS places }
CALL () { MATCH (n:Office) RETURN count(n) AS offices }
CALL () { MATCH (n:Meeting) RETURN count(n) AS meetings }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
CALL () { MATCH (n:Quantity) RETURN count(n) AS quantities }
CALL () { MATCH (n:Evidence) RETURN count(n) AS evidence }
CALL () { MATCH (n:Source) RETURN count(n) AS sources }
CALL () { MATCH (n:Discrepancy) RETURN count(n) AS discrepancies }
RETURN {
  people: people, countries: countries, organisations: organisations, groups: groups, places: places,
  offices: offices, meetings: meetings, events: events, claims: claims, quantities: quantities,
  evidence: evidence, sources: sources, discrepancies: discrepancies
} AS statistics;
