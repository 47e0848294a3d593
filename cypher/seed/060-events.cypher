// 060-events.cypher
// Events and actions: aid, loans, a naval demonstration, the poisoning and the collapse it caused, a report, a proposed alliance,
// hypothetical sanctions and invasion, an alleged plot, travel and its bill, US pressure. Quantities are typed values.
// Idempotent: every node is MERGEd on its id and every relationship MERGEd between endpoints matched by id, then SET.
// Applied in one write transaction, after the files before it in name order.


// ================= Nodes

// Delivered ("has provided"), so 072 provide military aid; a promise would be 0332.
MERGE (n:Event {id: 'event:uk-anti-tank-weapons-to-ukraine'})
SET
    n.title = 'UK provides 2,000 anti-tank weapons to Ukraine',
    n.summary = 'Britain has supplied Ukraine with 2,000 anti-tank weapons.',
    n.eventKind = 'AID',
    n.status = 'OCCURRED',
    n.purpose = null,
    n.cameoCode = '072',
    n.goldstein = 8.3,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:anti-tank-weapons'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Loans are credit, so 071 provide economic aid (their purpose is naval).
MERGE (n:Event {id: 'event:uk-navy-loans-to-ukraine'})
SET
    n.title = 'UK lends Ukraine £1.8bn to strengthen its navy',
    n.summary = 'Britain has lent Ukraine £1.8bn to build up its navy.',
    n.eventKind = 'LOAN',
    n.status = 'OCCURRED',
    n.purpose = 'To help Ukraine strengthen its navy.',
    n.cameoCode = '071',
    n.goldstein = 7.4,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:navy-loans'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Event {id: 'event:hms-defender-crimea-passage'})
SET
    n.title = 'HMS Defender sails close to Crimea',
    n.summary = 'The Royal Navy destroyer HMS Defender passed close to Crimea, signalling that the UK still regards the peninsula as part of Ukraine.',
    n.eventKind = 'MILITARY_DEMONSTRATION',
    n.status = 'OCCURRED',
    n.purpose = 'To signal the UK government’s position that Crimea is still Ukrainian territory.',
    n.cameoCode = '150',
    n.goldstein = -7.2,
    n.timeText = 'Last June',
    n.timeStart = date('2021-06-01'),
    n.timeEnd = date('2021-06-30'),
    n.timePrecision = 'MONTH'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:hms-defender', 'ev:crimea-view'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Undated in the article, but before the 2019 May–Putin meeting; the exact date (4 March 2018) is a background claim.
MERGE (n:Event {id: 'event:double-agent-poisoning'})
SET
    n.title = 'Russia poisons a UK double agent',
    n.summary = 'Russia poisoned a double agent working for the UK; UK–Russia diplomatic relations then broke down completely.',
    n.eventKind = 'POISONING',
    n.status = 'OCCURRED',
    n.purpose = null,
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2019-12-31'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:poisoning-collapse'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Event {id: 'event:uk-russia-diplomatic-collapse'})
SET
    n.title = 'Full-scale diplomatic collapse between the UK and Russia',
    n.summary = 'UK–Russia relations broke down completely after Russia poisoned a UK double agent; May and Putin’s 2019 meeting was the first at that level since.',
    n.eventKind = 'DIPLOMATIC_COLLAPSE',
    n.status = 'OCCURRED',
    n.purpose = null,
    n.cameoCode = '161',
    n.goldstein = -4.0,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2019-12-31'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:poisoning-collapse', 'ev:first-time-at-that-level'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// "On Friday": the Friday before publication, 21 January 2022, or 28 January if the article appeared that weekend.
