// 010-sources.cypher
// The two sources every fact traces to: the article itself, and background knowledge from public reporting.
// Idempotent: every node is MERGEd on its id and every relationship MERGEd between endpoints matched by id, then SET.
// Applied in one write transaction, after the files before it in name order.

// The article the graph is built from (offsets are Unicode code points into this file).
MERGE (n:Source {id: 'src:article'})
SET
    n.kind = 'ARTICLE',
    n.title = 'Truss will meet Lavrov in Moscow within next two weeks, says Russia',
    n.publisher = 'The Guardian',
    n.section = 'world news',
    n.standfirst = 'Embassy says UK foreign secretary will have talks with Russian counterpart at UK’s request',
    n.publishedText = 'Not stated in the text. Public reporting places it in the last week of January 2022: the weekend accusation it mentions was made on 22 January 2022, and Russia’s “within two weeks” remark was reported on 26 January 2022.',
    n.publishedStart = date('2022-01-24'),
    n.publishedEnd = date('2022-01-30'),
    n.publishedPrecision = 'WEEK',
    n.file = '../shared/article/truss-lavrov.txt',
    n.textLength = 3816;

// Background knowledge: never attributed to the article, never carries article evidence.
MERGE (n:Source {id: 'src:background'})
SET
    n.kind = 'BACKGROUND',
    n.title = 'Background knowledge from public reporting',
    n.publisher = null,
    n.section = null,
    n.standfirst = null,
    n.publishedText = 'Not one publication: facts from public reporting that the article only implies (offices, capitals, memberships) and exact dates it leaves out.',
    n.publishedStart = null,
    n.publishedEnd = null,
    n.publishedPrecision = 'UNKNOWN',
    n.file = null,
    n.textLength = null;
