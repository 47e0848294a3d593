// name: statistics
// answers: how much the graph holds: nodes of each kind, read from Neo4j's count store (one
//          label per count, so each is a constant-time lookup rather than a scan); as of a day,
//          counted instead over the nodes known by then (one scan of the graph's nodes)
// params: $asOf: String 'YYYY-MM-DD' or null: answer as the sources published by that day had it
//           (only nodes such a source states: knownFrom on or before it; sources, those published
//           by then); null for today's view, from the count store
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
// As of a day, the count store knows nothing of knownFrom: the nodes known by then are counted
// in one pass. Without $asOf nothing is unwound, so nothing is read.
// as of a day {
CALL () {
  UNWIND CASE WHEN $asOf IS NULL THEN [] ELSE [date($asOf)] END AS asOf
  MATCH (n)
  WHERE n.knownFrom <= asOf
  RETURN {
    people: count(CASE WHEN n:Person THEN 1 END), countries: count(CASE WHEN n:Country THEN 1 END),
    organisations: count(CASE WHEN n:Organisation THEN 1 END), groups: count(CASE WHEN n:Group THEN 1 END),
    places: count(CASE WHEN n:Place THEN 1 END), offices: count(CASE WHEN n:Office THEN 1 END),
    meetings: count(CASE WHEN n:Meeting THEN 1 END), events: count(CASE WHEN n:Event THEN 1 END),
    claims: count(CASE WHEN n:Claim THEN 1 END), quantities: count(CASE WHEN n:Quantity THEN 1 END),
    evidence: count(CASE WHEN n:Evidence THEN 1 END), sources: count(CASE WHEN n:Source THEN 1 END),
    discrepancies: count(CASE WHEN n:Discrepancy THEN 1 END)
  } AS known
}
// } today {
// WITH *, null AS known
// }
RETURN CASE WHEN $asOf IS NULL THEN {
  people: people, countries: countries, organisations: organisations, groups: groups, places: places,
  offices: offices, meetings: meetings, events: events, claims: claims, quantities: quantities,
  evidence: evidence, sources: sources, discrepancies: discrepancies
} ELSE known END AS statistics;
