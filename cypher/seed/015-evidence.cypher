// 015-evidence.cypher
// Evidence: short verbatim phrases of the article (at most 12 words each) with their code-point offsets
// (W3C TextQuote + TextPosition selectors). prefix/suffix carry only the context a quote needs to be unique
// (at most 16 characters). Together the quotes and their context cover well under half of the article.
// Offsets were computed from the article file by script, not by hand.
// Idempotent: every node is MERGEd on its id and every relationship MERGEd between endpoints matched by id, then SET.
// Applied in one write transaction, after the files before it in name order.

MERGE (e:Evidence {id: 'ev:headline'})
SET
    e.exact = 'Truss will meet Lavrov in Moscow',
    e.prefix = '',
    e.suffix = '',
    e.start = 15,
    e.end = 47
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:standfirst'})
SET
    e.exact = 'Embassy says',
    e.prefix = '',
    e.suffix = '',
    e.start = 84,
    e.end = 96
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:truss-uk-foreign-secretary'})
SET
    e.exact = 'UK foreign secretary, Liz Truss',
    e.prefix = '',
    e.suffix = '',
    e.start = 181,
    e.end = 212
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:truss-to-travel-to-russia'})
SET
    e.exact = 'travel to Russia',
    e.prefix = '',
    e.suffix = '',
    e.start = 220,
    e.end = 236
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:lavrov-russian-counterpart'})
SET
    e.exact = 'counterpart, Sergei Lavrov',
    e.prefix = '',
    e.suffix = '',
    e.start = 286,
    e.end = 312
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:embassy-announced'})
SET
    e.exact = 'Russian embassy in London',
    e.prefix = '',
    e.suffix = '',
    e.start = 318,
    e.end = 343
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:fo-did-not-confirm'})
SET
    e.exact = 'Foreign Office did not confirm',
    e.prefix = '',
    e.suffix = '',
    e.start = 364,
    e.end = 394
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:likely-to-go-ahead'})
SET
    e.exact = 'likely to go ahead',
    e.prefix = '',
    e.suffix = '',
    e.start = 415,
    e.end = 433
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:first-of-its-kind'})
SET
    e.exact = 'first of its kind for five years',
    e.prefix = '',
    e.suffix = '',
    e.start = 450,
    e.end = 482
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:russia-claims-uk-request'})
SET
    e.exact = 'requested by the UK',
    e.prefix = '',
    e.suffix = '',
    e.start = 512,
    e.end = 531
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:truss-due-in-kyiv'})
SET
    e.exact = 'visit Kyiv next week',
    e.prefix = '',
    e.suffix = '',
    e.start = 559,
    e.end = 579
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:zelenskiy-prime-minister'})
SET
    e.exact = 'Ukrainian prime minister, Volodymyr Zelenskiy',
    e.prefix = '',
    e.suffix = '',
    e.start = 604,
    e.end = 649
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:britain-among-nato'})
SET
    e.exact = 'Britain has been among the Nato countries',
    e.prefix = '',
    e.suffix = '',
    e.start = 652,
    e.end = 693
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:tough-measures'})
SET
    e.exact = 'Russian invasion of Ukraine',
    e.prefix = '',
    e.suffix = '',
    e.start = 731,
    e.end = 758
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:anti-tank-weapons'})
SET
    e.exact = '2,000 anti-tank weapons',
    e.prefix = '',
    e.suffix = '',
    e.start = 777,
    e.end = 800
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:hms-defender'})
SET
    e.exact = 'Royal Navy’s HMS Defender sailed close to Crimea',
    e.prefix = '',
    e.suffix = '',
    e.start = 825,
    e.end = 873
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:crimea-view'})
SET
    e.exact = 'UK government’s view that the peninsula remains Ukrainian',
    e.prefix = '',
    e.suffix = '',
    e.start = 891,
    e.end = 948
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:navy-loans'})
SET
    e.exact = '£1.8bn in loans to help Ukraine',
    e.prefix = '',
    e.suffix = '',
    e.start = 985,
    e.end = 1016
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:closest-relations'})
SET
    e.exact = 'British diplomats say have led to the closest relations',
    e.prefix = '',
    e.suffix = '',
    e.start = 1051,
    e.end = 1106
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:including-poland'})
SET
    e.exact = 'including Poland',
    e.prefix = '',
    e.suffix = '',
    e.start = 1210,
    e.end = 1226
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:trilateral-alliance'})
SET
    e.exact = 'Ukraine is eager to expand that alliance',
    e.prefix = '',
    e.suffix = '',
    e.start = 1139,
    e.end = 1179
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:most-hostile'})
SET
    e.exact = 'most hostile to Russia',
    e.prefix = '',
    e.suffix = '',
    e.start = 1263,
    e.end = 1285
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:weekend-intelligence-head'})
SET
    e.exact = 'head of the intelligence services',
    e.prefix = '',
    e.suffix = '',
    e.start = 1343,
    e.end = 1376
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:plot-accusation'})
SET
    e.exact = 'plot to topple the Ukrainian president',
    e.prefix = '',
    e.suffix = '',
    e.start = 1411,
    e.end = 1449
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:puppet-leader'})
SET
    e.exact = 'Russian puppet leader',
    e.prefix = '',
    e.suffix = '',
    e.start = 1473,
    e.end = 1494
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:strategic-mistake'})
SET
    e.exact = 'strategic mistake',
    e.prefix = '',
    e.suffix = '',
    e.start = 1555,
    e.end = 1572
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:severe-consequences'})
SET
    e.exact = 'severe consequences',
    e.prefix = '',
    e.suffix = '',
    e.start = 1609,
    e.end = 1628
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:decline-post-brexit'})
SET
    e.exact = 'UK is in decline post-Brexit',
    e.prefix = '',
    e.suffix = '',
    e.start = 1652,
    e.end = 1680
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:spy-novels'})
SET
    e.exact = 'too many spy novels',
    e.prefix = '',
    e.suffix = '',
    e.start = 1705,
    e.end = 1724
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:johnson-december-2017'})
SET
    e.exact = 'Boris Johnson in December 2017',
    e.prefix = 'to Moscow was ',
    e.suffix = '',
    e.start = 1786,
    e.end = 1816
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:may-putin-g20'})
SET
    e.exact = 'May met Vladimir Putin on the margins of the G20',
    e.prefix = '',
    e.suffix = '',
    e.start = 1826,
    e.end = 1874
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:first-time-at-that-level'})
SET
    e.exact = 'first time the two sides had met',
    e.prefix = '',
    e.suffix = '',
    e.start = 1889,
    e.end = 1921
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:poisoning-collapse'})
SET
    e.exact = 'poisoning of a UK double agent by Russia',
    e.prefix = '',
    e.suffix = '',
    e.start = 1946,
    e.end = 1986
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:meeting-purpose'})
SET
    e.exact = 'purpose of the Truss meeting',
    e.prefix = '',
    e.suffix = '',
    e.start = 2033,
    e.end = 2061
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:sanctions-if-invasion'})
SET
    e.exact = 'sanctions imposed in the event of an invasion',
    e.prefix = '',
    e.suffix = '',
    e.start = 2118,
    e.end = 2163
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:allies-wealth'})
SET
    e.exact = 'Putin’s closest personal allies',
    e.prefix = '',
    e.suffix = '',
    e.start = 2251,
    e.end = 2282
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:london-property'})
SET
    e.exact = 'London property market',
    e.prefix = '',
    e.suffix = '',
    e.start = 2322,
    e.end = 2344
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:tougher-stance-oligarchs'})
SET
    e.exact = 'Russian oligarchs',
    e.prefix = '',
    e.suffix = '.',
    e.start = 2448,
    e.end = 2465
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:russian-economy'})
SET
    e.exact = 'Russian economy',
    e.prefix = '',
    e.suffix = '',
    e.start = 2200,
    e.end = 2215
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:biden-pressure'})
SET
    e.exact = 'pressure from the Biden administration',
    e.prefix = '',
    e.suffix = '',
    e.start = 2362,
    e.end = 2400
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:chatham-house-report'})
SET
    e.exact = 'published by Chatham House',
    e.prefix = '',
    e.suffix = '',
    e.start = 2505,
    e.end = 2531
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:echoed-us-concerns'})
SET
    e.exact = 'echoed the US state department’s concerns',
    e.prefix = '',
    e.suffix = '',
    e.start = 2542,
    e.end = 2583
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:rein-in-oligarchs'})
SET
    e.exact = 'rein in some of the Russian oligarchs',
    e.prefix = '',
    e.suffix = '',
    e.start = 2632,
    e.end = 2669
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:chatham-house-says'})
SET
    e.exact = 'Chatham House report says',
    e.prefix = '',
    e.suffix = '',
    e.start = 2703,
    e.end = 2728
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:city-leverage'})
SET
    e.exact = 'City of London’s role',
    e.prefix = '',
    e.suffix = '',
    e.start = 2735,
    e.end = 2756
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:commercial-partners'})
SET
    e.exact = 'gives the UK more leverage',
    e.prefix = '',
    e.suffix = '',
    e.start = 2792,
    e.end = 2818
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:tolerate-the-hit'})
SET
    e.exact = 'tolerate the hit',
    e.prefix = '',
    e.suffix = '',
    e.start = 2902,
    e.end = 2918
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:stringent-sanctions'})
SET
    e.exact = 'stringent sanctions',
    e.prefix = '',
    e.suffix = '',
    e.start = 3018,
    e.end = 3037
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:officials-insist'})
SET
    e.exact = 'UK officials continue to insist',
    e.prefix = '',
    e.suffix = '',
    e.start = 3041,
    e.end = 3072
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:head-of-steam'})
SET
    e.exact = 'head of steam developing in the US',
    e.prefix = '',
    e.suffix = '',
    e.start = 3134,
    e.end = 3168
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:conservative-reluctance'})
SET
    e.exact = 'Conservative party’s reluctance',
    e.prefix = '',
    e.suffix = '',
    e.start = 3194,
    e.end = 3225
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:chartered-planes'})
SET
    e.exact = 'chartered planes',
    e.prefix = '',
    e.suffix = '',
    e.start = 3328,
    e.end = 3344
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:hot-water'})
SET
    e.exact = 'in hot water recently',
    e.prefix = '',
    e.suffix = '',
    e.start = 3365,
    e.end = 3386
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:jet-bill'})
SET
    e.exact = 'left with a £500,000 bill',
    e.prefix = '',
    e.suffix = '',
    e.start = 3430,
    e.end = 3455
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:australia-jet'})
SET
    e.exact = 'Australia for a three-day visit',
    e.prefix = '',
    e.suffix = '',
    e.start = 3498,
    e.end = 3529
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:plane-hired'})
SET
    e.exact = 'hired by the UK government',
    e.prefix = '',
    e.suffix = '',
    e.start = 3570,
    e.end = 3596
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:out-of-action'})
SET
    e.exact = 'out of action for 24 hours',
    e.prefix = '',
    e.suffix = '',
    e.start = 3655,
    e.end = 3681
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:commercial-travel'})
SET
    e.exact = 'travelled commercially',
    e.prefix = '',
    e.suffix = '',
    e.start = 3609,
    e.end = 3631
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:top-secret'})
SET
    e.exact = 'top-secret information',
    e.prefix = '',
    e.suffix = '',
    e.start = 3724,
    e.end = 3746
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);
