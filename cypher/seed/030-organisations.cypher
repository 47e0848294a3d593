// 030-organisations.cypher
// Organisations: embassy, ministries, intelligence services, navy and warship, alliances, think tank, administration, party, forum, publisher.
// Idempotent: every node is MERGEd on its id and every relationship MERGEd between endpoints matched by id, then SET.
// Applied in one write transaction, after the files before it in name order.


// ================= Nodes

MERGE (n:Actor {id: 'org:russian-embassy-london'})
SET
    n:Organisation,
    n.name = 'Russian embassy in London',
    n.aliases = ['Russian embassy', 'Embassy of Russia in London'],
    n.aliasText = 'Russian embassy · Embassy of Russia in London',
    n.description = 'Russia’s embassy in London, which announced the Truss–Lavrov talks.',
    n.wikidata = null,
    n.actorCode = 'RUSGOV',
    n.orgKind = 'EMBASSY',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:embassy-announced', 'ev:standfirst'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'org:uk-government'})
SET
    n:Organisation,
    n.name = 'UK government',
    n.aliases = ['British government', 'HM Government'],
    n.aliasText = 'British government · HM Government',
    n.description = 'The government of the United Kingdom, whose view on Crimea HMS Defender was sent to underline.',
    n.wikidata = null,
    n.actorCode = 'GBRGOV',
    n.orgKind = 'GOVERNMENT',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:crimea-view', 'ev:plane-hired'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'org:foreign-office'})
SET
    n:Organisation,
    n.name = 'Foreign Office',
    n.aliases = ['Foreign, Commonwealth and Development Office', 'FCDO', 'Foreign and Commonwealth Office'],
    n.aliasText = 'Foreign, Commonwealth and Development Office · FCDO · Foreign and Commonwealth Office',
    n.description = 'The UK’s foreign ministry: did not confirm the Moscow visit and defended Truss’s chartered flights.',
    n.wikidata = null,
    n.actorCode = 'GBRGOV',
    n.orgKind = 'MINISTRY',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:fo-did-not-confirm', 'ev:chartered-planes'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'org:uk-intelligence-services'})
SET
    n:Organisation,
    n.name = 'UK intelligence services',
    n.aliases = ['intelligence services'],
    n.aliasText = 'intelligence services',
    n.description = 'The UK intelligence services, whose formal political head is the foreign secretary.',
    n.wikidata = null,
    n.actorCode = 'GBRSPY',
    n.orgKind = 'INTELLIGENCE',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:weekend-intelligence-head'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'org:royal-navy'})
SET
    n:Organisation,
    n.name = 'Royal Navy',
    n.aliases = [],
    n.aliasText = '',
    n.description = 'The UK’s navy.',
    n.wikidata = null,
    n.actorCode = 'GBRMIL',
    n.orgKind = 'NAVY',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:hms-defender'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'org:hms-defender'})
SET
    n:Organisation,
    n.name = 'HMS Defender',
    n.aliases = [],
    n.aliasText = '',
    n.description = 'A Royal Navy warship that sailed close to Crimea.',
    n.wikidata = null,
    n.actorCode = 'GBRMIL',
    n.orgKind = 'WARSHIP',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:hms-defender'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'org:nato'})
SET
    n:Organisation,
    n.name = 'Nato',
    n.aliases = ['NATO', 'North Atlantic Treaty Organization'],
    n.aliasText = 'NATO · North Atlantic Treaty Organization',
    n.description = 'The North Atlantic alliance; the UK is among the Nato countries urging tough measures to deter a Russian invasion.',
    n.wikidata = 'Q7184',
    n.actorCode = 'IGO',
    n.orgKind = 'ALLIANCE',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:britain-among-nato'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'org:chatham-house'})
SET
    n:Organisation,
    n.name = 'Chatham House',
    n.aliases = ['Royal Institute of International Affairs'],
    n.aliasText = 'Royal Institute of International Affairs',
    n.description = 'A London think tank whose report on the UK’s Russia strategy echoed US concerns.',
    n.wikidata = null,
    n.actorCode = 'GBRNGO',
    n.orgKind = 'THINK_TANK',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:chatham-house-report', 'ev:chatham-house-says'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'org:us-state-department'})
