/**
 * Every quote the graph stores is its source's own words at their own offsets, short, and traced
 * to that source: the article's quotes to the article, the readout's to the readout. What the
 * repository keeps of the article, its quotes with their stored context, stays well under half of
 * it (the readout is the project's own text, so it has no such limit). Every fact a source states with a text carries evidence; background carries none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { anchorsFileOf, type StoredAnchors } from '../../src/ingest/sources.js';
import { readRows } from '../support/neo4j.js';
import { articlePath, readArticle } from './graph.js';
import { skipWithoutTexts } from '../support/article.js';
import { sourceTexts, type SourceText } from './texts.js';

interface EvidenceRow {
  id: string;
  sourceId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

let article = '';
/** Every stored quote, of every source. */
let evidence: EvidenceRow[] = [];
/** The article's quotes only: the coverage limits are the article's. */
let articleEvidence: EvidenceRow[] = [];
let texts = new Map<string, SourceText>();

beforeAll(async () => {
  if (skipWithoutTexts) return;
  article = readArticle();
  texts = await sourceTexts();
  evidence = await readRows<EvidenceRow>(
    'MATCH (e:Evidence) RETURN e.id AS id, e.sourceId AS sourceId, e.exact AS exact, e.prefix AS prefix, e.suffix AS suffix, e.start AS start, e.end AS end ORDER BY id',
  );
  articleEvidence = evidence.filter((e) => e.sourceId === 'src:article');
});

/** The text a quote is taken from: its own source's ('' when the source has none, which then fails). */
const textOf = (e: EvidenceRow): string => texts.get(e.sourceId)?.text ?? '';

const words = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

describe.skipIf(skipWithoutTexts)('the source article file', () => {
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

  it('is one of the texts of the sources, each the length its Source records and all in the Basic Multilingual Plane', () => {
    expect([...texts.keys()]).toEqual(['src:article', 'src:moscow-talks-readout']);
    for (const source of texts.values()) {
      expect([...source.text].length, source.id).toBe(source.textLength);
      expect(source.text.length, source.id).toBe(source.textLength);
    }
  });
});

