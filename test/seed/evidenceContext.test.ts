/**
 * Every stored quote carries the words around it (its W3C TextQuote prefix and suffix), taken
 * from its source's text at its own place: a few words a side, cut where words begin and end.
 * The anchors files, which the repository keeps for checkouts without the texts, hold as much as
 * each source's reuse allows: all of it for a text the project may reproduce (`reuse: FULL`, the
 * readout); for a text others hold the rights to (the article) only words its other quotes keep
 * already, so what the repository stores never grows past the short quotes. The expectations are
 * read from the texts here, never listed by hand.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loaderFingerprint } from '../../src/db/seed.js';
import { quoteLimits } from '../../src/ingest/quotes.js';
import { anchorsFileOf, listSourceFiles, prepareSource, type StoredAnchors } from '../../src/ingest/sources.js';
import { skipWithoutTexts } from '../support/article.js';
import { readRows } from '../support/neo4j.js';
import { sourceTexts, type SourceText } from './texts.js';

interface EvidenceRow {
  id: string;
  sourceId: string;
  exact: string;
  prefix: string | null;
  suffix: string | null;
  start: number;
  end: number;
}

let evidence: EvidenceRow[] = [];
let texts = new Map<string, SourceText>();
let sourceIds: string[] = [];
/** Per source id: its reuse and its quotes as the annotation gives them (with any prefix or suffix to tell them apart). */
const annotated = new Map<string, { reuse: string; given: Map<string, { prefix: string; suffix: string }> }>();

beforeAll(async () => {
  if (skipWithoutTexts) return;
  texts = await sourceTexts();
  evidence = await readRows<EvidenceRow>(
    'MATCH (e:Evidence)-[:QUOTED_FROM]->(s:Source) RETURN e.id AS id, s.id AS sourceId, e.exact AS exact, e.prefix AS prefix, e.suffix AS suffix, e.start AS start, e.end AS end ORDER BY id',
  );
  sourceIds = (await readRows<{ id: string }>('MATCH (s:Source) RETURN s.id AS id ORDER BY id')).map((row) => row.id);
  const config = loadConfig(process.env);
  for (const file of listSourceFiles(config.sourcesDir)) {
    const prepared = prepareSource(file, config.sourceTextsDir, loaderFingerprint());
    const given = new Map(prepared.compiled.evidence.map((row) => [row.id, { prefix: row.prefix, suffix: row.suffix }]));
    annotated.set(prepared.compiled.sourceId, { reuse: prepared.annotation.source.text?.reuse ?? 'QUOTES', given });
  }
});

const reuseOf = (e: EvidenceRow): string => annotated.get(e.sourceId)?.reuse ?? '';

const hasWord = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);
const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const textOf = (e: EvidenceRow): string => texts.get(e.sourceId)?.text ?? '';
const limit = quoteLimits.maxContextChars;

