/**
 * The drafts of the project's two texts, checked the way `npm run ingest -- --check` checks a
 * file (no database): they must pass unchanged, and every quote must be the text's own words.
 * Only validity is asserted here, never what was found: the drafter is judged on unseen texts
 * (the stage tests use sentences of their own).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { draftSource, knownFromSources } from '../../src/draft/index.js';
import { checkSources } from '../../src/ingest/check.js';
import { anchorQuote, quoteSpec } from '../../src/ingest/quotes.js';
import type { Quote } from '../../src/ingest/format.js';

const config = loadConfig({});
const texts = [
  { file: 'truss-lavrov.txt', published: { start: '2022-01-24', end: '2022-01-30' }, kind: 'ARTICLE' as const },
  { file: 'moscow-talks-readout.txt', published: { start: '2022-02-11' }, kind: 'READOUT' as const },
];
const present = texts.every((t) => existsSync(path.join(config.sourceTextsDir, t.file)));
const work = mkdtempSync(path.join(os.tmpdir(), 'drafts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every quote anywhere in an annotation: evidence lists at any depth. */
function quotesIn(value: unknown, found: Quote[] = []): Quote[] {
  if (Array.isArray(value)) for (const item of value) quotesIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'evidence' && Array.isArray(inner)) found.push(...(inner as Quote[]));
      else quotesIn(inner, found);
    }
  }
  return found;
}

describe.skipIf(!present)('drafts of the project’s texts', () => {
  const known = knownFromSources(config.sourcesDir, config.sourceTextsDir);

  for (const item of texts) {
    it(`drafts ${item.file} into a file --check accepts unchanged, every quote the text's own words`, () => {
      const text = readFileSync(path.join(config.sourceTextsDir, item.file), 'utf8');
      const drafted = draftSource({ text, published: item.published, kind: item.kind, file: item.file }, known);
      const file = path.join(work, item.file.replace(/\.txt$/, '.yaml'));
      writeFileSync(file, drafted.yaml);
      const errors: string[] = [];
      const code = checkSources({ files: [file], sourcesDir: config.sourcesDir, sourceTextsDir: config.sourceTextsDir, loaderFingerprint: 'test' }, { out: () => {}, err: (line) => errors.push(line) });
      expect(errors.filter((line) => !/^(notice|warning):/.test(line))).toEqual([]);
      expect(code).toBe(0);
      const quotes = quotesIn(drafted.annotation);
      expect(quotes.length).toBeGreaterThan(20);
      for (const quote of quotes) expect(anchorQuote(text, quoteSpec(quote)), JSON.stringify(quote)).toMatchObject({ exact: quoteSpec(quote).exact });
      for (const span of drafted.spans) expect(span.end).toBeGreaterThan(span.start);
      const sections = [drafted.annotation.actors, drafted.annotation.places, drafted.annotation.offices, drafted.annotation.meetings, drafted.annotation.events, drafted.annotation.claims, drafted.annotation.quantities];
      for (const section of sections) for (const entry of section) expect(entry.review?.status).toBe('UNREVIEWED');
      expect(drafted.annotation.source).toMatchObject({ id: `src:${item.file.replace(/\.txt$/, '')}`, kind: item.kind, text: { file: item.file, length: [...text].length } });
    });
  }

  it('drafts a 650-word text in well under a second on a warm process', () => {
    const text = readFileSync(path.join(config.sourceTextsDir, texts[0]!.file), 'utf8');
    draftSource({ text, published: texts[0]!.published }, known);
    const started = performance.now();
    draftSource({ text, published: texts[0]!.published }, known);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
