// 040-people-offices.cypher
// People, unnamed actors, collectives and the offices they hold, as the article words them.
// Idempotent: every node is MERGEd on its id and every relationship MERGEd between endpoints matched by id, then SET.
// Applied in one write transaction, after the files before it in name order.


// ================= Nodes

MERGE (n:Actor {id: 'person:liz-truss'})
SET
    n:Person,
    n.name = 'Liz Truss',
    n.aliases = ['Truss', 'Elizabeth Truss', 'Mary Elizabeth Truss'],
    n.aliasText = 'Truss · Elizabeth Truss · Mary Elizabeth Truss',
    n.description = 'UK foreign secretary and formal political head of the intelligence services; to hold talks with Lavrov in Moscow and visit Kyiv.',
    n.wikidata = null,
    n.actorCode = 'GBRGOV',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:truss-uk-foreign-secretary', 'ev:headline'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'person:sergei-lavrov'})
SET
    n:Person,
    n.name = 'Sergei Lavrov',
    n.aliases = ['Lavrov', 'Sergey Lavrov', 'Sergey Viktorovich Lavrov'],
    n.aliasText = 'Lavrov · Sergey Lavrov · Sergey Viktorovich Lavrov',
    n.description = 'Truss’s Russian counterpart (Russia’s foreign minister, per background).',
    n.wikidata = null,
    n.actorCode = 'RUSGOV',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:lavrov-russian-counterpart', 'ev:headline'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'person:volodymyr-zelenskiy'})