SET
    n:Organisation,
    n.name = 'US state department',
    n.aliases = ['State Department', 'US Department of State', 'United States Department of State'],
    n.aliasText = 'State Department · US Department of State · United States Department of State',
    n.description = 'The US foreign ministry, which worries that Britain is too soft on Russian oligarchs.',
    n.wikidata = null,
    n.actorCode = 'USAGOV',
    n.orgKind = 'MINISTRY',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:echoed-us-concerns'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'org:biden-administration'})
SET
    n:Organisation,
    n.name = 'Biden administration',
    n.aliases = [],
    n.aliasText = '',
    n.description = 'The US administration of President Biden, pressing the UK over Russian oligarchs.',
    n.wikidata = null,
    n.actorCode = 'USAGOV',
    n.orgKind = 'ADMINISTRATION',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:biden-pressure'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'org:conservative-party'})
SET
    n:Organisation,
    n.name = 'Conservative party',
    n.aliases = ['Conservatives', 'Tories', 'Tory party', 'Conservative and Unionist Party'],
    n.aliasText = 'Conservatives · Tories · Tory party · Conservative and Unionist Party',
    n.description = 'The UK’s governing party, seen in the US as reluctant to challenge some of its prominent donors. No CAMEO actor code is assigned.',
    n.wikidata = null,
    n.actorCode = null,
    n.orgKind = 'PARTY',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:conservative-reluctance'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'org:g20'})
SET
    n:Organisation,
    n.name = 'G20',
    n.aliases = ['Group of Twenty'],
    n.aliasText = 'Group of Twenty',
    n.description = 'The forum on whose margins Theresa May met Vladimir Putin in 2019.',
    n.wikidata = null,
    n.actorCode = 'IGO',
    n.orgKind = 'FORUM',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:may-putin-g20'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'org:the-guardian'})
SET
    n:Organisation,
    n.name = 'The Guardian',
    n.aliases = ['Guardian'],
    n.aliasText = 'Guardian',
    n.description = 'The article’s publisher; the asserting party of the article’s own-voice (authorial) claims. The article text does not name it: it comes from the source’s metadata.',
    n.wikidata = null,
    n.actorCode = 'GBRMED',
    n.orgKind = 'PUBLISHER',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:background'})
MERGE (n)-[:SUPPORTED_BY]->(s);


// ================= Relationships

// Russian embassy in London -[BELONGS_TO]-> Russia
MATCH (a:Actor {id: 'org:russian-embassy-london'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:embassy-announced'];

// Russian embassy in London -[REPRESENTS]-> Russia
MATCH (a:Actor {id: 'org:russian-embassy-london'})
MATCH (b:Actor {id: 'country:rus'})
MERGE (a)-[r:REPRESENTS]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:embassy-announced'];

// Russian embassy in London -[LOCATED_IN]-> London
MATCH (a:Actor {id: 'org:russian-embassy-london'})
MATCH (b:Place {id: 'place:london'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET
    r.contested = false,
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:embassy-announced'];

// UK government -[BELONGS_TO]-> United Kingdom
MATCH (a:Actor {id: 'org:uk-government'})
MATCH (b:Actor {id: 'country:gbr'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:crimea-view'];

// US state department -[BELONGS_TO]-> United States
MATCH (a:Actor {id: 'org:us-state-department'})
MATCH (b:Actor {id: 'country:usa'})
MERGE (a)-[r:BELONGS_TO]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:echoed-us-concerns'];

// HMS Defender -[PART_OF]-> Royal Navy
MATCH (a:Actor {id: 'org:hms-defender'})
MATCH (b:Actor {id: 'org:royal-navy'})
MERGE (a)-[r:PART_OF]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:hms-defender'];

// United Kingdom -[MEMBER_OF]-> Nato
MATCH (a:Actor {id: 'country:gbr'})
MATCH (b:Actor {id: 'org:nato'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:britain-among-nato'];
