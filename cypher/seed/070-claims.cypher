// 070-claims.cypher
// Claims: every attributed statement, belief, accusation, warning, insistence and assessment, with the speaker (ASSERTED),
// the article as reporter (REPORTED_IN), what it is ABOUT, its kind, mode, status, time and CAMEO code.
// Authorial claims (the article in its own voice) are asserted by The Guardian, the article's publisher.
// Idempotent: every node is MERGEd on its id and every relationship MERGEd between endpoints matched by id, then SET.
// Applied in one write transaction, after the files before it in name order.


// ================= Nodes

// Each way: 24 hours out of action in each direction.
MERGE (n:Quantity {id: 'qty:commercial-flight-24-hours-each-way'})
SET
    n.value = 24.0,
    n.unit = 'hour',
    n.currency = null,
    n.quantityKind = 'DURATION',
    n.text = '24 hours in each direction'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:out-of-action'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Quantity {id: 'qty:five-years-since-last-visit'})
SET
    n.value = 5.0,
    n.unit = 'year',
    n.currency = null,
    n.quantityKind = 'DURATION',
    n.text = 'five years'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:first-of-its-kind'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);


// ================= claim:embassy-announces-truss-lavrov-talks

// The announcement itself is a statement (010); the intent to meet (036) is carried by the meeting, so it is not counted twice.
MERGE (n:Claim {id: 'claim:embassy-announces-truss-lavrov-talks'})
SET
    n.text = 'The Russian embassy in London announced that Liz Truss will travel to Russia within the next two weeks for talks with Sergei Lavrov.',
    n.claimKind = 'ANNOUNCEMENT',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '010',
    n.goldstein = 0.0,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:embassy-announced', 'ev:headline', 'ev:standfirst'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Russian embassy in London -[ASSERTED]-> claim:embassy-announces-truss-lavrov-talks
