// 090-discrepancies.cypher
// Where the article contradicts itself or the record: recorded as data, not silently fixed.
// Idempotent: every node is MERGEd on its id and every relationship MERGEd between endpoints matched by id, then SET.
// Applied in one write transaction, after the files before it in name order.


// ================= Nodes

MERGE (n:Discrepancy {id: 'disc:zelenskiy-prime-minister-or-president'})
SET
    n.discrepancyKind = 'INTERNAL',
    n.description = 'The article calls Volodymyr Zelenskiy “the Ukrainian prime minister”, then refers to the target of the alleged plot as “the Ukrainian president”. Background: Zelenskiy is Ukraine’s president, not its prime minister.'
WITH n
UNWIND ['src:article', 'src:background'] AS sourceId
MATCH (s:Source {id: sourceId})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:zelenskiy-prime-minister', 'ev:plot-accusation'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Discrepancy {id: 'disc:first-visit-in-five-years'})
SET
    n.discrepancyKind = 'WITH_RECORD',
    n.description = 'The article puts the gap since the last such visit at five years, yet dates the previous foreign secretary’s visit (Boris Johnson’s) to December 2017, about four years earlier. The Foreign Office called the 2022 visit the first by a foreign secretary “in more than four years”.'
WITH n
UNWIND ['src:article', 'src:background'] AS sourceId
MATCH (s:Source {id: sourceId})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:first-of-its-kind', 'ev:johnson-december-2017'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);


// ================= Relationships

// disc:zelenskiy-prime-minister-or-president -[CONCERNS]-> Volodymyr Zelenskiy
MATCH (a:Discrepancy {id: 'disc:zelenskiy-prime-minister-or-president'})
MATCH (b:Actor {id: 'person:volodymyr-zelenskiy'})
MERGE (a)-[r:CONCERNS]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:zelenskiy-prime-minister', 'ev:plot-accusation'];

// disc:zelenskiy-prime-minister-or-president -[CONCERNS]-> Prime Minister of Ukraine
MATCH (a:Discrepancy {id: 'disc:zelenskiy-prime-minister-or-president'})
MATCH (b:Office {id: 'office:ukraine-prime-minister'})
MERGE (a)-[r:CONCERNS]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:zelenskiy-prime-minister', 'ev:plot-accusation'];

// disc:zelenskiy-prime-minister-or-president -[CONCERNS]-> President of Ukraine
MATCH (a:Discrepancy {id: 'disc:zelenskiy-prime-minister-or-president'})
MATCH (b:Office {id: 'office:ukraine-president'})
MERGE (a)-[r:CONCERNS]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:zelenskiy-prime-minister', 'ev:plot-accusation'];

// disc:zelenskiy-prime-minister-or-president -[CONCERNS]-> Truss’s visit to Kyiv to meet Zelenskiy
MATCH (a:Discrepancy {id: 'disc:zelenskiy-prime-minister-or-president'})
MATCH (b:Meeting {id: 'meeting:truss-kyiv-visit'})
MERGE (a)-[r:CONCERNS]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:zelenskiy-prime-minister', 'ev:plot-accusation'];

// disc:zelenskiy-prime-minister-or-president -[CONCERNS]-> claim:truss-accuses-russia-of-plot
MATCH (a:Discrepancy {id: 'disc:zelenskiy-prime-minister-or-president'})
MATCH (b:Claim {id: 'claim:truss-accuses-russia-of-plot'})
MERGE (a)-[r:CONCERNS]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:zelenskiy-prime-minister', 'ev:plot-accusation'];

// disc:first-visit-in-five-years -[CONCERNS]-> claim:article-first-such-visit-in-five-years
MATCH (a:Discrepancy {id: 'disc:first-visit-in-five-years'})
MATCH (b:Claim {id: 'claim:article-first-such-visit-in-five-years'})
MERGE (a)-[r:CONCERNS]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-of-its-kind', 'ev:johnson-december-2017'];

// disc:first-visit-in-five-years -[CONCERNS]-> five years
MATCH (a:Discrepancy {id: 'disc:first-visit-in-five-years'})
MATCH (b:Quantity {id: 'qty:five-years-since-last-visit'})
MERGE (a)-[r:CONCERNS]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-of-its-kind', 'ev:johnson-december-2017'];

// disc:first-visit-in-five-years -[CONCERNS]-> Truss–Lavrov talks in Moscow
MATCH (a:Discrepancy {id: 'disc:first-visit-in-five-years'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:CONCERNS]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-of-its-kind', 'ev:johnson-december-2017'];

// disc:first-visit-in-five-years -[CONCERNS]-> Boris Johnson’s visit to Moscow
MATCH (a:Discrepancy {id: 'disc:first-visit-in-five-years'})
MATCH (b:Meeting {id: 'meeting:johnson-moscow-visit-2017'})
MERGE (a)-[r:CONCERNS]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-of-its-kind', 'ev:johnson-december-2017'];

// disc:first-visit-in-five-years -[CONCERNS]-> claim:bg-foreign-office-first-visit-in-more-than-four-years
MATCH (a:Discrepancy {id: 'disc:first-visit-in-five-years'})
MATCH (b:Claim {id: 'claim:bg-foreign-office-first-visit-in-more-than-four-years'})
MERGE (a)-[r:CONCERNS]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-of-its-kind', 'ev:johnson-december-2017'];