SET
    n:Person,
    n.name = 'Volodymyr Zelenskiy',
    n.aliases = ['Zelenskiy', 'Zelensky', 'Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    n.aliasText = 'Zelenskiy · Zelensky · Zelenskyy · Volodymyr Zelensky · Volodymyr Zelenskyy',
    n.description = 'Ukraine’s president (background); the article calls him “the Ukrainian prime minister” (see the discrepancy). Truss is due to meet him in Kyiv.',
    n.wikidata = 'Q3874799',
    n.actorCode = 'UKRGOV',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:zelenskiy-prime-minister'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'person:vladimir-putin'})
SET
    n:Person,
    n.name = 'Vladimir Putin',
    n.aliases = ['Putin', 'Vladimir Vladimirovich Putin'],
    n.aliasText = 'Putin · Vladimir Vladimirovich Putin',
    n.description = 'Russia’s president (background); met Theresa May at the G20 in 2019; his closest allies’ wealth is a sanctions target.',
    n.wikidata = 'Q7747',
    n.actorCode = 'RUSGOV',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:may-putin-g20', 'ev:allies-wealth'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'person:boris-johnson'})
SET
    n:Person,
    n.name = 'Boris Johnson',
    n.aliases = ['Johnson', 'Alexander Boris de Pfeffel Johnson'],
    n.aliasText = 'Johnson · Alexander Boris de Pfeffel Johnson',
    n.description = 'Foreign secretary in December 2017, when he visited Moscow: the most recent such visit before Truss’s.',
    n.wikidata = 'Q180589',
    n.actorCode = 'GBRGOV',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:johnson-december-2017'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'person:theresa-may'})
SET
    n:Person,
    n.name = 'Theresa May',
    n.aliases = ['Theresa Mary May'],
    n.aliasText = 'Theresa Mary May',
    n.description = 'Met Putin at the 2019 G20 summit, as UK prime minister (background).',
    n.wikidata = 'Q264766',
    n.actorCode = 'GBRGOV',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:may-putin-g20'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Unnamed in the article; the alias is background knowledge, hence both sources.
MERGE (n:Actor {id: 'person:uk-double-agent'})
SET
    n:Person,
    n.name = 'UK double agent',
    n.aliases = ['Sergei Skripal'],
    n.aliasText = 'Sergei Skripal',
    n.description = 'A double agent who worked for the UK; Russia poisoned him, and UK–Russia diplomacy collapsed as a result. The article does not name him; the alias Sergei Skripal comes from background.',
    n.wikidata = null,
    n.actorCode = 'GBRSPY',
    n.named = false,
    n.hypothetical = false
WITH n
UNWIND ['src:article', 'src:background'] AS sourceId
MATCH (s:Source {id: sourceId})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:poisoning-collapse'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'person:russian-puppet-leader'})
SET
    n:Person,
    n.name = 'Russian puppet leader',
    n.aliases = [],
    n.aliasText = '',
    n.description = 'The leader Russia is accused of plotting to install in place of the Ukrainian president. Hypothetical: exists only in the allegation, and no one is named.',
    n.wikidata = null,
    n.actorCode = null,
    n.named = false,
    n.hypothetical = true
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:puppet-leader'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'group:putins-closest-allies'})
SET
    n:Group,
    n.name = 'Putin’s closest allies',
    n.aliases = ['Putin’s closest personal allies'],
    n.aliasText = 'Putin’s closest personal allies',
    n.description = 'Some of Putin’s closest personal allies, whose wealth (much of it in London property) sanctions would hit.',
    n.wikidata = null,
    n.actorCode = 'RUSELI',
    n.named = false,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:allies-wealth', 'ev:london-property'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'group:russian-oligarchs'})
SET
    n:Group,
    n.name = 'Russian oligarchs',
    n.aliases = ['oligarchs'],
    n.aliasText = 'oligarchs',
    n.description = 'Russian oligarchs who invest in UK property; the US wants the UK to take a tougher stance on them.',
    n.wikidata = null,
    n.actorCode = 'RUSBUS',
    n.named = false,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:tougher-stance-oligarchs', 'ev:rein-in-oligarchs'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'group:british-diplomats'})
SET
    n:Group,
    n.name = 'British diplomats',
    n.aliases = [],
    n.aliasText = '',
    n.description = 'British diplomats who say UK–Ukraine relations are the closest ever.',
    n.wikidata = null,
    n.actorCode = 'GBRGOV',
    n.named = false,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:closest-relations'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'group:uk-officials'})
SET
    n:Group,
    n.name = 'UK officials',
    n.aliases = [],
    n.aliasText = '',
    n.description = 'UK officials who insist the UK has strong anti-corruption legislation.',
    n.wikidata = null,
    n.actorCode = 'GBRGOV',
    n.named = false,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:officials-insist'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'group:conservative-party-donors'})
SET
    n:Group,
    n.name = 'Prominent Conservative party donors',
    n.aliases = ['prominent Conservative donors'],
    n.aliasText = 'prominent Conservative donors',
    n.description = 'Some of the Conservative party’s prominent donors, whom the party is seen as reluctant to challenge.',
    n.wikidata = null,
    n.actorCode = null,
    n.named = false,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:conservative-reluctance'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Office {id: 'office:uk-foreign-secretary'})
SET
    n.title = 'Foreign Secretary of the United Kingdom',
    n.description = 'The UK minister for foreign affairs, head of the Foreign Office.'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:truss-uk-foreign-secretary', 'ev:johnson-december-2017'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Office {id: 'office:uk-intelligence-political-head'})
SET
    n.title = 'Formal political head of the UK intelligence services',
    n.description = 'The minister formally answerable for the intelligence services; the article gives the role to the foreign secretary, Liz Truss.'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:weekend-intelligence-head'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Office {id: 'office:ukraine-prime-minister'})
SET
    n.title = 'Prime Minister of Ukraine',
    n.description = 'The head of Ukraine’s government. The article (wrongly, see the discrepancy) gives this title to Volodymyr Zelenskiy.'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:zelenskiy-prime-minister'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Office {id: 'office:ukraine-president'})
SET
    n.title = 'President of Ukraine',
    n.description = 'Ukraine’s head of state: “the Ukrainian president” whom Russia is accused of plotting to topple.'
WITH n
UNWIND ['src:article', 'src:background'] AS sourceId
MATCH (s:Source {id: sourceId})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:plot-accusation'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);


// ================= Relationships

// Russian oligarchs -[BELONGS_TO]-> Russia
MATCH (a:Actor {id: 'group:russian-oligarchs'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:tougher-stance-oligarchs'];

// British diplomats -[BELONGS_TO]-> United Kingdom
MATCH (a:Actor {id: 'group:british-diplomats'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:closest-relations'];

// UK officials -[BELONGS_TO]-> United Kingdom
MATCH (a:Actor {id: 'group:uk-officials'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:officials-insist'];

// Foreign Secretary of the United Kingdom -[OFFICE_OF]-> United Kingdom
MATCH (a:Office {id: 'office:uk-foreign-secretary'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:OFFICE_OF]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:truss-uk-foreign-secretary'];

// Formal political head of the UK intelligence services -[OFFICE_OF]-> UK intelligence services
MATCH (a:Office {id: 'office:uk-intelligence-political-head'})
MATCH (b:Actor {id: 'org:uk-intelligence-services'})
MERGE (a)-[r:OFFICE_OF]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:weekend-intelligence-head'];

// Prime Minister of Ukraine -[OFFICE_OF]-> Ukraine
MATCH (a:Office {id: 'office:ukraine-prime-minister'})
MATCH (b:Actor {id: 'country:ukr'})
MERGE (a)-[r:OFFICE_OF]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:zelenskiy-prime-minister'];

// President of Ukraine -[OFFICE_OF]-> Ukraine
MATCH (a:Office {id: 'office:ukraine-president'})
MATCH (b:Actor {id: 'country:ukr'})
MERGE (a)-[r:OFFICE_OF]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:plot-accusation'];

// On HOLDS_OFFICE the interval is when the source attests the holding (here: at publication), not the whole tenure.
// Liz Truss -[HOLDS_OFFICE]-> Foreign Secretary of the United Kingdom
MATCH (a:Actor {id: 'person:liz-truss'})
MATCH (b:Office {id: 'office:uk-foreign-secretary'})
MERGE (a)-[r:HOLDS_OFFICE]->(b)
SET
    r.wording = 'The UK foreign secretary',
    r.current = true,
    r.timeText = null,
    r.timeStart = date('2022-01-24'),
    r.timeEnd = date('2022-01-30'),
    r.timePrecision = 'WEEK',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:truss-uk-foreign-secretary', 'ev:standfirst'];

// Liz Truss -[HOLDS_OFFICE]-> Formal political head of the UK intelligence services
MATCH (a:Actor {id: 'person:liz-truss'})
MATCH (b:Office {id: 'office:uk-intelligence-political-head'})
MERGE (a)-[r:HOLDS_OFFICE]->(b)
SET
    r.wording = 'the formal political head of the intelligence services',
    r.current = true,
    r.timeText = null,
    r.timeStart = date('2022-01-24'),
    r.timeEnd = date('2022-01-30'),
    r.timePrecision = 'WEEK',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:weekend-intelligence-head'];

// Boris Johnson -[HOLDS_OFFICE]-> Foreign Secretary of the United Kingdom
MATCH (a:Actor {id: 'person:boris-johnson'})
MATCH (b:Office {id: 'office:uk-foreign-secretary'})
MERGE (a)-[r:HOLDS_OFFICE]->(b)
SET
    r.wording = 'The last British foreign secretary to travel to Moscow',
    r.current = false,
    r.timeText = 'December 2017',
    r.timeStart = date('2017-12-01'),
    r.timeEnd = date('2017-12-31'),
    r.timePrecision = 'MONTH',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:johnson-december-2017'];

// Recorded as the article says it, not fixed: see disc:zelenskiy-prime-minister-or-president. Background gives him the presidency (080).
// Volodymyr Zelenskiy -[HOLDS_OFFICE]-> Prime Minister of Ukraine
MATCH (a:Actor {id: 'person:volodymyr-zelenskiy'})
MATCH (b:Office {id: 'office:ukraine-prime-minister'})
MERGE (a)-[r:HOLDS_OFFICE]->(b)
SET
    r.wording = 'the Ukrainian prime minister',
    r.current = true,
    r.discrepancyId = 'disc:zelenskiy-prime-minister-or-president',
    r.timeText = null,
    r.timeStart = date('2022-01-24'),
    r.timeEnd = date('2022-01-30'),
    r.timePrecision = 'WEEK',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:zelenskiy-prime-minister'];

// Sergei Lavrov -[COUNTERPART_OF]-> Liz Truss
MATCH (a:Actor {id: 'person:sergei-lavrov'})
MATCH (b:Actor {id: 'person:liz-truss'})
MERGE (a)-[r:COUNTERPART_OF]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:lavrov-russian-counterpart', 'ev:standfirst'];