MERGE (n:Event {id: 'event:chatham-house-russia-strategy-report'})
SET
    n.title = 'Chatham House report on the UK’s Russia strategy',
    n.summary = 'Chatham House published a report on the UK’s Russia strategy which echoed US state department concerns about Russian oligarchs.',
    n.eventKind = 'REPORT',
    n.status = 'OCCURRED',
    n.purpose = null,
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
UNWIND ['ev:chatham-house-report'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// No CAMEO code for an alliance: 0312 (intent to cooperate militarily) is the nearest.
MERGE (n:Event {id: 'event:uk-ukraine-poland-alliance-proposal'})
SET
    n.title = 'Proposed trilateral alliance of the UK, Ukraine and Poland',
    n.summary = 'Ukraine is eager to expand its alliance with the UK into a trilateral alliance including Poland.',
    n.eventKind = 'ALLIANCE_PROPOSAL',
    n.status = 'PROPOSED',
    n.purpose = null,
    n.cameoCode = '0312',
    n.goldstein = 5.2,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:trilateral-alliance', 'ev:including-poland', 'ev:most-hostile'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Event {id: 'event:sanctions-on-russia-if-invasion'})
SET
    n.title = 'Economic sanctions on Russia if it invades Ukraine',
    n.summary = 'Sanctions that would follow a Russian invasion of Ukraine, damaging Russia’s economy and the private fortunes of people close to Putin.',
    n.eventKind = 'SANCTIONS',
    n.status = 'HYPOTHETICAL',
    n.purpose = null,
    n.cameoCode = '163',
    n.goldstein = -8.0,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = null,
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:sanctions-if-invasion', 'ev:russian-economy', 'ev:allies-wealth'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Event {id: 'event:russian-invasion-of-ukraine'})
SET
    n.title = 'Possible Russian invasion of Ukraine',
    n.summary = 'A Russian invasion of Ukraine that the UK and other Nato countries seek to deter.',
    n.eventKind = 'INVASION',
    n.status = 'HYPOTHETICAL',
    n.purpose = null,
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = null,
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:tough-measures', 'ev:sanctions-if-invasion'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Only alleged: the accusation is the claim (112); the alleged act carries no code.
MERGE (n:Event {id: 'event:plot-to-topple-ukrainian-president'})
SET
    n.title = 'Alleged Russian plot to topple the Ukrainian president',
    n.summary = 'A plot, alleged by Liz Truss, in which Russia would remove Ukraine’s president and install a leader loyal to Moscow.',
    n.eventKind = 'PLOT',
    n.status = 'ALLEGED',
    n.purpose = null,
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = null,
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:plot-accusation', 'ev:puppet-leader'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Event {id: 'event:truss-australia-jet-trip'})
SET
    n.title = 'Truss flies to Australia by private jet for a three-day visit',
    n.summary = 'Liz Truss hired a private jet for a three-day trip to Australia.',
    n.eventKind = 'TRAVEL',
    n.status = 'OCCURRED',
    n.purpose = null,
    n.cameoCode = '042',
    n.goldstein = 1.9,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:australia-jet'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Event {id: 'event:truss-jet-bill'})
SET
    n.title = 'Taxpayer left with a £500,000 bill for Truss’s private jet',
    n.summary = 'Taxpayers paid £500,000 for the private jet Truss hired for her Australia trip, it emerged.',
    n.eventKind = 'EXPENSE',
    n.status = 'OCCURRED',
    n.purpose = null,
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = 'recently',
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:jet-bill', 'ev:hot-water'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Event {id: 'event:truss-chartered-plane-travel'})
SET
    n.title = 'Truss to keep travelling by chartered planes',
    n.summary = 'According to the Foreign Office, Truss will keep flying on chartered aircraft.',
    n.eventKind = 'TRAVEL',
    n.status = 'PLANNED',
    n.purpose = null,
    n.cameoCode = null,
    n.goldstein = null,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = null,
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:chartered-planes'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Event {id: 'event:biden-administration-pressure-on-oligarchs'})
SET
    n.title = 'US pressure on the UK to get tougher on Russian oligarchs',
    n.summary = 'The Biden administration has been pushing Britain to get tougher on Russian oligarchs.',
    n.eventKind = 'PRESSURE',
    n.status = 'OCCURRED',
    n.purpose = 'To push Britain into a harder line on Russian oligarchs.',
    n.cameoCode = '100',
    n.goldstein = -5.0,
    n.timeText = null,
    n.timeStart = null,
    n.timeEnd = date('2022-01-30'),
    n.timePrecision = 'UNKNOWN'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:biden-pressure', 'ev:tougher-stance-oligarchs'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Quantity {id: 'qty:anti-tank-weapons-2000'})
SET
    n.value = 2000.0,
    n.unit = 'anti-tank weapon',
    n.currency = null,
    n.quantityKind = 'COUNT',
    n.text = '2,000 anti-tank weapons'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:anti-tank-weapons'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Quantity {id: 'qty:navy-loans-1-8bn-gbp'})
SET
    n.value = 1800000000.0,
    n.unit = 'GBP',
    n.currency = 'GBP',
    n.quantityKind = 'MONEY',
    n.text = '£1.8bn'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:navy-loans'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Quantity {id: 'qty:jet-bill-500000-gbp'})
SET
    n.value = 500000.0,
    n.unit = 'GBP',
    n.currency = 'GBP',
    n.quantityKind = 'MONEY',
    n.text = '£500,000'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:jet-bill'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Quantity {id: 'qty:australia-visit-3-days'})
SET
    n.value = 3.0,
    n.unit = 'day',
    n.currency = null,
    n.quantityKind = 'DURATION',
    n.text = 'three-day'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:australia-jet'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);


// ================= Relationships

// United Kingdom -[PARTICIPATED_IN SOURCE]-> UK provides 2,000 anti-tank weapons to Ukraine
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Event {id: 'event:uk-anti-tank-weapons-to-ukraine'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'SOURCE',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:britain-among-nato', 'ev:anti-tank-weapons'];

// Ukraine -[PARTICIPATED_IN BENEFICIARY]-> UK provides 2,000 anti-tank weapons to Ukraine
MATCH (a:Actor {id: 'country:ukr'})
MATCH (b:Event {id: 'event:uk-anti-tank-weapons-to-ukraine'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'BENEFICIARY',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:anti-tank-weapons'];

// UK provides 2,000 anti-tank weapons to Ukraine -[HAS_QUANTITY AMOUNT]-> 2,000 anti-tank weapons
MATCH (a:Event {id: 'event:uk-anti-tank-weapons-to-ukraine'})
MATCH (b:Quantity {id: 'qty:anti-tank-weapons-2000'})
MERGE (a)-[r:HAS_QUANTITY]->(b)
SET
    r.role = 'AMOUNT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:anti-tank-weapons'];

// United Kingdom -[PARTICIPATED_IN SOURCE]-> UK lends Ukraine £1.8bn to strengthen its navy
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Event {id: 'event:uk-navy-loans-to-ukraine'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'SOURCE',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:navy-loans'];

// Ukraine -[PARTICIPATED_IN BENEFICIARY]-> UK lends Ukraine £1.8bn to strengthen its navy
MATCH (a:Actor {id: 'country:ukr'})
MATCH (b:Event {id: 'event:uk-navy-loans-to-ukraine'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'BENEFICIARY',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:navy-loans'];

// UK lends Ukraine £1.8bn to strengthen its navy -[HAS_QUANTITY AMOUNT]-> £1.8bn
MATCH (a:Event {id: 'event:uk-navy-loans-to-ukraine'})
MATCH (b:Quantity {id: 'qty:navy-loans-1-8bn-gbp'})
MERGE (a)-[r:HAS_QUANTITY]->(b)
SET
    r.role = 'AMOUNT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:navy-loans'];

// HMS Defender -[PARTICIPATED_IN INSTRUMENT]-> HMS Defender sails close to Crimea
MATCH (a:Actor {id: 'org:hms-defender'})
MATCH (b:Event {id: 'event:hms-defender-crimea-passage'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'INSTRUMENT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:hms-defender'];

// Royal Navy -[PARTICIPATED_IN SOURCE]-> HMS Defender sails close to Crimea
MATCH (a:Actor {id: 'org:royal-navy'})
MATCH (b:Event {id: 'event:hms-defender-crimea-passage'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'SOURCE',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:hms-defender'];

// United Kingdom -[PARTICIPATED_IN SOURCE]-> HMS Defender sails close to Crimea
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Event {id: 'event:hms-defender-crimea-passage'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'SOURCE',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:crimea-view'];

// Near, not in: the ship sailed close to the peninsula.
// HMS Defender sails close to Crimea -[TAKES_PLACE_IN]-> Crimea
MATCH (a:Event {id: 'event:hms-defender-crimea-passage'})
MATCH (b:Place {id: 'place:crimea'})
MERGE (a)-[r:TAKES_PLACE_IN]->(b)
SET
    r.wording = 'close to Crimea',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:hms-defender'];

// Russia -[PARTICIPATED_IN PERPETRATOR]-> Russia poisons a UK double agent
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Event {id: 'event:double-agent-poisoning'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'PERPETRATOR',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:poisoning-collapse'];

// UK double agent -[PARTICIPATED_IN VICTIM]-> Russia poisons a UK double agent
MATCH (a:Actor {id: 'person:uk-double-agent'})
MATCH (b:Event {id: 'event:double-agent-poisoning'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'VICTIM',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:poisoning-collapse'];

// United Kingdom -[PARTICIPATED_IN PARTICIPANT]-> Full-scale diplomatic collapse between the UK and Russia
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Event {id: 'event:uk-russia-diplomatic-collapse'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'PARTICIPANT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:poisoning-collapse', 'ev:first-time-at-that-level'];

// Russia -[PARTICIPATED_IN PARTICIPANT]-> Full-scale diplomatic collapse between the UK and Russia
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Event {id: 'event:uk-russia-diplomatic-collapse'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'PARTICIPANT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:poisoning-collapse', 'ev:first-time-at-that-level'];

// Russia poisons a UK double agent -[CAUSED]-> Full-scale diplomatic collapse between the UK and Russia
MATCH (a:Event {id: 'event:double-agent-poisoning'})
MATCH (b:Event {id: 'event:uk-russia-diplomatic-collapse'})
MERGE (a)-[r:CAUSED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:poisoning-collapse'];

// Chatham House -[PARTICIPATED_IN AUTHOR]-> Chatham House report on the UK’s Russia strategy
MATCH (a:Actor {id: 'org:chatham-house'})
MATCH (b:Event {id: 'event:chatham-house-russia-strategy-report'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'AUTHOR',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-report'];

// United Kingdom -[PARTICIPATED_IN TARGET]-> Chatham House report on the UK’s Russia strategy
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Event {id: 'event:chatham-house-russia-strategy-report'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chatham-house-report'];

// Ukraine -[PARTICIPATED_IN SOURCE]-> Proposed trilateral alliance of the UK, Ukraine and Poland
MATCH (a:Actor {id: 'country:ukr'})
MATCH (b:Event {id: 'event:uk-ukraine-poland-alliance-proposal'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'SOURCE',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:trilateral-alliance'];

// United Kingdom -[PARTICIPATED_IN PARTICIPANT]-> Proposed trilateral alliance of the UK, Ukraine and Poland
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Event {id: 'event:uk-ukraine-poland-alliance-proposal'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'PARTICIPANT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:trilateral-alliance', 'ev:most-hostile'];

// Poland -[PARTICIPATED_IN PARTICIPANT]-> Proposed trilateral alliance of the UK, Ukraine and Poland
MATCH (a:Actor {id: 'country:pol'})
MATCH (b:Event {id: 'event:uk-ukraine-poland-alliance-proposal'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'PARTICIPANT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:including-poland'];

// United Kingdom -[PARTICIPATED_IN SOURCE]-> Economic sanctions on Russia if it invades Ukraine
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Event {id: 'event:sanctions-on-russia-if-invasion'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'SOURCE',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:meeting-purpose', 'ev:sanctions-if-invasion'];

// Russia -[PARTICIPATED_IN TARGET]-> Economic sanctions on Russia if it invades Ukraine
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Event {id: 'event:sanctions-on-russia-if-invasion'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:russian-economy'];

// Putin’s closest allies -[PARTICIPATED_IN TARGET]-> Economic sanctions on Russia if it invades Ukraine
MATCH (a:Actor {id: 'group:putins-closest-allies'})
MATCH (b:Event {id: 'event:sanctions-on-russia-if-invasion'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:allies-wealth'];

// Economic sanctions on Russia if it invades Ukraine -[CONDITIONAL_ON]-> Possible Russian invasion of Ukraine
MATCH (a:Event {id: 'event:sanctions-on-russia-if-invasion'})
MATCH (b:Event {id: 'event:russian-invasion-of-ukraine'})
MERGE (a)-[r:CONDITIONAL_ON]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:sanctions-if-invasion'];

// Russia -[PARTICIPATED_IN PERPETRATOR]-> Possible Russian invasion of Ukraine
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Event {id: 'event:russian-invasion-of-ukraine'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'PERPETRATOR',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:tough-measures'];

// Ukraine -[PARTICIPATED_IN VICTIM]-> Possible Russian invasion of Ukraine
MATCH (a:Actor {id: 'country:ukr'})
MATCH (b:Event {id: 'event:russian-invasion-of-ukraine'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'VICTIM',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:tough-measures'];

// Possible Russian invasion of Ukraine -[TAKES_PLACE_IN]-> Ukraine
MATCH (a:Event {id: 'event:russian-invasion-of-ukraine'})
MATCH (b:Actor {id: 'country:ukr'})
MERGE (a)-[r:TAKES_PLACE_IN]->(b)
SET
    r.wording = 'invasion of Ukraine',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:tough-measures'];

// Russia -[PARTICIPATED_IN PERPETRATOR]-> Alleged Russian plot to topple the Ukrainian president
MATCH (a:Actor {id: 'country:rus'})
MATCH (b:Event {id: 'event:plot-to-topple-ukrainian-president'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'PERPETRATOR',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:plot-accusation'];

// Ukraine -[PARTICIPATED_IN TARGET]-> Alleged Russian plot to topple the Ukrainian president
MATCH (a:Actor {id: 'country:ukr'})
MATCH (b:Event {id: 'event:plot-to-topple-ukrainian-president'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:plot-accusation'];

// Russian puppet leader -[PARTICIPATED_IN INSTRUMENT]-> Alleged Russian plot to topple the Ukrainian president
MATCH (a:Actor {id: 'person:russian-puppet-leader'})
MATCH (b:Event {id: 'event:plot-to-topple-ukrainian-president'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'INSTRUMENT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:puppet-leader'];

// Alleged Russian plot to topple the Ukrainian president -[TAKES_PLACE_IN]-> Ukraine
MATCH (a:Event {id: 'event:plot-to-topple-ukrainian-president'})
MATCH (b:Actor {id: 'country:ukr'})
MERGE (a)-[r:TAKES_PLACE_IN]->(b)
SET
    r.wording = 'topple the Ukrainian president',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:plot-accusation'];

// Liz Truss -[PARTICIPATED_IN VISITOR]-> Truss flies to Australia by private jet for a three-day visit
MATCH (a:Actor {id: 'person:liz-truss'})
MATCH (b:Event {id: 'event:truss-australia-jet-trip'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'VISITOR',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:australia-jet'];

// Australia -[PARTICIPATED_IN HOST]-> Truss flies to Australia by private jet for a three-day visit
MATCH (a:Actor {id: 'country:aus'})
MATCH (b:Event {id: 'event:truss-australia-jet-trip'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'HOST',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:australia-jet'];

// Truss flies to Australia by private jet for a three-day visit -[TAKES_PLACE_IN]-> Australia
MATCH (a:Event {id: 'event:truss-australia-jet-trip'})
MATCH (b:Actor {id: 'country:aus'})
MERGE (a)-[r:TAKES_PLACE_IN]->(b)
SET
    r.wording = 'fly to Australia',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:australia-jet'];

// Truss flies to Australia by private jet for a three-day visit -[HAS_QUANTITY DURATION]-> three-day
MATCH (a:Event {id: 'event:truss-australia-jet-trip'})
MATCH (b:Quantity {id: 'qty:australia-visit-3-days'})
MERGE (a)-[r:HAS_QUANTITY]->(b)
SET
    r.role = 'DURATION',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:australia-jet'];

// Truss flies to Australia by private jet for a three-day visit -[CAUSED]-> Taxpayer left with a £500,000 bill for Truss’s private jet
MATCH (a:Event {id: 'event:truss-australia-jet-trip'})
MATCH (b:Event {id: 'event:truss-jet-bill'})
MERGE (a)-[r:CAUSED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:jet-bill', 'ev:australia-jet'];

// Liz Truss -[PARTICIPATED_IN SOURCE]-> Taxpayer left with a £500,000 bill for Truss’s private jet
MATCH (a:Actor {id: 'person:liz-truss'})
MATCH (b:Event {id: 'event:truss-jet-bill'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'SOURCE',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:jet-bill', 'ev:australia-jet'];

// Taxpayer left with a £500,000 bill for Truss’s private jet -[HAS_QUANTITY COST]-> £500,000
MATCH (a:Event {id: 'event:truss-jet-bill'})
MATCH (b:Quantity {id: 'qty:jet-bill-500000-gbp'})
MERGE (a)-[r:HAS_QUANTITY]->(b)
SET
    r.role = 'COST',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:jet-bill'];

// Liz Truss -[PARTICIPATED_IN PARTICIPANT]-> Truss to keep travelling by chartered planes
MATCH (a:Actor {id: 'person:liz-truss'})
MATCH (b:Event {id: 'event:truss-chartered-plane-travel'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'PARTICIPANT',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chartered-planes'];

// Foreign Office -[ANNOUNCED]-> Truss to keep travelling by chartered planes
MATCH (a:Actor {id: 'org:foreign-office'})
MATCH (b:Event {id: 'event:truss-chartered-plane-travel'})
MERGE (a)-[r:ANNOUNCED]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:chartered-planes'];

// Biden administration -[PARTICIPATED_IN SOURCE]-> US pressure on the UK to get tougher on Russian oligarchs
MATCH (a:Actor {id: 'org:biden-administration'})
MATCH (b:Event {id: 'event:biden-administration-pressure-on-oligarchs'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'SOURCE',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:biden-pressure'];

// United Kingdom -[PARTICIPATED_IN TARGET]-> US pressure on the UK to get tougher on Russian oligarchs
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Event {id: 'event:biden-administration-pressure-on-oligarchs'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET
    r.role = 'TARGET',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:biden-pressure', 'ev:tougher-stance-oligarchs'];
