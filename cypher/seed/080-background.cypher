// 080-background.cypher
// Background facts the article only implies, or dates public reporting gives. All of it is supported by src:background,
// carries no article evidence, and never overwrites the article's own time or status: dated facts are background claims.
// Idempotent: every node is MERGEd on its id and every relationship MERGEd between endpoints matched by id, then SET.
// Applied in one write transaction, after the files before it in name order.


// ================= Nodes

// Background only: the G20 2019 summit was in Osaka, Japan.
MERGE (n:Actor {id: 'country:jpn'})
SET
    n:Country,
    n.name = 'Japan',
    n.aliases = [],
    n.aliasText = '',
    n.description = 'Japan: host of the 2019 G20 summit in Osaka (background only).',
    n.wikidata = null,
    n.actorCode = 'JPN',
    n.iso3 = 'JPN',
    n.iso2 = 'JP',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

MERGE (n:Place {id: 'place:osaka'})
SET
    n.name = 'Osaka',
    n.aliases = [],
    n.aliasText = '',
    n.placeKind = 'CITY',
    n.wikidata = null
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

MERGE (n:Place {id: 'place:salisbury'})
SET
    n.name = 'Salisbury',
    n.aliases = [],
    n.aliasText = '',
    n.placeKind = 'CITY',
    n.wikidata = null
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

MERGE (n:Office {id: 'office:russia-foreign-minister'})
SET
    n.title = 'Minister of Foreign Affairs of Russia',
    n.description = 'Russia’s foreign minister: the office the article implies by calling Lavrov Truss’s Russian counterpart.'
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

MERGE (n:Office {id: 'office:russia-president'})
SET
    n.title = 'President of Russia',
    n.description = 'Russia’s head of state.'
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

MERGE (n:Office {id: 'office:uk-prime-minister'})
SET
    n.title = 'Prime Minister of the United Kingdom',
    n.description = 'The head of the UK government.'
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

// A lower bound: the Foreign Office said "more than four years".
MERGE (n:Quantity {id: 'qty:bg-more-than-four-years'})
SET
    n.value = 4.0,
    n.unit = 'year',
    n.currency = null,
    n.quantityKind = 'DURATION',
    n.text = 'more than four years'
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);


// ================= claim:bg-truss-lavrov-talks-held-10-february-2022

MERGE (n:Claim {id: 'claim:bg-truss-lavrov-talks-held-10-february-2022'})
SET
    n.text = 'The Truss–Lavrov talks took place in Moscow on 10 February 2022.',
    n.claimKind = 'STATEMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2022-02-10'),
    n.timeEnd = date('2022-02-10'),
    n.timePrecision = 'DAY'
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

