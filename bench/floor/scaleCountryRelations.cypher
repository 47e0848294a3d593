// Scale bench, floor: the balance of cooperation and conflict between two countries, each with
// its nationals, organisations and groups (its press excepted): shared meetings, events whose
// roles face each other and the claims of one side about the other
// (bench/floor/ukUkraineRelations.cypher's rules), summed
// by CAMEO quad class; like the API's summary by default, it counts only what OCCURRED.
// params: $a, $b: String country ids, e.g. 'country:usa', 'country:rus'
MATCH (a:Actor:Node {id: $a})
MATCH (b:Actor:Node {id: $b})
WITH a, b,
     [a] + COLLECT { MATCH (m:Actor)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(a) WHERE coalesce(m.orgKind, '') <> 'PUBLISHER' RETURN DISTINCT m } AS sideA,
     [b] + COLLECT { MATCH (m:Actor)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(b) WHERE coalesce(m.orgKind, '') <> 'PUBLISHER' RETURN DISTINCT m } AS sideB
WITH sideA, sideB,
     COLLECT {
       UNWIND sideA AS x
       MATCH (x)-[p:PARTICIPATED_IN]->(h)<-[q:PARTICIPATED_IN]-(y)
       WHERE (h:Meeting OR h:Event) AND y IN sideB AND y <> x
       WITH h, sideA, sideB, [role IN [p.role, q.role] |
                coalesce({SOURCE: 'BY', PERPETRATOR: 'BY', AUTHOR: 'BY', INSTRUMENT: 'BY',
                          TARGET: 'TO', VICTIM: 'TO', BENEFICIARY: 'FOR'}[role], 'WITH')] AS ends
       WHERE h:Meeting OR 'WITH' IN ends OR ('BY' IN ends AND 'TO' IN ends)
          OR ('BY' IN ends AND 'FOR' IN ends
              AND NOT EXISTS {
                MATCH (h)<-[t:PARTICIPATED_IN]-(z)
                WHERE t.role IN ['TARGET', 'VICTIM'] AND NOT z IN sideA AND NOT z IN sideB
              })
       RETURN DISTINCT h
     } AS shared,
     COLLECT {
       UNWIND sideA + sideB AS x
       MATCH (x)-[:ASSERTED]->(c:Claim)-[about:ABOUT]->(y)
       WHERE ((x IN sideA AND y IN sideB) OR (x IN sideB AND y IN sideA)) AND y <> x
         AND (about.role = 'TARGET'
              OR NOT EXISTS { MATCH (c)-[:ABOUT {role: 'TARGET'}]->(z) WHERE NOT z IN sideA AND NOT z IN sideB })
       RETURN DISTINCT c
     } AS claims
WITH [x IN shared + claims WHERE x.status = 'OCCURRED' | {code: x.cameoCode, g: x.goldstein}] AS items
WITH items, [i IN items WHERE i.code IS NOT NULL] AS coded
RETURN {
  total: size(items),
  coded: size(coded),
  goldsteinSum: reduce(s = 0.0, i IN coded | s + i.g),
  cooperation: size([i IN coded WHERE i.g > 0]),
  conflict: size([i IN coded WHERE i.g < 0]),
  neutral: size([i IN coded WHERE i.g = 0]),
  byQuadClass: [q IN [['VERBAL_COOPERATION', 1, 5], ['MATERIAL_COOPERATION', 6, 9], ['VERBAL_CONFLICT', 10, 14], ['MATERIAL_CONFLICT', 15, 20]] |
    {quadClass: q[0], count: size([i IN coded WHERE q[1] <= toInteger(left(i.code, 2)) <= q[2]])}]
} AS summary;