MATCH (a:Actor {id: 'org:russian-embassy-london'})
MATCH (b:Claim {id: 'claim:embassy-announces-truss-lavrov-talks'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:embassy-announced', 'ev:headline', 'ev:standfirst'];

// Russia -[ASSERTED]-> claim:embassy-announces-truss-lavrov-talks
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Claim {id: 'claim:embassy-announces-truss-lavrov-talks'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:embassy-announced', 'ev:headline', 'ev:standfirst'];

// claim:embassy-announces-truss-lavrov-talks -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:embassy-announces-truss-lavrov-talks'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:embassy-announced', 'ev:headline', 'ev:standfirst'];

// claim:embassy-announces-truss-lavrov-talks -[ABOUT SUBJECT]-> Truss–Lavrov talks in Moscow
MATCH (a:Claim {id: 'claim:embassy-announces-truss-lavrov-talks'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:embassy-announced', 'ev:headline', 'ev:standfirst'];

// claim:embassy-announces-truss-lavrov-talks -[ABOUT SUBJECT]-> Liz Truss
MATCH (a:Claim {id: 'claim:embassy-announces-truss-lavrov-talks'})
MATCH (b:Actor {id: 'person:liz-truss'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:embassy-announced', 'ev:headline', 'ev:standfirst'];

// claim:embassy-announces-truss-lavrov-talks -[ABOUT SUBJECT]-> Sergei Lavrov
MATCH (a:Claim {id: 'claim:embassy-announces-truss-lavrov-talks'})
MATCH (b:Actor {id: 'person:sergei-lavrov'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:embassy-announced', 'ev:headline', 'ev:standfirst'];


// ================= claim:russia-says-uk-requested-talks

MERGE (n:Claim {id: 'claim:russia-says-uk-requested-talks'})
SET
    n.text = 'Russia says the UK asked for the foreign secretary’s visit to Moscow.',
    n.claimKind = 'STATEMENT',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '010',
    n.goldstein = 0.0,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:russia-claims-uk-request', 'ev:standfirst'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Russia -[ASSERTED]-> claim:russia-says-uk-requested-talks
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Claim {id: 'claim:russia-says-uk-requested-talks'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:russia-claims-uk-request', 'ev:standfirst'];

// Russian embassy in London -[ASSERTED]-> claim:russia-says-uk-requested-talks
MATCH (a:Actor {id: 'org:russian-embassy-london'})
MATCH (b:Claim {id: 'claim:russia-says-uk-requested-talks'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:russia-claims-uk-request', 'ev:standfirst'];

// claim:russia-says-uk-requested-talks -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:russia-says-uk-requested-talks'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:russia-claims-uk-request', 'ev:standfirst'];

// claim:russia-says-uk-requested-talks -[ABOUT SUBJECT]-> Truss–Lavrov talks in Moscow
MATCH (a:Claim {id: 'claim:russia-says-uk-requested-talks'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:russia-claims-uk-request', 'ev:standfirst'];

// claim:russia-says-uk-requested-talks -[ABOUT SUBJECT]-> United Kingdom
MATCH (a:Claim {id: 'claim:russia-says-uk-requested-talks'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:russia-claims-uk-request', 'ev:standfirst'];


// ================= claim:foreign-office-does-not-confirm-talks

MERGE (n:Claim {id: 'claim:foreign-office-does-not-confirm-talks'})
SET
    n.text = 'The Foreign Office did not confirm Truss’s visit to Moscow.',
    n.claimKind = 'STATEMENT',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:fo-did-not-confirm'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Foreign Office -[ASSERTED]-> The Foreign Office did not confirm Truss’s visit to Moscow.
MATCH (a:Actor {id: 'org:foreign-office'})
MATCH (b:Claim {id: 'claim:foreign-office-does-not-confirm-talks'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:fo-did-not-confirm'];

// The Foreign Office did not confirm Truss’s visit to Moscow. -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:foreign-office-does-not-confirm-talks'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:fo-did-not-confirm'];

// The Foreign Office did not confirm Truss’s visit to Moscow. -[ABOUT SUBJECT]-> Truss–Lavrov talks in Moscow
MATCH (a:Claim {id: 'claim:foreign-office-does-not-confirm-talks'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:fo-did-not-confirm'];


// ================= claim:article-talks-likely-to-go-ahead

MERGE (n:Claim {id: 'claim:article-talks-likely-to-go-ahead'})
SET
    n.text = 'The article judges that the Moscow visit is likely to go ahead.',
    n.claimKind = 'ASSESSMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:likely-to-go-ahead'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// The Guardian -[ASSERTED]-> claim:article-talks-likely-to-go-ahead
MATCH (a:Actor {id: 'org:the-guardian'})
MATCH (b:Claim {id: 'claim:article-talks-likely-to-go-ahead'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:likely-to-go-ahead'];

// claim:article-talks-likely-to-go-ahead -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:article-talks-likely-to-go-ahead'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:likely-to-go-ahead'];

// claim:article-talks-likely-to-go-ahead -[ABOUT SUBJECT]-> Truss–Lavrov talks in Moscow
MATCH (a:Claim {id: 'claim:article-talks-likely-to-go-ahead'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:likely-to-go-ahead'];


// ================= claim:article-first-such-visit-in-five-years

// Contradicted by the article’s own December 2017 date: see the discrepancy (090).
MERGE (n:Claim {id: 'claim:article-first-such-visit-in-five-years'})
SET
    n.text = 'The article says no foreign secretary will have made such a visit in five years.',
    n.claimKind = 'ASSESSMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:first-of-its-kind'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// The Guardian -[ASSERTED]-> claim:article-first-such-visit-in-five-years
MATCH (a:Actor {id: 'org:the-guardian'})
MATCH (b:Claim {id: 'claim:article-first-such-visit-in-five-years'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-of-its-kind'];

// claim:article-first-such-visit-in-five-years -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:article-first-such-visit-in-five-years'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-of-its-kind'];

// claim:article-first-such-visit-in-five-years -[ABOUT SUBJECT]-> Truss–Lavrov talks in Moscow
MATCH (a:Claim {id: 'claim:article-first-such-visit-in-five-years'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-of-its-kind'];


// ================= claim:truss-accuses-russia-of-plot

// 112 records that the accusation was made; the plot itself is only ALLEGED. That "the Ukrainian president" is Zelenskiy is background.
MERGE (n:Claim {id: 'claim:truss-accuses-russia-of-plot'})
SET
    n.text = 'Liz Truss accused Russia of plotting to overthrow Ukraine’s president and install a pro-Russian puppet in his place.',
    n.claimKind = 'ACCUSATION',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '112',
    n.goldstein = -2.0,
    n.timeText = 'Over the weekend',
    n.timeStart = date('2022-01-22'),
    n.timeEnd = date('2022-01-23'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:weekend-intelligence-head', 'ev:plot-accusation', 'ev:puppet-leader'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Liz Truss -[ASSERTED]-> claim:truss-accuses-russia-of-plot
MATCH (a:Actor {id: 'person:liz-truss'})
MATCH (b:Claim {id: 'claim:truss-accuses-russia-of-plot'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:weekend-intelligence-head', 'ev:plot-accusation', 'ev:puppet-leader'];

// claim:truss-accuses-russia-of-plot -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:truss-accuses-russia-of-plot'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:weekend-intelligence-head', 'ev:plot-accusation', 'ev:puppet-leader'];

// claim:truss-accuses-russia-of-plot -[ABOUT TARGET]-> Russia
MATCH (a:Claim {id: 'claim:truss-accuses-russia-of-plot'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:weekend-intelligence-head', 'ev:plot-accusation', 'ev:puppet-leader'];

// claim:truss-accuses-russia-of-plot -[ABOUT SUBJECT]-> Alleged Russian plot to topple the Ukrainian president
MATCH (a:Claim {id: 'claim:truss-accuses-russia-of-plot'})
MATCH (b:Event {id: 'event:plot-to-topple-ukrainian-president'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:weekend-intelligence-head', 'ev:plot-accusation', 'ev:puppet-leader'];

// claim:truss-accuses-russia-of-plot -[ABOUT SUBJECT]-> Russian puppet leader
MATCH (a:Claim {id: 'claim:truss-accuses-russia-of-plot'})
MATCH (b:Actor {id: 'person:russian-puppet-leader'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:weekend-intelligence-head', 'ev:plot-accusation', 'ev:puppet-leader'];

// claim:truss-accuses-russia-of-plot -[ABOUT SUBJECT]-> Volodymyr Zelenskiy  (background)
MATCH (a:Claim {id: 'claim:truss-accuses-russia-of-plot'})
MATCH (b:Actor {id: 'person:volodymyr-zelenskiy'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];


// ================= claim:truss-warns-of-strategic-mistake

MERGE (n:Claim {id: 'claim:truss-warns-of-strategic-mistake'})
SET
    n.text = 'Liz Truss has said more than once that invading Ukraine would be a huge strategic error for Russia.',
    n.claimKind = 'WARNING',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '012',
    n.goldstein = -0.4,
    n.timeText = 'repeatedly',
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:strategic-mistake'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Liz Truss -[ASSERTED]-> claim:truss-warns-of-strategic-mistake
MATCH (a:Actor {id: 'person:liz-truss'})
MATCH (b:Claim {id: 'claim:truss-warns-of-strategic-mistake'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:strategic-mistake'];

// claim:truss-warns-of-strategic-mistake -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:truss-warns-of-strategic-mistake'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:strategic-mistake'];

// claim:truss-warns-of-strategic-mistake -[ABOUT TARGET]-> Russia
MATCH (a:Claim {id: 'claim:truss-warns-of-strategic-mistake'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:strategic-mistake'];

// claim:truss-warns-of-strategic-mistake -[ABOUT SUBJECT]-> Possible Russian invasion of Ukraine
MATCH (a:Claim {id: 'claim:truss-warns-of-strategic-mistake'})
MATCH (b:Event {id: 'event:russian-invasion-of-ukraine'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:strategic-mistake'];


// ================= claim:truss-warns-of-severe-consequences

MERGE (n:Claim {id: 'claim:truss-warns-of-severe-consequences'})
SET
    n.text = 'Liz Truss has repeatedly warned that Russia will face severe consequences if it invades Ukraine.',
    n.claimKind = 'WARNING',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '130',
    n.goldstein = -4.4,
    n.timeText = 'repeatedly',
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:strategic-mistake', 'ev:severe-consequences'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Liz Truss -[ASSERTED]-> claim:truss-warns-of-severe-consequences
MATCH (a:Actor {id: 'person:liz-truss'})
MATCH (b:Claim {id: 'claim:truss-warns-of-severe-consequences'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:strategic-mistake', 'ev:severe-consequences'];

// claim:truss-warns-of-severe-consequences -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:truss-warns-of-severe-consequences'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:strategic-mistake', 'ev:severe-consequences'];

// claim:truss-warns-of-severe-consequences -[ABOUT TARGET]-> Russia
MATCH (a:Claim {id: 'claim:truss-warns-of-severe-consequences'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:strategic-mistake', 'ev:severe-consequences'];

// claim:truss-warns-of-severe-consequences -[ABOUT SUBJECT]-> Possible Russian invasion of Ukraine
MATCH (a:Claim {id: 'claim:truss-warns-of-severe-consequences'})
MATCH (b:Event {id: 'event:russian-invasion-of-ukraine'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:strategic-mistake', 'ev:severe-consequences'];


// ================= claim:russia-says-truss-reads-too-many-spy-novels

// A jibe rather than a charge, so 111 (criticise or denounce) rather than 112.
MERGE (n:Claim {id: 'claim:russia-says-truss-reads-too-many-spy-novels'})
SET
    n.text = 'Russia accused Liz Truss of reading too many spy novels.',
    n.claimKind = 'ACCUSATION',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '111',
    n.goldstein = -2.0,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:spy-novels'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Russia -[ASSERTED]-> Russia accused Liz Truss of reading too many spy novels.
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Claim {id: 'claim:russia-says-truss-reads-too-many-spy-novels'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:spy-novels'];

// Russia accused Liz Truss of reading too many spy novels. -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:russia-says-truss-reads-too-many-spy-novels'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:spy-novels'];

// Russia accused Liz Truss of reading too many spy novels. -[ABOUT TARGET]-> Liz Truss
MATCH (a:Claim {id: 'claim:russia-says-truss-reads-too-many-spy-novels'})
MATCH (b:Actor {id: 'person:liz-truss'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:spy-novels'];


// ================= claim:russia-believes-uk-in-decline

MERGE (n:Claim {id: 'claim:russia-believes-uk-in-decline'})
SET
    n.text = 'Russia believes the UK is in decline after Brexit.',
    n.claimKind = 'BELIEF',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '012',
    n.goldstein = -0.4,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:decline-post-brexit'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Russia -[ASSERTED]-> Russia believes the UK is in decline after Brexit.
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Claim {id: 'claim:russia-believes-uk-in-decline'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:decline-post-brexit'];

// Russia believes the UK is in decline after Brexit. -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:russia-believes-uk-in-decline'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:decline-post-brexit'];

// Russia believes the UK is in decline after Brexit. -[ABOUT TARGET]-> United Kingdom
MATCH (a:Claim {id: 'claim:russia-believes-uk-in-decline'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:decline-post-brexit'];


// ================= claim:british-diplomats-say-closest-relations-ever

// 013 make optimistic comment (Goldstein 0.4).
MERGE (n:Claim {id: 'claim:british-diplomats-say-closest-relations-ever'})
SET
    n.text = 'British diplomats say the UK’s actions have brought UK–Ukraine relations to their closest ever.',
    n.claimKind = 'STATEMENT',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '013',
    n.goldstein = 0.4,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:closest-relations'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// British diplomats -[ASSERTED]-> claim:british-diplomats-say-closest-relations-ever
MATCH (a:Actor {id: 'group:british-diplomats'})
MATCH (b:Claim {id: 'claim:british-diplomats-say-closest-relations-ever'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:closest-relations'];

// claim:british-diplomats-say-closest-relations-ever -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:british-diplomats-say-closest-relations-ever'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:closest-relations'];

// claim:british-diplomats-say-closest-relations-ever -[ABOUT SUBJECT]-> United Kingdom
MATCH (a:Claim {id: 'claim:british-diplomats-say-closest-relations-ever'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:closest-relations'];

// claim:british-diplomats-say-closest-relations-ever -[ABOUT SUBJECT]-> Ukraine
MATCH (a:Claim {id: 'claim:british-diplomats-say-closest-relations-ever'})
MATCH (b:Actor {id: 'country:ukr'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:closest-relations'];

// claim:british-diplomats-say-closest-relations-ever -[ABOUT SUBJECT]-> HMS Defender sails close to Crimea
MATCH (a:Claim {id: 'claim:british-diplomats-say-closest-relations-ever'})
MATCH (b:Event {id: 'event:hms-defender-crimea-passage'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:closest-relations'];

// claim:british-diplomats-say-closest-relations-ever -[ABOUT SUBJECT]-> UK lends Ukraine £1.8bn to strengthen its navy
MATCH (a:Claim {id: 'claim:british-diplomats-say-closest-relations-ever'})
MATCH (b:Event {id: 'event:uk-navy-loans-to-ukraine'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:closest-relations'];


// ================= claim:uk-government-crimea-is-ukrainian

MERGE (n:Claim {id: 'claim:uk-government-crimea-is-ukrainian'})
SET
    n.text = 'The UK government holds that Crimea remains Ukrainian territory.',
    n.claimKind = 'BELIEF',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '010',
    n.goldstein = 0.0,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:crimea-view'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// UK government -[ASSERTED]-> claim:uk-government-crimea-is-ukrainian
MATCH (a:Actor {id: 'org:uk-government'})
MATCH (b:Claim {id: 'claim:uk-government-crimea-is-ukrainian'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:crimea-view'];

// claim:uk-government-crimea-is-ukrainian -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:uk-government-crimea-is-ukrainian'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:crimea-view'];

// claim:uk-government-crimea-is-ukrainian -[ABOUT SUBJECT]-> Crimea
MATCH (a:Claim {id: 'claim:uk-government-crimea-is-ukrainian'})
MATCH (b:Place {id: 'place:crimea'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:crimea-view'];

// claim:uk-government-crimea-is-ukrainian -[ABOUT SUBJECT]-> Ukraine
MATCH (a:Claim {id: 'claim:uk-government-crimea-is-ukrainian'})
MATCH (b:Actor {id: 'country:ukr'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:crimea-view'];


// ================= claim:uk-advocates-tough-measures-against-russia

MERGE (n:Claim {id: 'claim:uk-advocates-tough-measures-against-russia'})
SET
    n.text = 'Britain is one of the Nato states pressing for strong steps to dissuade Russia from invading Ukraine.',
    n.claimKind = 'STATEMENT',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:britain-among-nato', 'ev:tough-measures'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// United Kingdom -[ASSERTED]-> claim:uk-advocates-tough-measures-against-russia
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Claim {id: 'claim:uk-advocates-tough-measures-against-russia'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:britain-among-nato', 'ev:tough-measures'];

// claim:uk-advocates-tough-measures-against-russia -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:uk-advocates-tough-measures-against-russia'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:britain-among-nato', 'ev:tough-measures'];

// claim:uk-advocates-tough-measures-against-russia -[ABOUT TARGET]-> Russia
MATCH (a:Claim {id: 'claim:uk-advocates-tough-measures-against-russia'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:britain-among-nato', 'ev:tough-measures'];

// claim:uk-advocates-tough-measures-against-russia -[ABOUT SUBJECT]-> Possible Russian invasion of Ukraine
MATCH (a:Claim {id: 'claim:uk-advocates-tough-measures-against-russia'})
MATCH (b:Event {id: 'event:russian-invasion-of-ukraine'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:britain-among-nato', 'ev:tough-measures'];


// ================= claim:article-three-powers-most-hostile-to-russia

MERGE (n:Claim {id: 'claim:article-three-powers-most-hostile-to-russia'})
SET
    n.text = 'The article describes the UK, Ukraine and Poland as the three powers in Europe most hostile to Russia.',
    n.claimKind = 'ASSESSMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:most-hostile'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// The Guardian -[ASSERTED]-> claim:article-three-powers-most-hostile-to-russia
MATCH (a:Actor {id: 'org:the-guardian'})
MATCH (b:Claim {id: 'claim:article-three-powers-most-hostile-to-russia'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:most-hostile'];

// claim:article-three-powers-most-hostile-to-russia -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:article-three-powers-most-hostile-to-russia'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:most-hostile'];

// claim:article-three-powers-most-hostile-to-russia -[ABOUT SUBJECT]-> United Kingdom
MATCH (a:Claim {id: 'claim:article-three-powers-most-hostile-to-russia'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:most-hostile'];

// claim:article-three-powers-most-hostile-to-russia -[ABOUT SUBJECT]-> Ukraine
MATCH (a:Claim {id: 'claim:article-three-powers-most-hostile-to-russia'})
MATCH (b:Actor {id: 'country:ukr'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:most-hostile'];

// claim:article-three-powers-most-hostile-to-russia -[ABOUT SUBJECT]-> Poland
MATCH (a:Claim {id: 'claim:article-three-powers-most-hostile-to-russia'})
MATCH (b:Actor {id: 'country:pol'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:most-hostile'];

// claim:article-three-powers-most-hostile-to-russia -[ABOUT TARGET]-> Russia
MATCH (a:Claim {id: 'claim:article-three-powers-most-hostile-to-russia'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:most-hostile'];

// claim:article-three-powers-most-hostile-to-russia -[ABOUT SUBJECT]-> Proposed trilateral alliance of the UK, Ukraine and Poland
MATCH (a:Claim {id: 'claim:article-three-powers-most-hostile-to-russia'})
MATCH (b:Event {id: 'event:uk-ukraine-poland-alliance-proposal'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:most-hostile'];


// ================= claim:truss-to-warn-sanctions-will-hit-putins-allies

// A warning still to be delivered: PLANNED. The article states the purpose in its own voice (AUTHORIAL); Truss is the one to deliver it.
MERGE (n:Claim {id: 'claim:truss-to-warn-sanctions-will-hit-putins-allies'})
SET
    n.text = 'At the Moscow talks Truss is to make clear that sanctions after an invasion of Ukraine would damage Russia’s economy and the private fortunes of people close to Putin.',
    n.claimKind = 'WARNING',
    n.mode = 'AUTHORIAL',
    n.status = 'PLANNED',
    n.cameoCode = '1312',
    n.goldstein = -5.8,
    n.timeText = 'within next two weeks',
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-02-13'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:meeting-purpose', 'ev:sanctions-if-invasion', 'ev:allies-wealth'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Liz Truss -[ASSERTED]-> claim:truss-to-warn-sanctions-will-hit-putins-allies
MATCH (a:Actor {id: 'person:liz-truss'})
MATCH (b:Claim {id: 'claim:truss-to-warn-sanctions-will-hit-putins-allies'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:meeting-purpose', 'ev:sanctions-if-invasion', 'ev:allies-wealth'];

// claim:truss-to-warn-sanctions-will-hit-putins-allies -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:truss-to-warn-sanctions-will-hit-putins-allies'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:meeting-purpose', 'ev:sanctions-if-invasion', 'ev:allies-wealth'];

// claim:truss-to-warn-sanctions-will-hit-putins-allies -[ABOUT TARGET]-> Russia
MATCH (a:Claim {id: 'claim:truss-to-warn-sanctions-will-hit-putins-allies'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:meeting-purpose', 'ev:sanctions-if-invasion', 'ev:allies-wealth'];

// claim:truss-to-warn-sanctions-will-hit-putins-allies -[ABOUT TARGET]-> Putin’s closest allies
MATCH (a:Claim {id: 'claim:truss-to-warn-sanctions-will-hit-putins-allies'})
MATCH (b:Actor {id: 'group:putins-closest-allies'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:meeting-purpose', 'ev:sanctions-if-invasion', 'ev:allies-wealth'];

// claim:truss-to-warn-sanctions-will-hit-putins-allies -[ABOUT SUBJECT]-> Economic sanctions on Russia if it invades Ukraine
MATCH (a:Claim {id: 'claim:truss-to-warn-sanctions-will-hit-putins-allies'})
MATCH (b:Event {id: 'event:sanctions-on-russia-if-invasion'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:meeting-purpose', 'ev:sanctions-if-invasion', 'ev:allies-wealth'];

// claim:truss-to-warn-sanctions-will-hit-putins-allies -[ABOUT SUBJECT]-> Truss–Lavrov talks in Moscow
MATCH (a:Claim {id: 'claim:truss-to-warn-sanctions-will-hit-putins-allies'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:meeting-purpose', 'ev:sanctions-if-invasion', 'ev:allies-wealth'];


// ================= claim:article-allies-wealth-in-london-property

MERGE (n:Claim {id: 'claim:article-allies-wealth-in-london-property'})
SET
    n.text = 'Much of the wealth of Putin’s closest allies is invested in the London property market.',
    n.claimKind = 'STATEMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:london-property'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// The Guardian -[ASSERTED]-> claim:article-allies-wealth-in-london-property
MATCH (a:Actor {id: 'org:the-guardian'})
MATCH (b:Claim {id: 'claim:article-allies-wealth-in-london-property'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:london-property'];

// claim:article-allies-wealth-in-london-property -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:article-allies-wealth-in-london-property'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:london-property'];

// claim:article-allies-wealth-in-london-property -[ABOUT SUBJECT]-> Putin’s closest allies
MATCH (a:Claim {id: 'claim:article-allies-wealth-in-london-property'})
MATCH (b:Actor {id: 'group:putins-closest-allies'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:london-property'];

// claim:article-allies-wealth-in-london-property -[ABOUT SUBJECT]-> London
MATCH (a:Claim {id: 'claim:article-allies-wealth-in-london-property'})
MATCH (b:Place {id: 'place:london'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:london-property'];


// ================= claim:us-state-department-uk-not-done-enough-on-oligarchs

// Voiced before the Chatham House report echoed it.
MERGE (n:Claim {id: 'claim:us-state-department-uk-not-done-enough-on-oligarchs'})
SET
    n.text = 'The US state department worries that Britain has not shown it will curb the Russian oligarchs who buy British property.',
    n.claimKind = 'CONCERN',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '111',
    n.goldstein = -2.0,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-28'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:echoed-us-concerns', 'ev:rein-in-oligarchs'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// US state department -[ASSERTED]-> claim:us-state-department-uk-not-done-enough-on-oligarchs
MATCH (a:Actor {id: 'org:us-state-department'})
MATCH (b:Claim {id: 'claim:us-state-department-uk-not-done-enough-on-oligarchs'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:echoed-us-concerns', 'ev:rein-in-oligarchs'];

// claim:us-state-department-uk-not-done-enough-on-oligarchs -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:us-state-department-uk-not-done-enough-on-oligarchs'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:echoed-us-concerns', 'ev:rein-in-oligarchs'];

// claim:us-state-department-uk-not-done-enough-on-oligarchs -[ABOUT TARGET]-> United Kingdom
MATCH (a:Claim {id: 'claim:us-state-department-uk-not-done-enough-on-oligarchs'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:echoed-us-concerns', 'ev:rein-in-oligarchs'];

// claim:us-state-department-uk-not-done-enough-on-oligarchs -[ABOUT SUBJECT]-> Russian oligarchs
MATCH (a:Claim {id: 'claim:us-state-department-uk-not-done-enough-on-oligarchs'})
MATCH (b:Actor {id: 'group:russian-oligarchs'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:echoed-us-concerns', 'ev:rein-in-oligarchs'];


// ================= claim:chatham-house-uk-not-done-enough-on-oligarchs

MERGE (n:Claim {id: 'claim:chatham-house-uk-not-done-enough-on-oligarchs'})
SET
    n.text = 'Chatham House’s report shares the US worry that Britain has not shown it will curb the Russian oligarchs who buy British property.',
    n.claimKind = 'CONCERN',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '111',
    n.goldstein = -2.0,
    n.timeText = 'on Friday',
    n.timeStart = date('2022-01-21'),
    n.timeEnd = date('2022-01-28'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:chatham-house-report', 'ev:echoed-us-concerns', 'ev:rein-in-oligarchs'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Chatham House -[ASSERTED]-> claim:chatham-house-uk-not-done-enough-on-oligarchs
MATCH (a:Actor {id: 'org:chatham-house'})
MATCH (b:Claim {id: 'claim:chatham-house-uk-not-done-enough-on-oligarchs'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-report', 'ev:echoed-us-concerns', 'ev:rein-in-oligarchs'];

// claim:chatham-house-uk-not-done-enough-on-oligarchs -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:chatham-house-uk-not-done-enough-on-oligarchs'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-report', 'ev:echoed-us-concerns', 'ev:rein-in-oligarchs'];

// claim:chatham-house-uk-not-done-enough-on-oligarchs -[ABOUT TARGET]-> United Kingdom
MATCH (a:Claim {id: 'claim:chatham-house-uk-not-done-enough-on-oligarchs'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-report', 'ev:echoed-us-concerns', 'ev:rein-in-oligarchs'];

// claim:chatham-house-uk-not-done-enough-on-oligarchs -[ABOUT SUBJECT]-> Russian oligarchs
MATCH (a:Claim {id: 'claim:chatham-house-uk-not-done-enough-on-oligarchs'})
MATCH (b:Actor {id: 'group:russian-oligarchs'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-report', 'ev:echoed-us-concerns', 'ev:rein-in-oligarchs'];

// claim:chatham-house-uk-not-done-enough-on-oligarchs -[ABOUT SUBJECT]-> Chatham House report on the UK’s Russia strategy
MATCH (a:Claim {id: 'claim:chatham-house-uk-not-done-enough-on-oligarchs'})
MATCH (b:Event {id: 'event:chatham-house-russia-strategy-report'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-report', 'ev:echoed-us-concerns', 'ev:rein-in-oligarchs'];


// ================= claim:chatham-house-city-of-london-gives-uk-leverage

// A direct quote of the report, kept as four short clauses.
MERGE (n:Claim {id: 'claim:chatham-house-city-of-london-gives-uk-leverage'})
SET
    n.text = 'Chatham House’s report says the City of London gives the UK more leverage over Russia than most of its commercial partners, if the government will accept the cost of tougher sanctions to well-connected sectors.',
    n.claimKind = 'ASSESSMENT',
    n.mode = 'DIRECT_QUOTE',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = 'on Friday',
    n.timeStart = date('2022-01-21'),
    n.timeEnd = date('2022-01-28'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:chatham-house-says', 'ev:city-leverage', 'ev:commercial-partners', 'ev:tolerate-the-hit', 'ev:stringent-sanctions'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Chatham House -[ASSERTED]-> claim:chatham-house-city-of-london-gives-uk-leverage
MATCH (a:Actor {id: 'org:chatham-house'})
MATCH (b:Claim {id: 'claim:chatham-house-city-of-london-gives-uk-leverage'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-says', 'ev:city-leverage', 'ev:commercial-partners', 'ev:tolerate-the-hit', 'ev:stringent-sanctions'];

// claim:chatham-house-city-of-london-gives-uk-leverage -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:chatham-house-city-of-london-gives-uk-leverage'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-says', 'ev:city-leverage', 'ev:commercial-partners', 'ev:tolerate-the-hit', 'ev:stringent-sanctions'];

// claim:chatham-house-city-of-london-gives-uk-leverage -[ABOUT SUBJECT]-> City of London
MATCH (a:Claim {id: 'claim:chatham-house-city-of-london-gives-uk-leverage'})
MATCH (b:Place {id: 'place:city-of-london'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-says', 'ev:city-leverage', 'ev:commercial-partners', 'ev:tolerate-the-hit', 'ev:stringent-sanctions'];

// claim:chatham-house-city-of-london-gives-uk-leverage -[ABOUT SUBJECT]-> United Kingdom
MATCH (a:Claim {id: 'claim:chatham-house-city-of-london-gives-uk-leverage'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-says', 'ev:city-leverage', 'ev:commercial-partners', 'ev:tolerate-the-hit', 'ev:stringent-sanctions'];

// claim:chatham-house-city-of-london-gives-uk-leverage -[ABOUT SUBJECT]-> Russia
MATCH (a:Claim {id: 'claim:chatham-house-city-of-london-gives-uk-leverage'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-says', 'ev:city-leverage', 'ev:commercial-partners', 'ev:tolerate-the-hit', 'ev:stringent-sanctions'];

// claim:chatham-house-city-of-london-gives-uk-leverage -[ABOUT SUBJECT]-> Economic sanctions on Russia if it invades Ukraine
MATCH (a:Claim {id: 'claim:chatham-house-city-of-london-gives-uk-leverage'})
MATCH (b:Event {id: 'event:sanctions-on-russia-if-invasion'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-says', 'ev:city-leverage', 'ev:commercial-partners', 'ev:tolerate-the-hit', 'ev:stringent-sanctions'];

// claim:chatham-house-city-of-london-gives-uk-leverage -[ABOUT SUBJECT]-> Chatham House report on the UK’s Russia strategy
MATCH (a:Claim {id: 'claim:chatham-house-city-of-london-gives-uk-leverage'})
MATCH (b:Event {id: 'event:chatham-house-russia-strategy-report'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-says', 'ev:city-leverage', 'ev:commercial-partners', 'ev:tolerate-the-hit', 'ev:stringent-sanctions'];


// ================= claim:uk-officials-insist-strong-anti-corruption-law

MERGE (n:Claim {id: 'claim:uk-officials-insist-strong-anti-corruption-law'})
SET
    n.text = 'UK officials insist that the UK has strong anti-corruption legislation.',
    n.claimKind = 'INSISTENCE',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '010',
    n.goldstein = 0.0,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:officials-insist'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// UK officials -[ASSERTED]-> claim:uk-officials-insist-strong-anti-corruption-law
MATCH (a:Actor {id: 'group:uk-officials'})
MATCH (b:Claim {id: 'claim:uk-officials-insist-strong-anti-corruption-law'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:officials-insist'];

// claim:uk-officials-insist-strong-anti-corruption-law -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:uk-officials-insist-strong-anti-corruption-law'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:officials-insist'];

// claim:uk-officials-insist-strong-anti-corruption-law -[ABOUT SUBJECT]-> United Kingdom
MATCH (a:Claim {id: 'claim:uk-officials-insist-strong-anti-corruption-law'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:officials-insist'];

// claim:uk-officials-insist-strong-anti-corruption-law -[ABOUT SUBJECT]-> Russian oligarchs
MATCH (a:Claim {id: 'claim:uk-officials-insist-strong-anti-corruption-law'})
MATCH (b:Actor {id: 'group:russian-oligarchs'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:officials-insist'];


// ================= claim:us-concern-at-conservative-reluctance-over-donors

MERGE (n:Claim {id: 'claim:us-concern-at-conservative-reluctance-over-donors'})
SET
    n.text = 'Anger is growing in the US at the Conservatives’ perceived unwillingness to confront some of their big donors.',
    n.claimKind = 'CONCERN',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '111',
    n.goldstein = -2.0,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:head-of-steam', 'ev:conservative-reluctance'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// United States -[ASSERTED]-> claim:us-concern-at-conservative-reluctance-over-donors
MATCH (a:Actor {id: 'country:usa'})
MATCH (b:Claim {id: 'claim:us-concern-at-conservative-reluctance-over-donors'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:head-of-steam', 'ev:conservative-reluctance'];

// claim:us-concern-at-conservative-reluctance-over-donors -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:us-concern-at-conservative-reluctance-over-donors'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:head-of-steam', 'ev:conservative-reluctance'];

// claim:us-concern-at-conservative-reluctance-over-donors -[ABOUT TARGET]-> Conservative party
MATCH (a:Claim {id: 'claim:us-concern-at-conservative-reluctance-over-donors'})
MATCH (b:Actor {id: 'org:conservative-party'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:head-of-steam', 'ev:conservative-reluctance'];

// claim:us-concern-at-conservative-reluctance-over-donors -[ABOUT SUBJECT]-> Prominent Conservative party donors
MATCH (a:Claim {id: 'claim:us-concern-at-conservative-reluctance-over-donors'})
MATCH (b:Actor {id: 'group:conservative-party-donors'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:head-of-steam', 'ev:conservative-reluctance'];


// ================= claim:article-truss-in-hot-water-over-jet-bill

MERGE (n:Claim {id: 'claim:article-truss-in-hot-water-over-jet-bill'})
SET
    n.text = 'The article says Truss recently got into trouble when it emerged that the taxpayer paid a £500,000 bill for the private jet she chartered to Australia.',
    n.claimKind = 'ASSESSMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:hot-water', 'ev:jet-bill'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// The Guardian -[ASSERTED]-> claim:article-truss-in-hot-water-over-jet-bill
MATCH (a:Actor {id: 'org:the-guardian'})
MATCH (b:Claim {id: 'claim:article-truss-in-hot-water-over-jet-bill'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:hot-water', 'ev:jet-bill'];

// claim:article-truss-in-hot-water-over-jet-bill -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:article-truss-in-hot-water-over-jet-bill'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:hot-water', 'ev:jet-bill'];

// claim:article-truss-in-hot-water-over-jet-bill -[ABOUT TARGET]-> Liz Truss
MATCH (a:Claim {id: 'claim:article-truss-in-hot-water-over-jet-bill'})
MATCH (b:Actor {id: 'person:liz-truss'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:hot-water', 'ev:jet-bill'];

// claim:article-truss-in-hot-water-over-jet-bill -[ABOUT SUBJECT]-> Taxpayer left with a £500,000 bill for Truss’s private jet
MATCH (a:Claim {id: 'claim:article-truss-in-hot-water-over-jet-bill'})
MATCH (b:Event {id: 'event:truss-jet-bill'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:hot-water', 'ev:jet-bill'];

// claim:article-truss-in-hot-water-over-jet-bill -[ABOUT SUBJECT]-> Truss flies to Australia by private jet for a three-day visit
MATCH (a:Claim {id: 'claim:article-truss-in-hot-water-over-jet-bill'})
MATCH (b:Event {id: 'event:truss-australia-jet-trip'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:hot-water', 'ev:jet-bill'];


// ================= claim:foreign-office-truss-will-keep-chartering-planes

MERGE (n:Claim {id: 'claim:foreign-office-truss-will-keep-chartering-planes'})
SET
    n.text = 'According to the Foreign Office, Truss will keep flying on chartered aircraft.',
    n.claimKind = 'STATEMENT',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '010',
    n.goldstein = 0.0,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:chartered-planes'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Foreign Office -[ASSERTED]-> claim:foreign-office-truss-will-keep-chartering-planes
MATCH (a:Actor {id: 'org:foreign-office'})
MATCH (b:Claim {id: 'claim:foreign-office-truss-will-keep-chartering-planes'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chartered-planes'];

// claim:foreign-office-truss-will-keep-chartering-planes -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:foreign-office-truss-will-keep-chartering-planes'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chartered-planes'];

// claim:foreign-office-truss-will-keep-chartering-planes -[ABOUT SUBJECT]-> Liz Truss
MATCH (a:Claim {id: 'claim:foreign-office-truss-will-keep-chartering-planes'})
MATCH (b:Actor {id: 'person:liz-truss'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chartered-planes'];

// claim:foreign-office-truss-will-keep-chartering-planes -[ABOUT SUBJECT]-> Truss to keep travelling by chartered planes
MATCH (a:Claim {id: 'claim:foreign-office-truss-will-keep-chartering-planes'})
MATCH (b:Event {id: 'event:truss-chartered-plane-travel'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chartered-planes'];


// ================= claim:foreign-office-jet-hired-by-uk-government

MERGE (n:Claim {id: 'claim:foreign-office-jet-hired-by-uk-government'})
SET
    n.text = 'The Foreign Office said the Australia plane was hired by the UK government.',
    n.claimKind = 'STATEMENT',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '010',
    n.goldstein = 0.0,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:plane-hired'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Foreign Office -[ASSERTED]-> claim:foreign-office-jet-hired-by-uk-government
MATCH (a:Actor {id: 'org:foreign-office'})
MATCH (b:Claim {id: 'claim:foreign-office-jet-hired-by-uk-government'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:plane-hired'];

// claim:foreign-office-jet-hired-by-uk-government -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:foreign-office-jet-hired-by-uk-government'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:plane-hired'];

// claim:foreign-office-jet-hired-by-uk-government -[ABOUT SUBJECT]-> Truss flies to Australia by private jet for a three-day visit
MATCH (a:Claim {id: 'claim:foreign-office-jet-hired-by-uk-government'})
MATCH (b:Event {id: 'event:truss-australia-jet-trip'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:plane-hired'];

// claim:foreign-office-jet-hired-by-uk-government -[ABOUT SUBJECT]-> UK government
MATCH (a:Claim {id: 'claim:foreign-office-jet-hired-by-uk-government'})
MATCH (b:Actor {id: 'org:uk-government'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:plane-hired'];


// ================= claim:foreign-office-commercial-flights-lose-24-hours-each-way

MERGE (n:Claim {id: 'claim:foreign-office-commercial-flights-lose-24-hours-each-way'})
SET
    n.text = 'The Foreign Office said that flying commercially would in effect put Truss out of action for 24 hours each way.',
    n.claimKind = 'STATEMENT',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '010',
    n.goldstein = 0.0,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:commercial-travel', 'ev:out-of-action'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Foreign Office -[ASSERTED]-> claim:foreign-office-commercial-flights-lose-24-hours-each-way
MATCH (a:Actor {id: 'org:foreign-office'})
MATCH (b:Claim {id: 'claim:foreign-office-commercial-flights-lose-24-hours-each-way'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:commercial-travel', 'ev:out-of-action'];

// claim:foreign-office-commercial-flights-lose-24-hours-each-way -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:foreign-office-commercial-flights-lose-24-hours-each-way'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:commercial-travel', 'ev:out-of-action'];

// claim:foreign-office-commercial-flights-lose-24-hours-each-way -[ABOUT SUBJECT]-> Liz Truss
MATCH (a:Claim {id: 'claim:foreign-office-commercial-flights-lose-24-hours-each-way'})
MATCH (b:Actor {id: 'person:liz-truss'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:commercial-travel', 'ev:out-of-action'];

// claim:foreign-office-commercial-flights-lose-24-hours-each-way -[ABOUT SUBJECT]-> Truss flies to Australia by private jet for a three-day visit
MATCH (a:Claim {id: 'claim:foreign-office-commercial-flights-lose-24-hours-each-way'})
MATCH (b:Event {id: 'event:truss-australia-jet-trip'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:commercial-travel', 'ev:out-of-action'];


// ================= claim:foreign-office-truss-needs-daily-top-secret-access

MERGE (n:Claim {id: 'claim:foreign-office-truss-needs-daily-top-secret-access'})
SET
    n.text = 'The Foreign Office said Truss must access top-secret information every day, which a normal commercial flight would not allow.',
    n.claimKind = 'STATEMENT',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = '010',
    n.goldstein = 0.0,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:top-secret'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Foreign Office -[ASSERTED]-> claim:foreign-office-truss-needs-daily-top-secret-access
MATCH (a:Actor {id: 'org:foreign-office'})
MATCH (b:Claim {id: 'claim:foreign-office-truss-needs-daily-top-secret-access'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:top-secret'];

// claim:foreign-office-truss-needs-daily-top-secret-access -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:foreign-office-truss-needs-daily-top-secret-access'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:top-secret'];

// claim:foreign-office-truss-needs-daily-top-secret-access -[ABOUT SUBJECT]-> Liz Truss
MATCH (a:Claim {id: 'claim:foreign-office-truss-needs-daily-top-secret-access'})
MATCH (b:Actor {id: 'person:liz-truss'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:top-secret'];

// claim:foreign-office-truss-needs-daily-top-secret-access -[ABOUT SUBJECT]-> Truss flies to Australia by private jet for a three-day visit
MATCH (a:Claim {id: 'claim:foreign-office-truss-needs-daily-top-secret-access'})
MATCH (b:Event {id: 'event:truss-australia-jet-trip'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:top-secret'];


// ================= claim:article-may-putin-first-top-level-meeting-since-poisoning

MERGE (n:Claim {id: 'claim:article-may-putin-first-top-level-meeting-since-poisoning'})
SET
    n.text = 'The article says the May–Putin meeting in 2019 was the first between the two sides at that level since the poisoning led to a diplomatic collapse.',
    n.claimKind = 'STATEMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2022-01-24'),
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'WEEK'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:first-time-at-that-level'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// The Guardian -[ASSERTED]-> claim:article-may-putin-first-top-level-meeting-since-poisoning
MATCH (a:Actor {id: 'org:the-guardian'})
MATCH (b:Claim {id: 'claim:article-may-putin-first-top-level-meeting-since-poisoning'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-time-at-that-level'];

// claim:article-may-putin-first-top-level-meeting-since-poisoning -[REPORTED_IN]-> src:article
MATCH (a:Claim {id: 'claim:article-may-putin-first-top-level-meeting-since-poisoning'})
MATCH (b:Source {id: 'src:article'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-time-at-that-level'];

// claim:article-may-putin-first-top-level-meeting-since-poisoning -[ABOUT SUBJECT]-> Theresa May meets Vladimir Putin at the G20
MATCH (a:Claim {id: 'claim:article-may-putin-first-top-level-meeting-since-poisoning'})
MATCH (b:Meeting {id: 'meeting:may-putin-g20-2019'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-time-at-that-level'];

// claim:article-may-putin-first-top-level-meeting-since-poisoning -[ABOUT SUBJECT]-> Russia poisons a UK double agent
MATCH (a:Claim {id: 'claim:article-may-putin-first-top-level-meeting-since-poisoning'})
MATCH (b:Event {id: 'event:double-agent-poisoning'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-time-at-that-level'];

// claim:article-may-putin-first-top-level-meeting-since-poisoning -[ABOUT SUBJECT]-> Full-scale diplomatic collapse between the UK and Russia
MATCH (a:Claim {id: 'claim:article-may-putin-first-top-level-meeting-since-poisoning'})
MATCH (b:Event {id: 'event:uk-russia-diplomatic-collapse'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-time-at-that-level'];


// ================= Relationships

// claim:article-first-such-visit-in-five-years -[HAS_QUANTITY GAP]-> five years
MATCH (a:Claim {id: 'claim:article-first-such-visit-in-five-years'})
MATCH (b:Quantity {id: 'qty:five-years-since-last-visit'})
MERGE (a)-[r:HAS_QUANTITY]->(b)
SET
    r.role = 'GAP',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:first-of-its-kind'];

// claim:foreign-office-commercial-flights-lose-24-hours-each-way -[HAS_QUANTITY DURATION]-> 24 hours in each direction
MATCH (a:Claim {id: 'claim:foreign-office-commercial-flights-lose-24-hours-each-way'})
MATCH (b:Quantity {id: 'qty:commercial-flight-24-hours-each-way'})
MERGE (a)-[r:HAS_QUANTITY]->(b)
SET
    r.role = 'DURATION',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:out-of-action'];

// claim:chatham-house-uk-not-done-enough-on-oligarchs -[ECHOES]-> claim:us-state-department-uk-not-done-enough-on-oligarchs
MATCH (a:Claim {id: 'claim:chatham-house-uk-not-done-enough-on-oligarchs'})
MATCH (b:Claim {id: 'claim:us-state-department-uk-not-done-enough-on-oligarchs'})
MERGE (a)-[r:ECHOES]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:echoed-us-concerns'];

// The spy-novel jibe answers her accusations of a Russian plot.
// Russia accused Liz Truss of reading too many spy novels. -[RESPONDS_TO]-> claim:truss-accuses-russia-of-plot
MATCH (a:Claim {id: 'claim:russia-says-truss-reads-too-many-spy-novels'})
MATCH (b:Claim {id: 'claim:truss-accuses-russia-of-plot'})
MERGE (a)-[r:RESPONDS_TO]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:spy-novels', 'ev:plot-accusation'];

// claim:uk-officials-insist-strong-anti-corruption-law -[RESPONDS_TO]-> claim:us-state-department-uk-not-done-enough-on-oligarchs
MATCH (a:Claim {id: 'claim:uk-officials-insist-strong-anti-corruption-law'})
MATCH (b:Claim {id: 'claim:us-state-department-uk-not-done-enough-on-oligarchs'})
MERGE (a)-[r:RESPONDS_TO]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:officials-insist', 'ev:echoed-us-concerns'];

// claim:uk-officials-insist-strong-anti-corruption-law -[RESPONDS_TO]-> claim:chatham-house-uk-not-done-enough-on-oligarchs
MATCH (a:Claim {id: 'claim:uk-officials-insist-strong-anti-corruption-law'})
MATCH (b:Claim {id: 'claim:chatham-house-uk-not-done-enough-on-oligarchs'})
MERGE (a)-[r:RESPONDS_TO]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:officials-insist', 'ev:echoed-us-concerns'];

// claim:foreign-office-jet-hired-by-uk-government -[RESPONDS_TO]-> claim:article-truss-in-hot-water-over-jet-bill
MATCH (a:Claim {id: 'claim:foreign-office-jet-hired-by-uk-government'})
MATCH (b:Claim {id: 'claim:article-truss-in-hot-water-over-jet-bill'})
MERGE (a)-[r:RESPONDS_TO]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:hot-water', 'ev:plane-hired'];

// claim:foreign-office-commercial-flights-lose-24-hours-each-way -[RESPONDS_TO]-> claim:article-truss-in-hot-water-over-jet-bill
MATCH (a:Claim {id: 'claim:foreign-office-commercial-flights-lose-24-hours-each-way'})
MATCH (b:Claim {id: 'claim:article-truss-in-hot-water-over-jet-bill'})
MERGE (a)-[r:RESPONDS_TO]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:hot-water', 'ev:out-of-action'];

// claim:foreign-office-truss-needs-daily-top-secret-access -[RESPONDS_TO]-> claim:article-truss-in-hot-water-over-jet-bill
MATCH (a:Claim {id: 'claim:foreign-office-truss-needs-daily-top-secret-access'})
MATCH (b:Claim {id: 'claim:article-truss-in-hot-water-over-jet-bill'})
MERGE (a)-[r:RESPONDS_TO]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:hot-water', 'ev:top-secret'];