// claim:bg-truss-lavrov-talks-held-10-february-2022 -[REPORTED_IN]-> src:background  (background)
MATCH (a:Claim {id: 'claim:bg-truss-lavrov-talks-held-10-february-2022'})
MATCH (b:Source {id: 'src:background'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// claim:bg-truss-lavrov-talks-held-10-february-2022 -[ABOUT SUBJECT]-> Truss–Lavrov talks in Moscow  (background)
MATCH (a:Claim {id: 'claim:bg-truss-lavrov-talks-held-10-february-2022'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// claim:bg-truss-lavrov-talks-held-10-february-2022 -[ABOUT SUBJECT]-> Moscow  (background)
MATCH (a:Claim {id: 'claim:bg-truss-lavrov-talks-held-10-february-2022'})
MATCH (b:Place {id: 'place:moscow'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];


// ================= claim:bg-johnson-moscow-visit-22-december-2017

MERGE (n:Claim {id: 'claim:bg-johnson-moscow-visit-22-december-2017'})
SET
    n.text = 'Boris Johnson’s visit to Moscow was on 22 December 2017.',
    n.claimKind = 'STATEMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2017-12-22'),
    n.timeEnd = date('2017-12-22'),
    n.timePrecision = 'DAY'
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

// Boris Johnson’s visit to Moscow was on 22 December 2017. -[REPORTED_IN]-> src:background  (background)
MATCH (a:Claim {id: 'claim:bg-johnson-moscow-visit-22-december-2017'})
MATCH (b:Source {id: 'src:background'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Boris Johnson’s visit to Moscow was on 22 December 2017. -[ABOUT SUBJECT]-> Boris Johnson’s visit to Moscow  (background)
MATCH (a:Claim {id: 'claim:bg-johnson-moscow-visit-22-december-2017'})
MATCH (b:Meeting {id: 'meeting:johnson-moscow-visit-2017'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];


// ================= claim:bg-may-putin-osaka-28-june-2019

MERGE (n:Claim {id: 'claim:bg-may-putin-osaka-28-june-2019'})
SET
    n.text = 'Theresa May met Vladimir Putin at the G20 summit in Osaka on 28 June 2019.',
    n.claimKind = 'STATEMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2019-06-28'),
    n.timeEnd = date('2019-06-28'),
    n.timePrecision = 'DAY'
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

// claim:bg-may-putin-osaka-28-june-2019 -[REPORTED_IN]-> src:background  (background)
MATCH (a:Claim {id: 'claim:bg-may-putin-osaka-28-june-2019'})
MATCH (b:Source {id: 'src:background'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// claim:bg-may-putin-osaka-28-june-2019 -[ABOUT SUBJECT]-> Theresa May meets Vladimir Putin at the G20  (background)
MATCH (a:Claim {id: 'claim:bg-may-putin-osaka-28-june-2019'})
MATCH (b:Meeting {id: 'meeting:may-putin-g20-2019'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// claim:bg-may-putin-osaka-28-june-2019 -[ABOUT SUBJECT]-> Osaka  (background)
MATCH (a:Claim {id: 'claim:bg-may-putin-osaka-28-june-2019'})
MATCH (b:Place {id: 'place:osaka'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];


// ================= claim:bg-salisbury-poisoning-4-march-2018

MERGE (n:Claim {id: 'claim:bg-salisbury-poisoning-4-march-2018'})
SET
    n.text = 'The poisoned double agent was Sergei Skripal, poisoned in Salisbury on 4 March 2018.',
    n.claimKind = 'STATEMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2018-03-04'),
    n.timeEnd = date('2018-03-04'),
    n.timePrecision = 'DAY'
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

// claim:bg-salisbury-poisoning-4-march-2018 -[REPORTED_IN]-> src:background  (background)
MATCH (a:Claim {id: 'claim:bg-salisbury-poisoning-4-march-2018'})
MATCH (b:Source {id: 'src:background'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// claim:bg-salisbury-poisoning-4-march-2018 -[ABOUT SUBJECT]-> Russia poisons a UK double agent  (background)
MATCH (a:Claim {id: 'claim:bg-salisbury-poisoning-4-march-2018'})
MATCH (b:Event {id: 'event:double-agent-poisoning'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// claim:bg-salisbury-poisoning-4-march-2018 -[ABOUT SUBJECT]-> UK double agent  (background)
MATCH (a:Claim {id: 'claim:bg-salisbury-poisoning-4-march-2018'})
MATCH (b:Actor {id: 'person:uk-double-agent'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// claim:bg-salisbury-poisoning-4-march-2018 -[ABOUT SUBJECT]-> Salisbury  (background)
MATCH (a:Claim {id: 'claim:bg-salisbury-poisoning-4-march-2018'})
MATCH (b:Place {id: 'place:salisbury'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];


// ================= claim:bg-hms-defender-passage-23-june-2021

MERGE (n:Claim {id: 'claim:bg-hms-defender-passage-23-june-2021'})
SET
    n.text = 'HMS Defender’s passage off Crimea was on 23 June 2021.',
    n.claimKind = 'STATEMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2021-06-23'),
    n.timeEnd = date('2021-06-23'),
    n.timePrecision = 'DAY'
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

// HMS Defender’s passage off Crimea was on 23 June 2021. -[REPORTED_IN]-> src:background  (background)
MATCH (a:Claim {id: 'claim:bg-hms-defender-passage-23-june-2021'})
MATCH (b:Source {id: 'src:background'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// HMS Defender’s passage off Crimea was on 23 June 2021. -[ABOUT SUBJECT]-> HMS Defender sails close to Crimea  (background)
MATCH (a:Claim {id: 'claim:bg-hms-defender-passage-23-june-2021'})
MATCH (b:Event {id: 'event:hms-defender-crimea-passage'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];


// ================= claim:bg-truss-plot-accusation-22-january-2022

MERGE (n:Claim {id: 'claim:bg-truss-plot-accusation-22-january-2022'})
SET
    n.text = 'Truss made her accusation of a Russian plot against the Ukrainian president on 22 January 2022.',
    n.claimKind = 'STATEMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2022-01-22'),
    n.timeEnd = date('2022-01-22'),
    n.timePrecision = 'DAY'
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

// claim:bg-truss-plot-accusation-22-january-2022 -[REPORTED_IN]-> src:background  (background)
MATCH (a:Claim {id: 'claim:bg-truss-plot-accusation-22-january-2022'})
MATCH (b:Source {id: 'src:background'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// claim:bg-truss-plot-accusation-22-january-2022 -[ABOUT SUBJECT]-> claim:truss-accuses-russia-of-plot  (background)
MATCH (a:Claim {id: 'claim:bg-truss-plot-accusation-22-january-2022'})
MATCH (b:Claim {id: 'claim:truss-accuses-russia-of-plot'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];


// ================= claim:bg-embassy-announcement-reported-26-january-2022

MERGE (n:Claim {id: 'claim:bg-embassy-announcement-reported-26-january-2022'})
SET
    n.text = 'Russia’s remark that Truss would visit within two weeks was reported on 26 January 2022.',
    n.claimKind = 'STATEMENT',
    n.mode = 'AUTHORIAL',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = date('2022-01-26'),
    n.timeEnd = date('2022-01-26'),
    n.timePrecision = 'DAY'
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

// claim:bg-embassy-announcement-reported-26-january-2022 -[REPORTED_IN]-> src:background  (background)
MATCH (a:Claim {id: 'claim:bg-embassy-announcement-reported-26-january-2022'})
MATCH (b:Source {id: 'src:background'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// claim:bg-embassy-announcement-reported-26-january-2022 -[ABOUT SUBJECT]-> claim:embassy-announces-truss-lavrov-talks  (background)
MATCH (a:Claim {id: 'claim:bg-embassy-announcement-reported-26-january-2022'})
MATCH (b:Claim {id: 'claim:embassy-announces-truss-lavrov-talks'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];


// ================= claim:bg-foreign-office-first-visit-in-more-than-four-years

MERGE (n:Claim {id: 'claim:bg-foreign-office-first-visit-in-more-than-four-years'})
SET
    n.text = 'The Foreign Office called Truss’s 2022 Moscow visit the first by a foreign secretary in more than four years.',
    n.claimKind = 'STATEMENT',
    n.mode = 'REPORTED',
    n.status = 'OCCURRED',
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = null,
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);

// Foreign Office -[ASSERTED]-> claim:bg-foreign-office-first-visit-in-more-than-four-years  (background)
MATCH (a:Actor {id: 'org:foreign-office'})
MATCH (b:Claim {id: 'claim:bg-foreign-office-first-visit-in-more-than-four-years'})
MERGE (a)-[r:ASSERTED]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// claim:bg-foreign-office-first-visit-in-more-than-four-years -[REPORTED_IN]-> src:background  (background)
MATCH (a:Claim {id: 'claim:bg-foreign-office-first-visit-in-more-than-four-years'})
MATCH (b:Source {id: 'src:background'})
MERGE (a)-[r:REPORTED_IN]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// claim:bg-foreign-office-first-visit-in-more-than-four-years -[ABOUT SUBJECT]-> Truss–Lavrov talks in Moscow  (background)
MATCH (a:Claim {id: 'claim:bg-foreign-office-first-visit-in-more-than-four-years'})
MATCH (b:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
MERGE (a)-[r:ABOUT]->(b)
SET
    r.role = 'SUBJECT',
    r.sourceId = 'src:background',
    r.evidenceIds = [];


// ================= Relationships

// src:article -[PUBLISHED_BY]-> The Guardian  (background)
MATCH (a:Source {id: 'src:article'})
MATCH (b:Actor {id: 'org:the-guardian'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Liz Truss -[NATIONAL_OF]-> United Kingdom  (background)
MATCH (a:Actor {id: 'person:liz-truss'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:NATIONAL_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Sergei Lavrov -[NATIONAL_OF]-> Russia  (background)
MATCH (a:Actor {id: 'person:sergei-lavrov'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:NATIONAL_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Volodymyr Zelenskiy -[NATIONAL_OF]-> Ukraine  (background)
MATCH (a:Actor {id: 'person:volodymyr-zelenskiy'})
MATCH (b:Actor {id: 'country:ukr'})
MERGE (a)-[r:NATIONAL_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Vladimir Putin -[NATIONAL_OF]-> Russia  (background)
MATCH (a:Actor {id: 'person:vladimir-putin'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:NATIONAL_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Boris Johnson -[NATIONAL_OF]-> United Kingdom  (background)
MATCH (a:Actor {id: 'person:boris-johnson'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:NATIONAL_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Theresa May -[NATIONAL_OF]-> United Kingdom  (background)
MATCH (a:Actor {id: 'person:theresa-may'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:NATIONAL_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Minister of Foreign Affairs of Russia -[OFFICE_OF]-> Russia  (background)
MATCH (a:Office {id: 'office:russia-foreign-minister'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:OFFICE_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// President of Russia -[OFFICE_OF]-> Russia  (background)
MATCH (a:Office {id: 'office:russia-president'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:OFFICE_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Prime Minister of the United Kingdom -[OFFICE_OF]-> United Kingdom  (background)
MATCH (a:Office {id: 'office:uk-prime-minister'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:OFFICE_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// The article only calls him Truss’s “Russian counterpart” (COUNTERPART_OF, 040).
// Sergei Lavrov -[HOLDS_OFFICE]-> Minister of Foreign Affairs of Russia  (background)
MATCH (a:Actor {id: 'person:sergei-lavrov'})
MATCH (b:Office {id: 'office:russia-foreign-minister'})
MERGE (a)-[r:HOLDS_OFFICE]->(b)
SET
    r.wording = null,
    r.current = true,
    r.timeText = null,
    r.timeStart = null,
    r.timeEnd = null,
    r.timePrecision = 'UNKNOWN',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Vladimir Putin -[HOLDS_OFFICE]-> President of Russia  (background)
MATCH (a:Actor {id: 'person:vladimir-putin'})
MATCH (b:Office {id: 'office:russia-president'})
MERGE (a)-[r:HOLDS_OFFICE]->(b)
SET
    r.wording = null,
    r.current = true,
    r.timeText = null,
    r.timeStart = null,
    r.timeEnd = null,
    r.timePrecision = 'UNKNOWN',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// The article calls him prime minister: see disc:zelenskiy-prime-minister-or-president.
// Volodymyr Zelenskiy -[HOLDS_OFFICE]-> President of Ukraine  (background)
MATCH (a:Actor {id: 'person:volodymyr-zelenskiy'})
MATCH (b:Office {id: 'office:ukraine-president'})
MERGE (a)-[r:HOLDS_OFFICE]->(b)
SET
    r.wording = null,
    r.current = true,
    r.timeText = null,
    r.timeStart = null,
    r.timeEnd = null,
    r.timePrecision = 'UNKNOWN',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Prime minister when the article was published.
// Boris Johnson -[HOLDS_OFFICE]-> Prime Minister of the United Kingdom  (background)
MATCH (a:Actor {id: 'person:boris-johnson'})
MATCH (b:Office {id: 'office:uk-prime-minister'})
MERGE (a)-[r:HOLDS_OFFICE]->(b)
SET
    r.wording = null,
    r.current = true,
    r.timeText = null,
    r.timeStart = null,
    r.timeEnd = null,
    r.timePrecision = 'UNKNOWN',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Prime minister when she met Putin in 2019.
// Theresa May -[HOLDS_OFFICE]-> Prime Minister of the United Kingdom  (background)
MATCH (a:Actor {id: 'person:theresa-may'})
MATCH (b:Office {id: 'office:uk-prime-minister'})
MERGE (a)-[r:HOLDS_OFFICE]->(b)
SET
    r.wording = null,
    r.current = false,
    r.timeText = null,
    r.timeStart = null,
    r.timeEnd = null,
    r.timePrecision = 'UNKNOWN',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Moscow -[CAPITAL_OF]-> Russia  (background)
MATCH (a:Place {id: 'place:moscow'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:CAPITAL_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Kyiv -[CAPITAL_OF]-> Ukraine  (background)
MATCH (a:Place {id: 'place:kyiv'})
MATCH (b:Actor {id: 'country:ukr'})
MERGE (a)-[r:CAPITAL_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// London -[CAPITAL_OF]-> United Kingdom  (background)
MATCH (a:Place {id: 'place:london'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:CAPITAL_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Moscow -[LOCATED_IN]-> Russia  (background)
MATCH (a:Place {id: 'place:moscow'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET
    r.contested = false,
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Kyiv -[LOCATED_IN]-> Ukraine  (background)
MATCH (a:Place {id: 'place:kyiv'})
MATCH (b:Actor {id: 'country:ukr'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET
    r.contested = false,
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// London -[LOCATED_IN]-> United Kingdom  (background)
MATCH (a:Place {id: 'place:london'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET
    r.contested = false,
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// City of London -[PART_OF]-> London  (background)
MATCH (a:Place {id: 'place:city-of-london'})
MATCH (b:Place {id: 'place:london'})
MERGE (a)-[r:PART_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Russia has held Crimea since annexing it in 2014, which most states do not recognise: contested.
// Crimea -[LOCATED_IN]-> Russia  (background)
MATCH (a:Place {id: 'place:crimea'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET
    r.contested = true,
    r.claimId = null,
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Osaka -[LOCATED_IN]-> Japan  (background)
MATCH (a:Place {id: 'place:osaka'})
MATCH (b:Actor {id: 'country:jpn'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET
    r.contested = false,
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Salisbury -[LOCATED_IN]-> United Kingdom  (background)
MATCH (a:Place {id: 'place:salisbury'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET
    r.contested = false,
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Foreign Office -[BELONGS_TO]-> United Kingdom  (background)
MATCH (a:Actor {id: 'org:foreign-office'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Foreign Office -[PART_OF]-> UK government  (background)
MATCH (a:Actor {id: 'org:foreign-office'})
MATCH (b:Actor {id: 'org:uk-government'})
MERGE (a)-[r:PART_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// UK intelligence services -[BELONGS_TO]-> United Kingdom  (background)
MATCH (a:Actor {id: 'org:uk-intelligence-services'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Royal Navy -[BELONGS_TO]-> United Kingdom  (background)
MATCH (a:Actor {id: 'org:royal-navy'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// HMS Defender -[BELONGS_TO]-> United Kingdom  (background)
MATCH (a:Actor {id: 'org:hms-defender'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Chatham House -[BELONGS_TO]-> United Kingdom  (background)
MATCH (a:Actor {id: 'org:chatham-house'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Biden administration -[BELONGS_TO]-> United States  (background)
MATCH (a:Actor {id: 'org:biden-administration'})
MATCH (b:Actor {id: 'country:usa'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Conservative party -[BELONGS_TO]-> United Kingdom  (background)
MATCH (a:Actor {id: 'org:conservative-party'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// The Guardian -[BELONGS_TO]-> United Kingdom  (background)
MATCH (a:Actor {id: 'org:the-guardian'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Putin’s closest allies -[BELONGS_TO]-> Russia  (background)
MATCH (a:Actor {id: 'group:putins-closest-allies'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// United States -[MEMBER_OF]-> Nato  (background)
MATCH (a:Actor {id: 'country:usa'})
MATCH (b:Actor {id: 'org:nato'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Poland -[MEMBER_OF]-> Nato  (background)
MATCH (a:Actor {id: 'country:pol'})
MATCH (b:Actor {id: 'org:nato'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// United Kingdom -[MEMBER_OF]-> G20  (background)
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Actor {id: 'org:g20'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Russia -[MEMBER_OF]-> G20  (background)
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Actor {id: 'org:g20'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// United States -[MEMBER_OF]-> G20  (background)
MATCH (a:Actor {id: 'country:usa'})
MATCH (b:Actor {id: 'org:g20'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Australia -[MEMBER_OF]-> G20  (background)
MATCH (a:Actor {id: 'country:aus'})
MATCH (b:Actor {id: 'org:g20'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Japan -[MEMBER_OF]-> G20  (background)
MATCH (a:Actor {id: 'country:jpn'})
MATCH (b:Actor {id: 'org:g20'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Johnson’s 2017 Moscow visit was for talks with Lavrov.
// Sergei Lavrov -[PARTICIPATED_IN HOST]-> Boris Johnson’s visit to Moscow  (background)
MATCH (a:Actor {id: 'person:sergei-lavrov'})
MATCH (b:Meeting {id: 'meeting:johnson-moscow-visit-2017'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'HOST',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Theresa May meets Vladimir Putin at the G20 -[TAKES_PLACE_IN]-> Osaka  (background)
MATCH (a:Meeting {id: 'meeting:may-putin-g20-2019'})
MATCH (b:Place {id: 'place:osaka'})
MERGE (a)-[r:TAKES_PLACE_IN]->(b)
SET
    r.wording = null,
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Russia poisons a UK double agent -[TAKES_PLACE_IN]-> Salisbury  (background)
MATCH (a:Event {id: 'event:double-agent-poisoning'})
MATCH (b:Place {id: 'place:salisbury'})
MERGE (a)-[r:TAKES_PLACE_IN]->(b)
SET
    r.wording = null,
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// The demonstration was aimed at Russia, which holds Crimea; the article does not say so.
// Russia -[PARTICIPATED_IN TARGET]-> HMS Defender sails close to Crimea  (background)
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Event {id: 'event:hms-defender-crimea-passage'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// “The Ukrainian president” is Zelenskiy: background identification.
// Volodymyr Zelenskiy -[PARTICIPATED_IN TARGET]-> Alleged Russian plot to topple the Ukrainian president  (background)
MATCH (a:Actor {id: 'person:volodymyr-zelenskiy'})
MATCH (b:Event {id: 'event:plot-to-topple-ukrainian-president'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// United States -[PARTICIPATED_IN SOURCE]-> US pressure on the UK to get tougher on Russian oligarchs  (background)
MATCH (a:Actor {id: 'country:usa'})
MATCH (b:Event {id: 'event:biden-administration-pressure-on-oligarchs'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'SOURCE',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// claim:bg-foreign-office-first-visit-in-more-than-four-years -[HAS_QUANTITY GAP]-> more than four years  (background)
MATCH (a:Claim {id: 'claim:bg-foreign-office-first-visit-in-more-than-four-years'})
MATCH (b:Quantity {id: 'qty:bg-more-than-four-years'})
MERGE (a)-[r:HAS_QUANTITY]->(b)
SET
    r.role = 'GAP',
    r.sourceId = 'src:background',
    r.evidenceIds = [];

// Background refines these article nodes (dates, places, identities); their own properties are untouched.
UNWIND ['meeting:truss-lavrov-moscow-talks', 'meeting:johnson-moscow-visit-2017', 'meeting:may-putin-g20-2019', 'event:double-agent-poisoning', 'event:hms-defender-crimea-passage', 'event:plot-to-topple-ukrainian-president', 'claim:truss-accuses-russia-of-plot', 'claim:embassy-announces-truss-lavrov-talks'] AS nodeId
MATCH (n {id: nodeId})
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);
