// 050-meetings.cypher
// Meetings and visits: who takes part and in what role, where, when, with what status, and who announced, requested or did not confirm them.
// Idempotent: every node is MERGEd on its id and every relationship MERGEd between endpoints matched by id, then SET.
// Applied in one write transaction, after the files before it in name order.


// ================= Nodes

// Announced, not held: the article’s status and time stay as the article gives them; the 10 February 2022 date is a background claim (080).
MERGE (n:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
SET
    n.title = 'Truss–Lavrov talks in Moscow',
    n.summary = 'Liz Truss is to travel to Russia for talks with her Russian counterpart Sergei Lavrov in Moscow. The Russian embassy in London announced it; Russia says the UK asked for it; the Foreign Office did not confirm it; the article judges it likely to go ahead.',
    n.status = 'ANNOUNCED_UNCONFIRMED',
    n.mode = 'TALKS',
    n.purpose = 'To make Russia understand that sanctions after an invasion of Ukraine would damage both its economy and the private fortunes of people close to Putin, many of them held in London property.',
    n.cameoCode = '036',
    n.goldstein = 4.0,
    n.timeText = 'within next two weeks',
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-02-13'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:headline', 'ev:truss-to-travel-to-russia', 'ev:lavrov-russian-counterpart'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Planned, so CAMEO 036 (intent to meet), not a 04x meeting that happened.
MERGE (n:Meeting {id: 'meeting:truss-kyiv-visit'})
SET
    n.title = 'Truss’s visit to Kyiv to meet Zelenskiy',
    n.summary = 'Truss was already scheduled to go to Kyiv the following week to see Volodymyr Zelenskiy.',
    n.status = 'PLANNED',
    n.mode = 'VISIT',
    n.purpose = null,
    n.cameoCode = '036',
    n.goldstein = 4.0,
    n.timeText = 'next week',
    n.timeStart = date('2022-01-31'),
    n.timeEnd = date('2022-02-06'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:truss-due-in-kyiv', 'ev:zelenskiy-prime-minister'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Meeting {id: 'meeting:johnson-moscow-visit-2017'})
SET
    n.title = 'Boris Johnson’s visit to Moscow',
    n.summary = 'Boris Johnson, then foreign secretary, travelled to Moscow: the last British foreign secretary to do so before Truss.',
    n.status = 'OCCURRED',
    n.mode = 'VISIT',
    n.purpose = null,
    n.cameoCode = '042',
    n.goldstein = 1.9,
    n.timeText = 'December 2017',
    n.timeStart = date('2017-12-01'),
    n.timeEnd = date('2017-12-31'),
    n.timePrecision = 'MONTH'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:johnson-december-2017'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Meeting {id: 'meeting:may-putin-g20-2019'})
SET
    n.title = 'Theresa May meets Vladimir Putin at the G20',
    n.summary = 'Theresa May and Vladimir Putin met beside the G20 summit, the first UK–Russia contact at that level since relations collapsed over the poisoning of a UK double agent.',
    n.status = 'OCCURRED',
    n.mode = 'THIRD_LOCATION',
    n.purpose = null,
    n.cameoCode = '044',
    n.goldstein = 2.5,
    n.timeText = '2019',
    n.timeStart = date('2019-01-01'),
    n.timeEnd = date('2019-12-31'),
    n.timePrecision = 'YEAR'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:may-putin-g20', 'ev:first-time-at-that-level'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);


// ================= Relationships

// Liz Truss -[PARTICIPATED_IN VISITOR]-> Truss–Lavrov talks in Moscow
MATCH (a:Actor {id: 'person:liz-truss'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'VISITOR',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:truss-to-travel-to-russia', 'ev:headline'];

// United Kingdom -[PARTICIPATED_IN VISITOR]-> Truss–Lavrov talks in Moscow
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'VISITOR',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:truss-uk-foreign-secretary', 'ev:standfirst'];

// Sergei Lavrov -[PARTICIPATED_IN HOST]-> Truss–Lavrov talks in Moscow
MATCH (a:Actor {id: 'person:sergei-lavrov'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'HOST',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:lavrov-russian-counterpart', 'ev:headline'];

// Russia -[PARTICIPATED_IN HOST]-> Truss–Lavrov talks in Moscow
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'HOST',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:truss-to-travel-to-russia'];

// Truss–Lavrov talks in Moscow -[TAKES_PLACE_IN]-> Moscow
MATCH (a:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MATCH (b:Place {id: 'place:moscow'})
MERGE (a)-[r:TAKES_PLACE_IN]->(b)
SET
    r.wording = 'in Moscow',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:headline'];

// Russian embassy in London -[ANNOUNCED]-> Truss–Lavrov talks in Moscow
MATCH (a:Actor {id: 'org:russian-embassy-london'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:ANNOUNCED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:embassy-announced', 'ev:standfirst'];

// Only claimed (by Russia): claimId points at that claim.
// United Kingdom -[REQUESTED]-> Truss–Lavrov talks in Moscow
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:REQUESTED]->(b)
SET
    r.claimId = 'claim:russia-says-uk-requested-talks',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:russia-claims-uk-request', 'ev:standfirst'];

// Foreign Office -[DID_NOT_CONFIRM]-> Truss–Lavrov talks in Moscow
MATCH (a:Actor {id: 'org:foreign-office'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:DID_NOT_CONFIRM]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:fo-did-not-confirm'];

// Liz Truss -[PARTICIPATED_IN VISITOR]-> Truss’s visit to Kyiv to meet Zelenskiy
MATCH (a:Actor {id: 'person:liz-truss'})
MATCH (b:Meeting {id: 'meeting:truss-kyiv-visit'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'VISITOR',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:truss-due-in-kyiv'];

// United Kingdom -[PARTICIPATED_IN VISITOR]-> Truss’s visit to Kyiv to meet Zelenskiy
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Meeting {id: 'meeting:truss-kyiv-visit'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'VISITOR',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:truss-due-in-kyiv'];

// Volodymyr Zelenskiy -[PARTICIPATED_IN HOST]-> Truss’s visit to Kyiv to meet Zelenskiy
MATCH (a:Actor {id: 'person:volodymyr-zelenskiy'})
MATCH (b:Meeting {id: 'meeting:truss-kyiv-visit'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'HOST',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:zelenskiy-prime-minister'];

// Ukraine -[PARTICIPATED_IN HOST]-> Truss’s visit to Kyiv to meet Zelenskiy
MATCH (a:Actor {id: 'country:ukr'})
MATCH (b:Meeting {id: 'meeting:truss-kyiv-visit'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'HOST',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:zelenskiy-prime-minister'];

// Truss’s visit to Kyiv to meet Zelenskiy -[TAKES_PLACE_IN]-> Kyiv
MATCH (a:Meeting {id: 'meeting:truss-kyiv-visit'})
MATCH (b:Place {id: 'place:kyiv'})
MERGE (a)-[r:TAKES_PLACE_IN]->(b)
SET
    r.wording = 'visit Kyiv',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:truss-due-in-kyiv'];

// Boris Johnson -[PARTICIPATED_IN VISITOR]-> Boris Johnson’s visit to Moscow
MATCH (a:Actor {id: 'person:boris-johnson'})
MATCH (b:Meeting {id: 'meeting:johnson-moscow-visit-2017'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'VISITOR',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:johnson-december-2017'];

// United Kingdom -[PARTICIPATED_IN VISITOR]-> Boris Johnson’s visit to Moscow
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Meeting {id: 'meeting:johnson-moscow-visit-2017'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'VISITOR',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:johnson-december-2017'];

// Russia -[PARTICIPATED_IN HOST]-> Boris Johnson’s visit to Moscow
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Meeting {id: 'meeting:johnson-moscow-visit-2017'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'HOST',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:johnson-december-2017'];

// Boris Johnson’s visit to Moscow -[TAKES_PLACE_IN]-> Moscow
MATCH (a:Meeting {id: 'meeting:johnson-moscow-visit-2017'})
MATCH (b:Place {id: 'place:moscow'})
MERGE (a)-[r:TAKES_PLACE_IN]->(b)
SET
    r.wording = 'travel to Moscow',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:johnson-december-2017'];

// Theresa May -[PARTICIPATED_IN PARTICIPANT]-> Theresa May meets Vladimir Putin at the G20
MATCH (a:Actor {id: 'person:theresa-may'})
MATCH (b:Meeting {id: 'meeting:may-putin-g20-2019'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'PARTICIPANT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:may-putin-g20'];

// Vladimir Putin -[PARTICIPATED_IN PARTICIPANT]-> Theresa May meets Vladimir Putin at the G20
MATCH (a:Actor {id: 'person:vladimir-putin'})
MATCH (b:Meeting {id: 'meeting:may-putin-g20-2019'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'PARTICIPANT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:may-putin-g20'];

// United Kingdom -[PARTICIPATED_IN PARTICIPANT]-> Theresa May meets Vladimir Putin at the G20
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Meeting {id: 'meeting:may-putin-g20-2019'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'PARTICIPANT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-time-at-that-level'];

// Russia -[PARTICIPATED_IN PARTICIPANT]-> Theresa May meets Vladimir Putin at the G20
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Meeting {id: 'meeting:may-putin-g20-2019'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'PARTICIPANT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-time-at-that-level'];

// Theresa May meets Vladimir Putin at the G20 -[HELD_AT]-> G20
MATCH (a:Meeting {id: 'meeting:may-putin-g20-2019'})
MATCH (b:Actor {id: 'org:g20'})
MERGE (a)-[r:HELD_AT]->(b)
SET
    r.wording = 'on the margins of the G20',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:may-putin-g20'];
