/**
 * Every quote the graph stores is the article's own words at its own offsets, short, and traced
 * to the article; every article fact carries evidence and every background fact carries none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readRows } from '../support/neo4j.js';
import { articlePath, readArticle } from './graph.js';

interface EvidenceRow {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

let article = '';
let evidence: EvidenceRow[] = [];

beforeAll(async () => {
  article = readArticle();
  evidence = await readRows<EvidenceRow>(
    'MATCH (e:Evidence) RETURN e.id AS id, e.exact AS exact, e.prefix AS prefix, e.suffix AS suffix, e.start AS start, e.end AS end ORDER BY id',
  );
});

const words = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

describe('the source article file', () => {
  it('is the file the article Source describes, measured in code points', async () => {
    const [source] = await readRows<{ textLength: number; file: string }>(
      "MATCH (s:Source {id: 'src:article'}) RETURN s.textLength AS textLength, s.file AS file",
    );
    expect(source, 'src:article must exist').toBeDefined();
    expect([...article].length, `code points in ${articlePath}`).toBe(source!.textLength);
    // The file name within the texts folder (SOURCE_TEXTS_DIR), which the repository does not hold.
    expect(source!.file).toBe('truss-lavrov.txt');
  });

  it('has only Basic Multilingual Plane characters, so JavaScript string indices are code-point offsets', () => {
    expect([...article].length).toBe(article.length);
  });
});

describe('stored quotes', () => {
  it('exist: the graph holds dozens of evidence quotes', () => {
    expect(evidence.length).toBeGreaterThanOrEqual(40);
  });

  it('each equal the article text between their start and end offsets', () => {
    const mismatches = evidence
      .filter((e) => article.slice(e.start, e.end) !== e.exact)
      .map((e) => `${e.id}: stored "${e.exact}" but article[${e.start}, ${e.end}) is "${article.slice(e.start, e.end)}"`);
    expect(mismatches).toEqual([]);
  });

  it('each have a half-open range whose length is the length of the quote', () => {
    const bad = evidence.filter((e) => !(e.start >= 0 && e.end > e.start && e.end <= article.length && e.end - e.start === e.exact.length));
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('each have a prefix and suffix that are the article text immediately before and after the quote', () => {
    const bad = evidence
      .filter(
        (e) =>
          e.prefix.length > 32 ||
          e.suffix.length > 32 ||
          article.slice(e.start - e.prefix.length, e.start) !== e.prefix ||
          article.slice(e.end, e.end + e.suffix.length) !== e.suffix,
      )
      .map((e) => `${e.id}: prefix "${e.prefix}" / suffix "${e.suffix}"`);
    expect(bad).toEqual([]);
  });

  it('each select a single place in the article: prefix, quote and suffix together occur exactly once', () => {
    const ambiguous = evidence.filter((e) => {
      const context = e.prefix + e.exact + e.suffix;
      const first = article.indexOf(context);
      return first < 0 || article.indexOf(context, first + 1) >= 0;
    });
    expect(ambiguous.map((e) => e.id)).toEqual([]);
  });

  it('each are a short clause of at most 25 words, inside one paragraph', () => {
    const tooLong = evidence.filter((e) => words(e.exact) > 25 || e.exact.includes('\n')).map((e) => `${e.id} (${words(e.exact)} words)`);
    expect(tooLong).toEqual([]);
  });

  it('never reproduce a whole paragraph of the article body: each keeps words that no quote covers', () => {
    const uncoveredWords: Record<string, number> = {};
    let offset = 0;
    for (const paragraph of article.split('\n')) {
      if (words(paragraph) > 25) {
        const covered = new Array<boolean>(paragraph.length).fill(false);
        for (const e of evidence) {
          for (let i = Math.max(e.start, offset); i < Math.min(e.end, offset + paragraph.length); i++) covered[i - offset] = true;
        }
        const gaps = paragraph.split('').map((ch, i) => (covered[i] ? ' ' : ch)).join('');
        uncoveredWords[paragraph.slice(0, 40)] = words(gaps.replace(/[^\p{L}\p{N}\s]/gu, ''));
      }
      offset += paragraph.length + 1;
    }
    expect(Object.keys(uncoveredWords).length).toBeGreaterThan(5);
    expect(Object.entries(uncoveredWords).filter(([, n]) => n < 1)).toEqual([]);
  });

  it('are never a whole paragraph of the article stored in any property of any node', async () => {
    const paragraphs = article.split('\n').filter((p) => words(p) > 25);
    expect(paragraphs.length).toBeGreaterThan(5);
    const rows = await readRows<{ id: string; props: Record<string, unknown> }>('MATCH (n) RETURN n.id AS id, properties(n) AS props');
    const copies = rows.flatMap((row) =>
      Object.entries(row.props)
        .filter(([, value]) => typeof value === 'string' && paragraphs.some((p) => value.includes(p)))
        .map(([key]) => `${row.id}.${key}`),
    );
    expect(copies).toEqual([]);
  });

  it('the stored quotes together keep well under half of the article', () => {
    // Each quote is a short phrase (at most 12 words) with at most 16 characters of context either side.
    const long = evidence
      .filter((e) => words(e.exact) > 12 || e.prefix.length > 16 || e.suffix.length > 16)
      .map((e) => `${e.id}: ${words(e.exact)} words, prefix ${e.prefix.length} / suffix ${e.suffix.length} characters`);
    expect(long).toEqual([]);

    // Quotes with their prefix and suffix, as a union of [start - prefix, end + suffix) spans.
    const covered = new Array<boolean>(article.length).fill(false);
    for (const e of evidence) {
      for (let i = Math.max(0, e.start - e.prefix.length); i < Math.min(article.length, e.end + e.suffix.length); i++) covered[i] = true;
    }
    const count = (from: number, to: number): number => covered.slice(from, to).filter(Boolean).length;
    const total = count(0, article.length);
    expect(total * 100, `${total} of ${article.length} characters are quoted or quote context`).toBeLessThanOrEqual(45 * article.length);

    const crowded: string[] = [];
    let offset = 0;
    for (const paragraph of article.split('\n')) {
      const n = count(offset, offset + paragraph.length);
      if (paragraph.length > 0 && n * 100 > 60 * paragraph.length) crowded.push(`${paragraph.slice(0, 40)}… (${n} of ${paragraph.length})`);
      offset += paragraph.length + 1;
    }
    expect(crowded).toEqual([]);
  });

  it('are each QUOTED_FROM the article source and nothing else', async () => {
    const rows = await readRows<{ id: string; sources: string[] }>(
      'MATCH (e:Evidence) OPTIONAL MATCH (e)-[:QUOTED_FROM]->(s:Source) RETURN e.id AS id, collect(s.id) AS sources',
    );
    expect(rows.filter((r) => r.sources.length !== 1 || r.sources[0] !== 'src:article').map((r) => r.id)).toEqual([]);
  });

  it('are each used: a fact node is EVIDENCED_BY it or a fact relationship names it', async () => {
    const unused = await readRows<{ id: string }>(
      `MATCH (e:Evidence)
       WHERE NOT EXISTS { (e)<-[:EVIDENCED_BY]-() }
         AND NOT EXISTS { MATCH ()-[r]->() WHERE e.id IN coalesce(r.evidenceIds, []) }
       RETURN e.id AS id`,
    );
    expect(unused).toEqual([]);
  });
});

describe('provenance of facts', () => {
  it('every node the article supports, other than sources and evidence, is EVIDENCED_BY at least one quote', async () => {
    const rows = await readRows<{ id: string }>(
      `MATCH (n)-[:SUPPORTED_BY]->(:Source {id: 'src:article'})
       WHERE NOT n:Source AND NOT n:Evidence AND NOT EXISTS { (n)-[:EVIDENCED_BY]->(:Evidence) }
       RETURN n.id AS id ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual([]);
  });

  it('every node other than sources, evidence and loader records is SUPPORTED_BY a source', async () => {
    const rows = await readRows<{ id: string }>(
      `MATCH (n)
       WHERE NOT n:Source AND NOT n:Evidence AND NOT n:SeedScript AND NOT EXISTS { (n)-[:SUPPORTED_BY]->(:Source) }
       RETURN coalesce(n.id, labels(n)[0]) AS id ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual([]);
  });

  it('every relationship sourced from the article names evidence, and all of it exists', async () => {
    const rows = await readRows<{ type: string; from: string; to: string; evidenceIds: string[] | null; missing: string[] }>(
      `MATCH (a)-[r]->(b)
       WHERE r.sourceId = 'src:article'
       WITH a, r, b, [id IN coalesce(r.evidenceIds, []) WHERE NOT EXISTS { MATCH (:Evidence {id: id}) }] AS missing
       WHERE size(coalesce(r.evidenceIds, [])) = 0 OR size(missing) > 0
       RETURN type(r) AS type, a.id AS from, b.id AS to, r.evidenceIds AS evidenceIds, missing`,
    );
    expect(rows).toEqual([]);
    const [count] = await readRows<{ n: number }>("MATCH ()-[r]->() WHERE r.sourceId = 'src:article' RETURN count(r) AS n");
    expect(count!.n).toBeGreaterThan(150);
  });

  it('every fact relationship carries a sourceId naming one of the two sources and an evidenceIds list', async () => {
    const rows = await readRows<{ type: string; from: string; to: string }>(
      `MATCH (a)-[r]->(b)
       WHERE NOT type(r) IN ['SUPPORTED_BY', 'EVIDENCED_BY', 'QUOTED_FROM']
         AND (NOT r.sourceId IN ['src:article', 'src:background'] OR r.evidenceIds IS NULL)
       RETURN type(r) AS type, a.id AS from, b.id AS to`,
    );
    expect(rows).toEqual([]);
  });

  it('background facts never carry article evidence', async () => {
    const rels = await readRows<{ type: string; from: string; to: string }>(
      `MATCH (a)-[r]->(b) WHERE r.sourceId = 'src:background' AND size(r.evidenceIds) > 0
       RETURN type(r) AS type, a.id AS from, b.id AS to`,
    );
    expect(rels).toEqual([]);
    const nodes = await readRows<{ id: string }>(
      `MATCH (n)-[:SUPPORTED_BY]->(:Source {id: 'src:background'})
       WHERE NOT EXISTS { (n)-[:SUPPORTED_BY]->(:Source {id: 'src:article'}) } AND EXISTS { (n)-[:EVIDENCED_BY]->() }
       RETURN n.id AS id`,
    );
    expect(nodes).toEqual([]);
  });

  it('every claim is reported in exactly the source that supports it', async () => {
    const rows = await readRows<{ id: string; reported: string[]; supported: string[] }>(
      `MATCH (c:Claim)
       OPTIONAL MATCH (c)-[:REPORTED_IN]->(r:Source)
       WITH c, collect(r.id) AS reported
       OPTIONAL MATCH (c)-[:SUPPORTED_BY]->(s:Source)
       WITH c, reported, collect(s.id) AS supported
       WHERE size(reported) <> 1 OR NOT reported[0] IN supported
       RETURN c.id AS id, reported, supported`,
    );
    expect(rows).toEqual([]);
  });
});
