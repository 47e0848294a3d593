// Q6, floor: everything between two actors (cypher/queries/relations.cypher's sides and rules:
// a country with its nationals, organisations and groups, its press excepted; an event counts
// when the two sides' roles in it face each other; a claim counts when
// its speaker is on one side and it is about the other, unless aimed only at an outsider), with
// aid, alliances, claim speakers and the cooperation–conflict summary computed in the query; the
// summary counts only what OCCURRED, as the API's does by default.
// params: $a, $b: String actor ids, e.g. 'country:gbr', 'country:ukr'
MATCH (a:Actor:Node {id: $a})
MATCH (b:Actor:Node {id: $b})
WITH a, b,
     CASE WHEN a:Country THEN [a] + COLLECT {
       MATCH (m)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(a)
       WHERE m:Actor AND coalesce(m.orgKind, '') <> 'PUBLISHER'
       RETURN DISTINCT m
     } ELSE [a] END AS sideA,
     CASE WHEN b:Country THEN [b] + COLLECT {
       MATCH (m)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(b)
       WHERE m:Actor AND coalesce(m.orgKind, '') <> 'PUBLISHER'
       RETURN DISTINCT m
     } ELSE [b] END AS sideB
WITH a, b, sideA, sideB,
     COLLECT {
       // A meeting any two take part in; an event only where their roles face each other
       // (relations.cypher: BY faces TO; BY faces FOR unless aimed at an outsider; WITH faces all).
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
       MATCH (x)-[:ASSERTED]->(c:Claim)-[about:ABOUT]->(y)
       WHERE ((x IN sideA AND y IN sideB) OR (x IN sideB AND y IN sideA)) AND y <> x
         AND (about.role = 'TARGET'
              OR NOT EXISTS {
                MATCH (c)-[:ABOUT {role: 'TARGET'}]->(z)
                WHERE NOT z IN sideA AND NOT z IN sideB
              })
       RETURN DISTINCT c
     } AS claims
WITH a, b, claims,
     [h IN shared WHERE h:Meeting] AS meetings,
     [h IN shared WHERE h:Event] AS events
WITH a, b, meetings, events, claims,
     [x IN meetings + events + claims WHERE x.status = 'OCCURRED' |
       {kind: CASE WHEN x:Meeting THEN 'MEETING' ELSE coalesce(x.eventKind, x.claimKind) END, code: x.cameoCode, g: x.goldstein}] AS items
WITH a, b, meetings, events, claims, items, [i IN items WHERE i.code IS NOT NULL] AS coded,
     reduce(ks = [], i IN items | CASE WHEN i.kind IN ks THEN ks ELSE ks + i.kind END) AS kinds
RETURN a.name AS a, b.name AS b,
       [m IN meetings | m {.title, .status}] AS meetings,
       [e IN events | e {
         .title, kind: e.eventKind, .status, cameo: e.cameoCode, goldstein: e.goldstein,
         quantities: COLLECT { MATCH (e)-[:HAS_QUANTITY]->(q:Quantity) RETURN q {.value, .unit, .currency, .text} },
         participants: COLLECT { MATCH (e)<-[r:PARTICIPATED_IN]-(x:Actor) RETURN {role: coalesce(r.role, 'PARTICIPANT'), name: x.name} }
       }] AS events,
       [c IN claims | c {.text, speakers: COLLECT { MATCH (c)<-[:ASSERTED]-(s:Actor) RETURN s.name }}] AS claims,
       {
         total: size(items),
         coded: size(coded),
         goldsteinSum: reduce(s = 0.0, i IN coded | s + i.g),
         goldsteinMean: CASE WHEN size(coded) = 0 THEN null ELSE reduce(s = 0.0, i IN coded | s + i.g) / size(coded) END,
         cooperation: size([i IN coded WHERE i.g > 0]),
         conflict: size([i IN coded WHERE i.g < 0]),
         neutral: size([i IN coded WHERE i.g = 0]),
         byQuadClass: [q IN [['VERBAL_COOPERATION', 1, 5], ['MATERIAL_COOPERATION', 6, 9], ['VERBAL_CONFLICT', 10, 14], ['MATERIAL_CONFLICT', 15, 20]] |
           {quadClass: q[0],
            count: size([i IN coded WHERE q[1] <= toInteger(left(i.code, 2)) <= q[2]]),
            goldsteinSum: reduce(s = 0.0, i IN [i IN coded WHERE q[1] <= toInteger(left(i.code, 2)) <= q[2]] | s + i.g)}],
         byKind: [k IN kinds | {kind: k, count: size([i IN items WHERE i.kind = k]),
                                goldsteinSum: reduce(s = 0.0, i IN [i IN items WHERE i.kind = k] | s + coalesce(i.g, 0.0))}]
       } AS summary;
