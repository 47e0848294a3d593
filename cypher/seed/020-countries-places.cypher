// 020-countries-places.cypher
// Countries and places the article names, with ISO 3166 codes and Wikidata ids where confirmed.
// Idempotent: every node is MERGEd on its id and every relationship MERGEd between endpoints matched by id, then SET.
// Applied in one write transaction, after the files before it in name order.


// ================= Nodes

MERGE (n:Actor {id: 'country:gbr'})
SET
    n:Country,
    n.name = 'United Kingdom',
    n.aliases = ['UK', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
    n.aliasText = 'UK · Britain · Great Britain · United Kingdom of Great Britain and Northern Ireland',
    n.description = 'The UK: sends its foreign secretary to Moscow and Kyiv, arms and lends to Ukraine, and is a Nato member.',
    n.wikidata = 'Q145',
    n.actorCode = 'GBR',
    n.iso3 = 'GBR',
    n.iso2 = 'GB',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:truss-uk-foreign-secretary', 'ev:britain-among-nato'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'country:rus'})
SET
    n:Country,
    n.name = 'Russia',
    n.aliases = ['Russian Federation'],
    n.aliasText = 'Russian Federation',
    n.description = 'Russia: hosts the announced talks, is accused of a plot against Ukraine and threatened with sanctions if it invades.',
    n.wikidata = 'Q159',
    n.actorCode = 'RUS',
    n.iso3 = 'RUS',
    n.iso2 = 'RU',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:truss-to-travel-to-russia', 'ev:plot-accusation'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'country:ukr'})
SET
    n:Country,
    n.name = 'Ukraine',
    n.aliases = [],
    n.aliasText = '',
    n.description = 'Ukraine: receives UK weapons and loans, and wants a trilateral alliance with the UK and Poland.',
    n.wikidata = 'Q212',
    n.actorCode = 'UKR',
    n.iso3 = 'UKR',
    n.iso2 = 'UA',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:tough-measures', 'ev:navy-loans'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'country:pol'})
SET
    n:Country,
    n.name = 'Poland',
    n.aliases = ['Republic of Poland'],
    n.aliasText = 'Republic of Poland',
    n.description = 'Poland: the third member of the trilateral alliance Ukraine proposes.',
    n.wikidata = 'Q36',
    n.actorCode = 'POL',
    n.iso3 = 'POL',
    n.iso2 = 'PL',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:including-poland'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'country:usa'})
SET
    n:Country,
    n.name = 'United States',
    n.aliases = ['US', 'USA', 'United States of America'],
    n.aliasText = 'US · USA · United States of America',
    n.description = 'The United States: its state department and the Biden administration press the UK over Russian oligarchs.',
    n.wikidata = 'Q30',
    n.actorCode = 'USA',
    n.iso3 = 'USA',
    n.iso2 = 'US',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:echoed-us-concerns', 'ev:head-of-steam'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Actor {id: 'country:aus'})
SET
    n:Country,
    n.name = 'Australia',
    n.aliases = ['Commonwealth of Australia'],
    n.aliasText = 'Commonwealth of Australia',
    n.description = 'Australia: where Truss flew by private jet for a three-day visit. Wikidata id not confirmed, so left empty.',
    n.wikidata = null,
    n.actorCode = 'AUS',
    n.iso3 = 'AUS',
    n.iso2 = 'AU',
    n.named = true,
    n.hypothetical = false
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:australia-jet'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Place {id: 'place:moscow'})
SET
    n.name = 'Moscow',
    n.aliases = ['Moskva'],
    n.aliasText = 'Moskva',
    n.placeKind = 'CITY',
    n.wikidata = null
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:headline', 'ev:johnson-december-2017'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Place {id: 'place:kyiv'})
SET
    n.name = 'Kyiv',
    n.aliases = ['Kiev'],
    n.aliasText = 'Kiev',
    n.placeKind = 'CITY',
    n.wikidata = null
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:truss-due-in-kyiv'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Place {id: 'place:london'})
SET
    n.name = 'London',
    n.aliases = [],
    n.aliasText = '',
    n.placeKind = 'CITY',
    n.wikidata = null
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:embassy-announced', 'ev:london-property'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

MERGE (n:Place {id: 'place:city-of-london'})
SET
    n.name = 'City of London',
    n.aliases = ['the City', 'Square Mile'],
    n.aliasText = 'the City · Square Mile',
    n.placeKind = 'DISTRICT',
    n.wikidata = null
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:city-leverage'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);

// Crimea is contested: see its two LOCATED_IN relationships (Ukraine in the article, Russia in background), both contested.
MERGE (n:Place {id: 'place:crimea'})
SET
    n.name = 'Crimea',
    n.aliases = ['Crimean peninsula'],
    n.aliasText = 'Crimean peninsula',
    n.placeKind = 'PENINSULA',
    n.wikidata = 'Q7835'
WITH n
MATCH (s:Source {id: 'src:article'})
MERGE (n)-[:SUPPORTED_BY]->(s)
WITH DISTINCT n
UNWIND ['ev:hms-defender', 'ev:crimea-view'] AS evidenceId
MATCH (e:Evidence {id: evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e);


// ================= Relationships

// As the UK government sees it: contested, and backed by its claim (070). Background adds the Russian side (080).
// Crimea -[LOCATED_IN]-> Ukraine
MATCH (a:Place {id: 'place:crimea'})
MATCH (b:Actor {id: 'country:ukr'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET
    r.contested = true,
    r.claimId = 'claim:uk-government-crimea-is-ukrainian',
    r.sourceId = 'src:article',
    r.evidenceIds = ['ev:crimea-view'];
