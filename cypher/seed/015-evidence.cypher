// 015-evidence.cypher
// Evidence: short verbatim clauses of the article with their code-point offsets (W3C TextQuote + TextPosition selectors).
// Offsets were computed from the article file by script, not by hand.
// Idempotent: every node is MERGEd on its id and every relationship MERGEd between endpoints matched by id, then SET.
// Applied in one write transaction, after the files before it in name order.

MERGE (e:Evidence {id: 'ev:headline'})
SET
    e.exact = 'Truss will meet Lavrov in Moscow within next two weeks, says Russia',
    e.prefix = '',
    e.suffix = '',
    e.start = 15,
    e.end = 82
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:standfirst'})
SET
    e.exact = 'Embassy says UK foreign secretary will have talks with Russian counterpart at UK’s request',
    e.prefix = '',
    e.suffix = '',
    e.start = 84,
    e.end = 174
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:truss-uk-foreign-secretary'})
SET
    e.exact = 'The UK foreign secretary, Liz Truss',
    e.prefix = '',
    e.suffix = ', is to travel to ',
    e.start = 177,
    e.end = 212
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:truss-to-travel-to-russia'})
SET
    e.exact = 'is to travel to Russia in the next two weeks',
    e.prefix = 'Liz Truss, ',
    e.suffix = ' for talks with her ',
    e.start = 214,
    e.end = 258
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:lavrov-russian-counterpart'})
SET
    e.exact = 'her Russian counterpart, Sergei Lavrov',
    e.prefix = 'for talks with ',
    e.suffix = ', the Russian ',
    e.start = 274,
    e.end = 312
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:embassy-announced'})
SET
    e.exact = 'the Russian embassy in London has announced',
    e.prefix = 'Sergei Lavrov, ',
    e.suffix = '.',
    e.start = 314,
    e.end = 357
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:fo-did-not-confirm'})
SET
    e.exact = 'The Foreign Office did not confirm the visit',
    e.prefix = '',
    e.suffix = ' but it is likely to',
    e.start = 360,
    e.end = 404
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:likely-to-go-ahead'})
SET
    e.exact = 'likely to go ahead',
    e.prefix = 'the visit but it is ',
    e.suffix = ' and will be the ',
    e.start = 415,
    e.end = 433
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:first-of-its-kind'})
SET
    e.exact = 'the first of its kind for five years',
    e.prefix = 'ahead and will be ',
    e.suffix = '. Russia claims the ',
    e.start = 446,
    e.end = 482
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:russia-claims-uk-request'})
SET
    e.exact = 'Russia claims the visit was requested by the UK',
    e.prefix = 'for five years. ',
    e.suffix = '.',
    e.start = 484,
    e.end = 531
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:truss-due-in-kyiv'})
SET
    e.exact = 'due to visit Kyiv next week',
    e.prefix = 'Truss was already ',
    e.suffix = ' where she will meet',
    e.start = 552,
    e.end = 579
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:zelenskiy-prime-minister'})
SET
    e.exact = 'the Ukrainian prime minister, Volodymyr Zelenskiy',
    e.prefix = 'where she will meet ',
    e.suffix = '.',
    e.start = 600,
    e.end = 649
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:britain-among-nato'})
SET
    e.exact = 'Britain has been among the Nato countries',
    e.prefix = '',
    e.suffix = ' advocating tough ',
    e.start = 652,
    e.end = 693
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:tough-measures'})
SET
    e.exact = 'tough measures to deter a Russian invasion of Ukraine',
    e.prefix = 'advocating ',
    e.suffix = ', and has provided ',
    e.start = 705,
    e.end = 758
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:anti-tank-weapons'})
SET
    e.exact = 'provided 2,000 anti-tank weapons to Kyiv',
    e.prefix = 'of Ukraine, and has ',
    e.suffix = '.',
    e.start = 768,
    e.end = 808
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:hms-defender'})
SET
    e.exact = 'Last June the Royal Navy’s HMS Defender sailed close to Crimea',
    e.prefix = '',
    e.suffix = ' to underline the UK',
    e.start = 811,
    e.end = 873
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:crimea-view'})
SET
    e.exact = 'the UK government’s view that the peninsula remains Ukrainian territory',
    e.prefix = 'Crimea to underline ',
    e.suffix = '. The UK has also ',
    e.start = 887,
    e.end = 958
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:navy-loans'})
SET
    e.exact = '£1.8bn in loans to help Ukraine strengthen its navy',
    e.prefix = 'has also provided ',
    e.suffix = ', actions that ',
    e.start = 985,
    e.end = 1036
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:closest-relations'})
SET
    e.exact = 'British diplomats say have led to the closest relations ever',
    e.prefix = 'navy, actions that ',
    e.suffix = ' between the two ',
    e.start = 1051,
    e.end = 1111
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:including-poland'})
SET
    e.exact = 'by including Poland',
    e.prefix = 'trilateral alliance ',
    e.suffix = ', bringing together ',
    e.start = 1207,
    e.end = 1226
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:trilateral-alliance'})
SET
    e.exact = 'Ukraine is eager to expand that alliance into a trilateral alliance',
    e.prefix = 'the two countries. ',
    e.suffix = ' by including ',
    e.start = 1139,
    e.end = 1206
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:most-hostile'})
SET
    e.exact = 'the three powers most hostile to Russia in Europe',
    e.prefix = 'bringing together ',
    e.suffix = '.',
    e.start = 1246,
    e.end = 1295
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:weekend-intelligence-head'})
SET
    e.exact = 'Over the weekend Truss, the formal political head of the intelligence services',
    e.prefix = '',
    e.suffix = ', accused Russia of ',
    e.start = 1298,
    e.end = 1376
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:plot-accusation'})
SET
    e.exact = 'accused Russia of being behind a plot to topple the Ukrainian president',
    e.prefix = 'services, ',
    e.suffix = ' and replace him ',
    e.start = 1378,
    e.end = 1449
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:puppet-leader'})
SET
    e.exact = 'a Russian puppet leader',
    e.prefix = 'replace him with ',
    e.suffix = '. She has repeatedly',
    e.start = 1471,
    e.end = 1494
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:strategic-mistake'})
SET
    e.exact = 'repeatedly claimed Russia will be making a massive strategic mistake',
    e.prefix = 'leader. She has ',
    e.suffix = ' if it invades ',
    e.start = 1504,
    e.end = 1572
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:severe-consequences'})
SET
    e.exact = 'will face severe consequences',
    e.prefix = 'invades Ukraine and ',
    e.suffix = '. Russia, believing ',
    e.start = 1599,
    e.end = 1628
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:decline-post-brexit'})
SET
    e.exact = 'believing the UK is in decline post-Brexit',
    e.prefix = 'Russia, ',
    e.suffix = ', accused her of ',
    e.start = 1638,
    e.end = 1680
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:spy-novels'})
SET
    e.exact = 'accused her of reading too many spy novels',
    e.prefix = 'post-Brexit, ',
    e.suffix = '.',
    e.start = 1682,
    e.end = 1724
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:johnson-december-2017'})
SET
    e.exact = 'The last British foreign secretary to travel to Moscow was Boris Johnson in December 2017',
    e.prefix = '',
    e.suffix = '. Theresa May met ',
    e.start = 1727,
    e.end = 1816
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:may-putin-g20'})
SET
    e.exact = 'Theresa May met Vladimir Putin on the margins of the G20 in 2019',
    e.prefix = 'in December 2017. ',
    e.suffix = ' – the first time ',
    e.start = 1818,
    e.end = 1882
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:first-time-at-that-level'})
SET
    e.exact = 'the first time the two sides had met at that level',
    e.prefix = 'the G20 in 2019 – ',
    e.suffix = ' since the poisoning',
    e.start = 1885,
    e.end = 1935
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:poisoning-collapse'})
SET
    e.exact = 'the poisoning of a UK double agent by Russia led to a full-scale diplomatic collapse',
    e.prefix = 'at that level since ',
    e.suffix = '.',
    e.start = 1942,
    e.end = 2026
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:meeting-purpose'})
SET
    e.exact = 'One purpose of the Truss meeting',
    e.prefix = '',
    e.suffix = ' will be to try to ',
    e.start = 2029,
    e.end = 2061
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:sanctions-if-invasion'})
SET
    e.exact = 'any economic sanctions imposed in the event of an invasion of Ukraine',
    e.prefix = 'out to Russia that ',
    e.suffix = ' will affect not ',
    e.start = 2105,
    e.end = 2174
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:allies-wealth'})
SET
    e.exact = 'the personal wealth of some of Putin’s closest personal allies',
    e.prefix = 'Russian economy but ',
    e.suffix = '. Much of that money',
    e.start = 2220,
    e.end = 2282
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:london-property'})
SET
    e.exact = 'Much of that money is invested in the London property market',
    e.prefix = 'personal allies. ',
    e.suffix = '.',
    e.start = 2284,
    e.end = 2344
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:tougher-stance-oligarchs'})
SET
    e.exact = 'a tougher stance about Russian oligarchs',
    e.prefix = 'the UK to take ',
    e.suffix = '.',
    e.start = 2425,
    e.end = 2465
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:russian-economy'})
SET
    e.exact = 'not just the Russian economy',
    e.prefix = 'Ukraine will affect ',
    e.suffix = ' but the personal ',
    e.start = 2187,
    e.end = 2215
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:biden-pressure'})
SET
    e.exact = 'pressure from the Biden administration',
    e.prefix = 'There has been ',
    e.suffix = ' to force the UK to ',
    e.start = 2362,
    e.end = 2400
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:chatham-house-report'})
SET
    e.exact = 'A report on the UK’s Russia strategy published by Chatham House on Friday',
    e.prefix = '',
    e.suffix = ' echoed the US state',
    e.start = 2468,
    e.end = 2541
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:echoed-us-concerns'})
SET
    e.exact = 'echoed the US state department’s concerns that the UK has not done enough',
    e.prefix = 'House on Friday ',
    e.suffix = ' to show it will ',
    e.start = 2542,
    e.end = 2615
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:rein-in-oligarchs'})
SET
    e.exact = 'rein in some of the Russian oligarchs that invest in UK property',
    e.prefix = 'to show it will ',
    e.suffix = '.',
    e.start = 2632,
    e.end = 2696
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:chatham-house-says'})
SET
    e.exact = 'The Chatham House report says',
    e.prefix = '',
    e.suffix = ': “The City of ',
    e.start = 2699,
    e.end = 2728
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:city-leverage'})
SET
    e.exact = 'The City of London’s role as a global financial services hub',
    e.prefix = 'House report says: “',
    e.suffix = ' gives the UK more ',
    e.start = 2731,
    e.end = 2791
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:commercial-partners'})
SET
    e.exact = 'gives the UK more leverage than many of Russia’s other commercial partners',
    e.prefix = 'services hub ',
    e.suffix = ' – if the government',
    e.start = 2792,
    e.end = 2866
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:tolerate-the-hit'})
SET
    e.exact = 'if the government is prepared to tolerate the hit',
    e.prefix = 'partners – ',
    e.suffix = ' to specific (and ',
    e.start = 2869,
    e.end = 2918
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:stringent-sanctions'})
SET
    e.exact = 'more stringent sanctions',
    e.prefix = 'would result from ',
    e.suffix = '.”',
    e.start = 3013,
    e.end = 3037
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:officials-insist'})
SET
    e.exact = 'UK officials continue to insist they have strong anti-corruption legislation',
    e.prefix = '',
    e.suffix = ', but there is a ',
    e.start = 3041,
    e.end = 3117
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:head-of-steam'})
SET
    e.exact = 'a head of steam developing in the US',
    e.prefix = 'but there is ',
    e.suffix = ' at what is regard ',
    e.start = 3132,
    e.end = 3168
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:conservative-reluctance'})
SET
    e.exact = 'the Conservative party’s reluctance to challenge some of its prominent donors',
    e.prefix = 'what is regard as ',
    e.suffix = '.',
    e.start = 3190,
    e.end = 3267
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:chartered-planes'})
SET
    e.exact = 'The Foreign Office said Truss would continue to travel by chartered planes',
    e.prefix = '',
    e.suffix = '. She landed herself',
    e.start = 3270,
    e.end = 3344
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:hot-water'})
SET
    e.exact = 'She landed herself in hot water recently',
    e.prefix = 'chartered planes. ',
    e.suffix = ' when it was ',
    e.start = 3346,
    e.end = 3386
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:jet-bill'})
SET
    e.exact = 'the taxpayer had been left with a £500,000 bill',
    e.prefix = 'it was revealed ',
    e.suffix = ' after she charted a',
    e.start = 3408,
    e.end = 3455
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:australia-jet'})
SET
    e.exact = 'a private jet to fly to Australia for a three-day visit',
    e.prefix = 'after she charted ',
    e.suffix = '. The Foreign Office',
    e.start = 3474,
    e.end = 3529
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:plane-hired'})
SET
    e.exact = 'The Foreign Office said it was a plane hired by the UK government',
    e.prefix = 'a three-day visit. ',
    e.suffix = ', and if she ',
    e.start = 3531,
    e.end = 3596
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:out-of-action'})
SET
    e.exact = 'out of action for 24 hours in each direction',
    e.prefix = 'would in effect be ',
    e.suffix = ' since she had to ',
    e.start = 3655,
    e.end = 3699
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:commercial-travel'})
SET
    e.exact = 'if she travelled commercially',
    e.prefix = 'UK government, and ',
    e.suffix = ' she would in effect',
    e.start = 3602,
    e.end = 3631
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);

MERGE (e:Evidence {id: 'ev:top-secret'})
SET
    e.exact = 'access top-secret information every day',
    e.prefix = 'since she had to ',
    e.suffix = ', which would not be',
    e.start = 3717,
    e.end = 3756
WITH e
MATCH (s:Source {id: 'src:article'})
MERGE (e)-[:QUOTED_FROM]->(s);
