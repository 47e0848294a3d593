/**
 * The evaluation loop of `npm run draft:eval` (src/draft/eval/evaluate.ts) with a stand-in
 * drafter: it must hide the evaluated file from the known graph, keep the others, and time and
 * score each text. The real drafter is exercised by the script and test/draft/endToEnd.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { evaluateDrafter, median } from '../../src/draft/eval/evaluate.js';
import type { DraftInput, DraftResult, KnownNode } from '../../src/draft/types.js';
import { parseAnnotation } from '../../src/ingest/parse.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'draft-eval-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const sourcesDir = path.join(work, 'sources');
const textsDir = path.join(work, 'texts');

const text = 'Ann Linde met Pekka Haavisto in Stockholm on 3 May 2022.';
const source = (id: string, file?: string) => ({
  id,
  kind: 'ARTICLE',
  title: id,
  published: { start: '2022-05-04', precision: 'DAY' },
  ...(file ? { text: { file, length: [...text].length, sha256: '0'.repeat(64) } } : {}),
});
const person = (id: string, name: string, evidence: string[] = []) => ({ id, kind: 'Person', name, evidence });

const write = (file: string, body: unknown) => writeFileSync(path.join(sourcesDir, file), stringify(body));

describe('evaluateDrafter', () => {
  it('drafts with the other files as the known graph, scores the draft, and times warm runs', async () => {
    mkdirSync(sourcesDir);
    mkdirSync(textsDir);
    writeFileSync(path.join(textsDir, 'nordic.txt'), text);
    write('nordic.yaml', { source: source('src:nordic', 'nordic.txt'), actors: [person('person:ann-linde', 'Ann Linde', ['Ann Linde']), person('person:pekka-haavisto', 'Pekka Haavisto', ['Pekka Haavisto'])] });
    writeFileSync(path.join(sourcesDir, 'nordic.anchors.json'), '{}');
    write('background.yaml', { source: { ...source('src:background'), kind: 'BACKGROUND' }, actors: [person('person:pekka-haavisto', 'Pekka Haavisto')] });

    const given: { input: DraftInput; known: string[] }[] = [];
    // Knows the actors of every file in the folder it is given.
    const knownFromSources = (dir: string): KnownNode[] =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.yaml'))
        .flatMap((file) => parseAnnotation(file, readFileSync(path.join(dir, file), 'utf8')).actors)
        .map((actor) => ({ id: actor.id, kind: actor.kind, name: actor.name, aliases: actor.aliases }));
    // Drafts the known actors it finds named in the text.
    const draft = (input: DraftInput, known: KnownNode[]): DraftResult => {
      given.push({ input, known: known.map((node) => node.id) });
      const actors = known.filter((node) => input.text.includes(node.name)).map((node) => person(node.id, node.name, [node.name]));
      const annotation = parseAnnotation('draft.yaml', stringify({ source: source(input.id ?? 'src:draft', input.file), actors }));
      return { annotation, yaml: '', spans: [] };
    };

    const report = await evaluateDrafter({ draft, knownFromSources, sourcesDir, textsDir, texts: [{ gold: 'nordic.yaml', published: { start: '2022-05-04' } }], runs: 3, warmUp: 2 });

    // One scored run, two to warm up and three timed, all with the background only: never the gold's own actors.
    expect(given).toHaveLength(6);
    expect(new Set(given.map((call) => call.known.join()))).toEqual(new Set(['person:pekka-haavisto']));
    expect(given[0]!.known).toEqual(['person:pekka-haavisto']);
    expect(given[0]!.input).toMatchObject({ text, published: { start: '2022-05-04' }, id: 'src:nordic', kind: 'ARTICLE', file: 'nordic.txt' });
    const [result] = report.texts;
    expect(result!.draftMs.runs).toHaveLength(3);
    expect(result!.score.kinds.actors).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(report.total.actors).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    // The folder it drafted against was a copy, removed afterwards; the sources are untouched.
    expect(readdirSync(sourcesDir).sort()).toEqual(['background.yaml', 'nordic.anchors.json', 'nordic.yaml']);
  });

  it('takes the median of the timed runs', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