describe.skipIf(skipWithoutTexts)('the context stored with every quote', () => {
  it('covers the quotes of all three sources: the article and the readout quote, background has no text', () => {
    expect(sourceIds).toEqual(['src:article', 'src:background', 'src:moscow-talks-readout']);
    expect(new Set(evidence.map((e) => e.sourceId))).toEqual(new Set(['src:article', 'src:moscow-talks-readout']));
    expect(evidence.length).toBeGreaterThanOrEqual(130);
  });

  it('is, with the quote, the text at the quote’s own place: prefix + exact + suffix', () => {
    const wrong = evidence
      .filter((e) => {
        const prefix = e.prefix ?? '';
        const suffix = e.suffix ?? '';
        return textOf(e).slice(e.start - prefix.length, e.end + suffix.length) !== prefix + e.exact + suffix;
      })
      .map((e) => `${e.id}: "${e.prefix}" + "${e.exact}" + "${e.suffix}"`);
    expect(wrong).toEqual([]);
  });

  it('says which sources may keep full context: the readout, the project’s own text; not the article', () => {
    expect(Object.fromEntries([...annotated].map(([id, { reuse }]) => [id, reuse]))).toEqual({
      'src:article': 'QUOTES',
      'src:background': 'QUOTES',
      'src:moscow-talks-readout': 'FULL',
    });
  });

  it('has words on each side wherever the text has words within the limit on that side, for every source', () => {
    for (const reuse of ['FULL', 'QUOTES']) expect(evidence.filter((e) => reuseOf(e) === reuse).length, reuse).toBeGreaterThanOrEqual(60);
    const missing = evidence.flatMap((e) => {
      const text = textOf(e);
      const problems: string[] = [];
      if (hasWord(text.slice(Math.max(0, e.start - limit), e.start)) && !hasWord(e.prefix ?? '')) problems.push(`${e.id}: no words before`);
      if (hasWord(text.slice(e.end, e.end + limit)) && !hasWord(e.suffix ?? '')) problems.push(`${e.id}: no words after`);
      return problems;
    });
    expect(missing).toEqual([]);
    // Every quote has words on at least one side.
    expect(evidence.filter((e) => !e.prefix && !e.suffix).map((e) => e.id)).toEqual([]);
  });

  it('keeps in the anchors file of a text others hold the rights to no word beyond its quotes but the annotation’s own prefix and suffix', () => {
    const config = loadConfig(process.env);
    const quoted = evidence.filter((e) => reuseOf(e) === 'QUOTES');
    const covered = (e: EvidenceRow, at: number) => quoted.some((other) => other.sourceId === e.sourceId && other.start <= at && at < other.end);
    const stored = new Map<string, [string, string]>();
    for (const file of listSourceFiles(config.sourcesDir)) {
      const prepared = prepareSource(file, '/nonexistent-texts', loaderFingerprint());
      if (prepared.quotesFrom === 'none') continue;
      for (const row of prepared.compiled.evidence) stored.set(`${prepared.compiled.sourceId} ${row.start}-${row.end}`, [row.context.prefix, row.context.suffix]);
    }
    const beyond = quoted.flatMap((e) => {
      const given = annotated.get(e.sourceId)!.given.get(e.id)!;
      const [prefix, suffix] = stored.get(`${e.sourceId} ${e.start}-${e.end}`) ?? ['?', '?'];
      const problems: string[] = [];
      if (prefix !== given.prefix) {
        for (let at = e.start - prefix.length; at < e.start; at++) if (!covered(e, at)) problems.push(`${e.id}: prefix "${prefix}" keeps unquoted text`);
      }
      if (suffix !== given.suffix) {
        for (let at = e.end; at < e.end + suffix.length; at++) if (!covered(e, at)) problems.push(`${e.id}: suffix "${suffix}" keeps unquoted text`);
      }
      if (!prefix.endsWith(given.prefix) || !suffix.startsWith(given.suffix)) problems.push(`${e.id}: drops the annotation's own prefix or suffix`);
      return [...new Set(problems)];
    });
    expect(beyond).toEqual([]);
    // The graph, loaded from the text, keeps more than the anchors file for these quotes.
    expect(quoted.filter((e) => (e.prefix ?? '') + (e.suffix ?? '') !== stored.get(`${e.sourceId} ${e.start}-${e.end}`)!.join('')).length).toBeGreaterThan(30);
  });

  it('is a few words a side, at most the limit, starting and ending at word boundaries unless one word fills it', () => {
    const bad = evidence.flatMap((e) => {
      const text = textOf(e);
      const prefix = e.prefix ?? '';
      const suffix = e.suffix ?? '';
      const problems: string[] = [];
      if (prefix.length > limit || suffix.length > limit) problems.push(`${e.id}: longer than ${limit}`);
      // The annotation's own prefix and suffix may be cut anywhere; the loader's are cut at words.
      const given = annotated.get(e.sourceId)!.given.get(e.id)!;
      const before = text[e.start - prefix.length - 1];
      if (prefix && prefix !== given.prefix && isWordChar(before) && isWordChar(prefix[0]) && /[^\p{L}\p{N}]/u.test(prefix)) problems.push(`${e.id}: prefix "${prefix}" starts inside a word`);
      const after = text[e.end + suffix.length];
      if (suffix && suffix !== given.suffix && isWordChar(after) && isWordChar(suffix.at(-1)) && /[^\p{L}\p{N}]/u.test(suffix)) problems.push(`${e.id}: suffix "${suffix}" ends inside a word`);
      if (/^\s/.test(prefix) || /\s$/.test(suffix)) problems.push(`${e.id}: context padded with white space`);
      return problems;
    });
    expect(bad).toEqual([]);
  });

  it('is, in the anchors files, what each source’s reuse keeps of it, and loads from them alone when the texts are absent', () => {
    const config = loadConfig(process.env);
    const inGraph = new Map(evidence.map((e) => [`${e.sourceId} ${e.start}-${e.end}`, [e.prefix ?? '', e.suffix ?? '']]));
    let full = 0;
    for (const file of listSourceFiles(config.sourcesDir)) {
      const prepared = prepareSource(file, '/nonexistent-texts', loaderFingerprint());
      if (prepared.quotesFrom === 'none') continue;
      expect(prepared.quotesFrom, file).toBe('anchors');
      const anchors = JSON.parse(readFileSync(anchorsFileOf(file), 'utf8')) as StoredAnchors;
      expect(Object.values(anchors.quotes).every((at) => at.length === 4), `${anchorsFileOf(file)} holds every quote's context`).toBe(true);
      // What loads from the anchors alone is what the file holds, and the file is up to date.
      const withText = prepareSource(file, config.sourceTextsDir, loaderFingerprint());
      expect(anchors.quotes, `${anchorsFileOf(file)} is what the loader writes now`).toEqual(withText.compiled.anchors);
      const reuse = prepared.annotation.source.text?.reuse ?? 'QUOTES';
      for (const row of prepared.compiled.evidence) {
        const key = `${prepared.compiled.sourceId} ${row.start}-${row.end}`;
        expect(inGraph.has(key), key).toBe(true);
        if (reuse === 'FULL') {
          expect([row.context.prefix, row.context.suffix], key).toEqual(inGraph.get(key));
          full += 1;
        }
      }
    }
    expect(full).toBeGreaterThanOrEqual(60);
  });
});
