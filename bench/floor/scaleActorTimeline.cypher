// Scale bench, floor: everything an actor took part in, asserted or was the subject of, counted,
// and the first fifty in time order.
// params: $id: String actor id
MATCH (a:Actor:Node {id: $id})
CALL (a) {
  MATCH (a)-[:PARTICIPATED_IN]->(x) WHERE x:Meeting OR x:Event RETURN x
  UNION
  MATCH (a)-[:ASSERTED]->(x:Claim) RETURN x
  UNION
  MATCH (a)<-[:ABOUT]-(x:Claim) RETURN x
}
WITH x ORDER BY coalesce(x.timeStart, x.timeEnd), x.id
WITH collect(x) AS items
RETURN size(items) AS total,
       [x IN items[0..50] | {id: x.id, typename: CASE WHEN x:Meeting THEN 'Meeting' WHEN x:Event THEN 'Event' ELSE 'Claim' END}] AS page;