describe.skipIf(skipWithoutTexts)('stored quotes', () => {
  it('exist: the graph holds dozens of evidence quotes of the article, and quotes of the readout', () => {
    expect(articleEvidence.length).toBeGreaterThanOrEqual(40);
    expect(evidence.filter((e) => e.sourceId === 'src:moscow-talks-readout').length).toBeGreaterThanOrEqual(30);
  });

  it('each equal the text of their own source between their start and end offsets', () => {
    const mismatches = evidence
      .filter((e) => textOf(e).slice(e.start, e.end) !== e.exact)
      .map((e) => `${e.id} (${e.sourceId}): stored "${e.exact}" but text[${e.start}, ${e.end}) is "${textOf(e).slice(e.start, e.end)}"`);
    expect(mismatches).toEqual([]);
  });

  it('each have a half-open range whose length is the length of the quote', () => {
    const bad = evidence.filter((e) => !(e.start >= 0 && e.end > e.start && e.end <= textOf(e).length && e.end - e.start === e.exact.length));
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('each have a prefix and suffix that are their source text immediately before and after the quote', () => {
    const bad = evidence
      .filter(
        (e) =>
          e.prefix.length > 32 ||
          e.suffix.length > 32 ||
          textOf(e).slice(e.start - e.prefix.length, e.start) !== e.prefix ||
          textOf(e).slice(e.end, e.end + e.suffix.length) !== e.suffix,
      )
      .map((e) => `${e.id}: prefix "${e.prefix}" / suffix "${e.suffix}"`);
    expect(bad).toEqual([]);
  });

  it('each select a single place in their source: prefix, quote and suffix together occur exactly once', () => {
    const ambiguous = evidence.filter((e) => {
      const context = e.prefix + e.exact + e.suffix;
      const first = textOf(e).indexOf(context);
      return first < 0 || textOf(e).indexOf(context, first + 1) >= 0;
    });
    expect(ambiguous.map((e) => e.id)).toEqual([]);
  });

  it('each are a short clause of at most 12 words, inside one paragraph', () => {
    const tooLong = evidence.filter((e) => words(e.exact) > 12 || e.exact.includes('\n')).map((e) => `${e.id} (${words(e.exact)} words)`);
    expect(tooLong).toEqual([]);
  });

  it('never reproduce a whole paragraph of the article body: each keeps words that no quote covers', () => {
    const uncoveredWords: Record<string, number> = {};
    let offset = 0;
    for (const paragraph of article.split('\n')) {
      if (words(paragraph) > 25) {
        const covered = new Array<boolean>(paragraph.length).fill(false);
        for (const e of articleEvidence) {
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

  it('keep, with the context the repository stores (the article’s anchors file), well under half of the article', () => {
    // Each quote is a short phrase (at most 12 words) with at most 16 characters of context either side.
    const long = articleEvidence
      .filter((e) => words(e.exact) > 12 || e.prefix.length > 16 || e.suffix.length > 16)
      .map((e) => `${e.id}: ${words(e.exact)} words, prefix ${e.prefix.length} / suffix ${e.suffix.length} characters`);
    expect(long).toEqual([]);

    // Quotes with the prefix and suffix the repository keeps for checkouts without the text, as a
    // union of [start - prefix, end + suffix) spans. (A graph loaded from the text keeps more
    // context; this server serves that text whole anyway.)
    const stored = JSON.parse(readFileSync(anchorsFileOf(path.join(projectRoot, 'sources', 'truss-lavrov.yaml')), 'utf8')) as StoredAnchors;
    const spans = Object.values(stored.quotes).map(([start, end, prefix = '', suffix = '']) => ({ start, end, prefix, suffix }));
    expect(spans.length).toBe(articleEvidence.length);
    const covered = new Array<boolean>(article.length).fill(false);
    for (const e of spans) {
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

  it('are each QUOTED_FROM exactly the source they name, one that has a text', async () => {
    const rows = await readRows<{ id: string; sourceId: string; sources: string[] }>(
      'MATCH (e:Evidence) OPTIONAL MATCH (e)-[:QUOTED_FROM]->(s:Source) RETURN e.id AS id, e.sourceId AS sourceId, collect(s.id) AS sources',
    );
    expect(rows.length).toBe(evidence.length);
    expect(rows.filter((r) => r.sources.length !== 1 || r.sources[0] !== r.sourceId || !texts.has(r.sourceId)).map((r) => r.id)).toEqual([]);
    expect(rows.filter((r) => !r.id.startsWith(`ev:${r.sourceId.slice('src:'.length)}:`)).map((r) => r.id)).toEqual([]);
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
  it('every node a source with a text states, other than sources and evidence, is EVIDENCED_BY a quote of that source', async () => {
    const rows = await readRows<{ id: string; source: string; assertion: string; quoted: boolean }>(
      `MATCH (n)-[a:SUPPORTED_BY]->(s:Source)
       WHERE s.file IS NOT NULL AND NOT n:Source AND NOT n:Evidence
       RETURN n.id AS id, s.id AS source, a.assertion AS assertion,
              EXISTS { (n)-[:EVIDENCED_BY]->(:Evidence {sourceId: s.id}) } AS quoted
       ORDER BY source, id`,
    );
    expect(rows.filter((r) => r.source === 'src:article').length).toBeGreaterThan(80);
    // A source's "supports" list names nodes it mentions without restating them (the readout's
    // Russia, UK, Nato...): those assert no properties and need no quote of their own.
    const stated = rows.filter((r) => Object.keys((JSON.parse(r.assertion) as { props?: object }).props ?? {}).length > 0);
    expect(stated.filter((r) => r.source === 'src:article').length).toBe(rows.filter((r) => r.source === 'src:article').length);
    expect(stated.filter((r) => !r.quoted).map((r) => `${r.source} ${r.id}`)).toEqual([]);
  });

  it('every node other than sources, evidence and loader records is SUPPORTED_BY a source', async () => {
    const rows = await readRows<{ id: string }>(
      `MATCH (n)
       WHERE NOT n:Source AND NOT n:Evidence AND NOT n:SeedScript AND NOT EXISTS { (n)-[:SUPPORTED_BY]->(:Source) }
       RETURN coalesce(n.id, labels(n)[0]) AS id ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual([]);
  });

  // Several sources may state one relationship: each one's own account (its properties and the
  // ids of its quotes) is kept in bySource, and sourceId names the latest of them.
  interface StatedRel {
    type: string;
    from: string;
    to: string;
    sourceId: string | null;
    sourceIds: string[] | null;
    evidenceIds: string[] | null;
    bySource: Record<string, { props: Record<string, unknown>; evidenceIds: string[] }>;
  }
  let statedRels: StatedRel[] = [];
  let evidenceSource = new Map<string, string>();
  beforeAll(async () => {
    const rows = await readRows<Omit<StatedRel, 'bySource'> & { bySource: string | null }>(
      `MATCH (a)-[r]->(b)
       WHERE NOT type(r) IN ['SUPPORTED_BY', 'EVIDENCED_BY', 'QUOTED_FROM']
       RETURN type(r) AS type, a.id AS from, b.id AS to, r.sourceId AS sourceId, r.sourceIds AS sourceIds,
              r.evidenceIds AS evidenceIds, r.bySource AS bySource`,
    );
    statedRels = rows.map((r) => ({ ...r, bySource: JSON.parse(r.bySource ?? '{}') as StatedRel['bySource'] }));
    evidenceSource = new Map(evidence.map((e) => [e.id, e.sourceId]));
  });
  const label = (r: StatedRel) => `${r.from} -[${r.type}]-> ${r.to}`;

  it.skipIf(skipWithoutTexts)('every relationship a source with a text states names evidence of that source, and all of it exists', () => {
    const bad = statedRels.flatMap((r) =>
      Object.entries(r.bySource)
        .filter(([source]) => texts.has(source))
        .filter(([source, stated]) => stated.evidenceIds.length === 0 || stated.evidenceIds.some((id) => evidenceSource.get(id) !== source))
        .map(([source, stated]) => `${label(r)} by ${source}: ${JSON.stringify(stated.evidenceIds)}`),
    );
    // The readout states a few links it only implies (Warsaw is in Poland), without words of its own.
    expect(bad).toEqual([
      'place:warsaw -[LOCATED_IN]-> country:pol by src:moscow-talks-readout: []',
    ]);
    const byArticle = statedRels.filter((r) => r.bySource['src:article']);
    expect(byArticle.length).toBeGreaterThan(150);
  });

  it('every fact relationship carries the sources that state it, the latest as sourceId, and the evidence of all of them', async () => {
    const sources = new Set((await readRows<{ id: string }>('MATCH (s:Source) RETURN s.id AS id')).map((r) => r.id));
    const bad = statedRels
      .filter((r) => {
        const stated = Object.keys(r.bySource);
        return (
          stated.length === 0 ||
          !stated.every((id) => sources.has(id)) ||
          r.sourceIds === null ||
          [...r.sourceIds].sort().join() !== [...stated].sort().join() ||
          r.sourceId !== r.sourceIds.at(-1) ||
          r.evidenceIds === null ||
          [...r.evidenceIds].sort().join() !== [...new Set(Object.values(r.bySource).flatMap((s) => s.evidenceIds))].sort().join()
        );
      })
      .map(label);
    expect(bad).toEqual([]);
  });

  it('background facts never carry evidence, and background-only nodes no quote of the article', async () => {
    const rels = statedRels.filter((r) => (r.bySource['src:background']?.evidenceIds.length ?? 0) > 0).map(label);
    expect(rels).toEqual([]);
    const supported = await readRows<{ id: string; assertion: string }>(
      "MATCH (n)-[a:SUPPORTED_BY]->(:Source {id: 'src:background'}) RETURN n.id AS id, a.assertion AS assertion",
    );
    expect(supported.filter((r) => ((JSON.parse(r.assertion) as { evidenceIds?: string[] }).evidenceIds ?? []).length > 0).map((r) => r.id)).toEqual([]);
    // The readout quotes some nodes the article only implies (Russia's foreign minister), so the
    // check is for the article's words.
    const nodes = await readRows<{ id: string }>(
      `MATCH (n)-[:SUPPORTED_BY]->(:Source {id: 'src:background'})
       WHERE NOT EXISTS { (n)-[:SUPPORTED_BY]->(:Source {id: 'src:article'}) }
         AND EXISTS { (n)-[:EVIDENCED_BY]->(:Evidence {sourceId: 'src:article'}) }
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
