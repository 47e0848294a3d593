/**
 * `npm run ingest -- --check` on small files a person might get wrong: each mistake is named
 * with the file, the line, what is wrong and what is allowed; warnings and notices are printed
 * and let the check pass. No database: the checks read the files of the folder only.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cameoCodes } from '../../src/modules/common/cameo.js';
import { nearestCameoCodes } from '../../src/ingest/cameoHints.js';
import { checkSources } from '../../src/ingest/check.js';
import { runIngest } from '../support/scratchNeo4j.js';
import { sourcesFolder, type Folder } from './fixtures.js';

const folders: Folder[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder.dir, { recursive: true, force: true })));

/** Checks an article with `body` beside the background, as `--check <file>` does. */
function check(body: string): { code: number; file: string; dir: string; out: string[]; err: string[] } {
  const folder = sourcesFolder();
  folders.push(folder);
  const file = folder.article(body);
  const out: string[] = [];
  const err: string[] = [];
  const code = checkSources(
    { files: [file], sourcesDir: folder.dir, sourceTextsDir: folder.dir, loaderFingerprint: 'test' },
    { out: (line) => out.push(line), err: (line) => err.push(line) },
  );
  return { code, file, dir: folder.dir, out, err };
}

const visit = (participants: string) => `meetings:
  - id: meeting:moscow-visit
    mode: VISIT
    title: Truss visits Moscow
    status: OCCURRED
    time: { start: 2022-02-10, end: 2022-02-10, precision: DAY }
    participants:
${participants}`;

describe('--check', () => {
  it('passes a correct file with no warning', () => {
    const run = check(visit('      - { actor: person:liz-truss, role: VISITOR, evidence: [Liz Truss met Sergei Lavrov] }\n'));
    expect(run.err).toEqual([]);
    expect(run.out.at(-1)).toBe(`ok ${run.file}: 1 nodes, 1 relationships, 1 quotes (placed from text)`);
    expect(run.code).toBe(0);
  });

  it('fails on an id no file states, offering the nearest known ids', () => {
    const run = check(visit('      - { actor: person:liz-trus, role: VISITOR }\n      - { actor: person:nobody-at-all-known, role: HOST }\n'));
    expect(run.err).toEqual([
      `${run.file} cannot be loaded:\n` +
        `  - line 18, meetings[0].participants[0].actor: person:liz-trus is stated in no file of ${run.dir}/ nor in this file; nearest known ids: person:liz-truss\n` +
        `  - line 19, meetings[0].participants[1].actor: person:nobody-at-all-known is stated in no file of ${run.dir}/ nor in this file; no known id is near it`,
    ]);
    expect(run.code).toBe(1);
  });

  it('fails on a time or a publication that ends before it starts', () => {
    const run = check(`meetings:
  - id: meeting:moscow-visit
    mode: VISIT
    title: Truss visits Moscow
    status: OCCURRED
    time:
      start: 2022-02-10
      end: 2022-02-09
      precision: DAY
`);
    expect(run.err).toEqual([
      `${run.file} cannot be loaded:\n  - line 18, meetings[0].time.end: end 2022-02-09 is before start 2022-02-10; the end must be the same day as the start or later`,
    ]);
    expect(run.code).toBe(1);

    const folder = sourcesFolder();
    folders.push(folder);
    const published = folder.write('late.yaml', 'source:\n  id: src:late\n  kind: READOUT\n  title: Late\n  published: { start: 2022-03-02, end: 2022-03-01, precision: DAY }\n');
    const err: string[] = [];
    const code = checkSources({ files: [published], sourcesDir: folder.dir, sourceTextsDir: folder.dir, loaderFingerprint: 'test' }, { out: () => undefined, err: (line) => err.push(line) });
    expect(err).toEqual([`${published} cannot be loaded:\n  - line 5, source.published.end: end 2022-03-01 is before start 2022-03-02; the end must be the same day as the start or later`]);
    expect(code).toBe(1);
  });

  it('warns of a person without nationality, an organisation without country and a meeting another file has, and passes', () => {
    const run = check(`actors:
  - id: person:maria-zakharova
    kind: Person
    name: Maria Zakharova
  - id: org:russian-foreign-ministry
    kind: Organisation
    orgKind: MINISTRY
    name: Russian foreign ministry
meetings:
  - id: meeting:truss-lavrov-moscow
    mode: TALKS
    title: Truss and Lavrov in Moscow
    status: OCCURRED
    time: { start: 2022-02-09, end: 2022-02-11, precision: WEEK }
    participants:
      - { actor: person:sergei-lavrov, role: HOST }
      - { actor: person:liz-truss, role: VISITOR }
`);
    expect(run.err).toEqual([
      `warning: ${run.file}, line 12, actors[0] (person:maria-zakharova): the person Maria Zakharova has no NATIONAL_OF link in any file of ${run.dir}/; add one (type: NATIONAL_OF, to: country:…) when the nationality is known`,
      `warning: ${run.file}, line 15, actors[1] (org:russian-foreign-ministry): the organisation Russian foreign ministry has no BELONGS_TO link nor any link to a country in any file of ${run.dir}/; add one (type: BELONGS_TO, to: country:… or the body it is part of)`,
      `warning: ${run.file}, line 20, meetings[0] (meeting:truss-lavrov-moscow): may be the same meeting as meeting:truss-lavrov-talks (${run.dir}/background.yaml, line 24): ` +
        'the same participants (person:liz-truss, person:sergei-lavrov), the same mode (TALKS) and overlapping dates (2022-02-09 to 2022-02-11 and 2022-02-10); ' +
        'if it is, use the id meeting:truss-lavrov-talks here',
    ]);
    expect(run.code).toBe(0);
  });

  it('gives the nearest text of a quote that is not in the text, and why they differ', () => {
    const run = check(`actors:
  - id: person:liz-truss-2
    kind: Person
    name: Liz Truss
    links: [{ type: NATIONAL_OF, to: country:gbr }]
    evidence:
      - Truss's visit
      - met Sergei  Lavrov
      - liz truss met
      - the first in six years
      - "a \\"frosty\\" meeting"
      - first in five years - a
      - words this story never had
`);
    const quote = (line: number, index: number, words: string, rest: string) =>
      `  - line ${line}, actors[0].evidence[${index}] (person:liz-truss-2): the quote "${words}" is not in the text${rest}`;
    expect(run.err).toEqual([
      [
        `${run.file} cannot be loaded:`,
        quote(17, 0, "Truss's visit", '; nearest text: "Truss’s visit" (curly vs straight apostrophe)'),
        quote(18, 1, 'met Sergei  Lavrov', '; nearest text: "met Sergei Lavrov" (extra space)'),
        quote(19, 2, 'liz truss met', '; nearest text: "Liz Truss met" (different case)'),
        quote(20, 3, 'the first in six years', '; nearest text: "the first in five years" (words differ)'),
        quote(21, 4, 'a "frosty" meeting', '; nearest text: "a “frosty” meeting" (curly vs straight quotation marks)'),
        quote(22, 5, 'first in five years - a', '; nearest text: "first in five years — a" (different dash)'),
        quote(23, 6, 'words this story never had', ''),
      ].join('\n'),
    ]);
    expect(run.code).toBe(1);
  });

  it('names the allowed values of an enum and the value written', () => {
    const run = check(visit('      - { actor: person:liz-truss, role: GUEST }\n'));
    expect(run.err).toEqual([
      `${run.file} cannot be loaded:\n  - line 18, meetings[0].participants[0].role: Invalid option: expected one of ` +
        '"VISITOR"|"HOST"|"PARTICIPANT"|"SOURCE"|"TARGET"|"BENEFICIARY"|"VICTIM"|"PERPETRATOR"|"INSTRUMENT"|"AUTHOR" (got "GUEST")',
    ]);
    expect(run.code).toBe(1);
  });

  it('names the nearest CAMEO codes, with their labels, of a code the table lacks', () => {
    const run = check(`events:
  - id: event:visit
    eventKind: TRAVEL
    title: Truss travels
    status: OCCURRED
    cameoCode: "0365"
    time: { precision: UNKNOWN }
`);
    expect(run.err).toEqual([
      `${run.file} cannot be loaded:\n  - line 16, events[0].cameoCode: CAMEO code "0365" has no entry in the code table (src/modules/common/cameo.ts); ` +
        `nearest codes: ${nearestCameoCodes('0365', cameoCodes).join(', ')}`,
    ]);
    // The table is the project's (it grows to the full codebook); the code sharing most digits leads.
    expect(nearestCameoCodes('0365', cameoCodes)[0]).toBe(`036 (${cameoCodes['036']!.label})`);
    expect(run.code).toBe(1);
  });

  it('passes a draft as it stands, with a notice of the items not yet reviewed', () => {
    const run = check(`actors:
  - id: person:maria-zakharova
    kind: Person
    name: Maria Zakharova
    links: [{ type: NATIONAL_OF, to: country:rus }]
    review: { status: UNREVIEWED, confidence: 0.6, reason: a new person }
claims:
  - id: claim:frosty
    text: The meeting was frosty.
    claimKind: ASSESSMENT
    mode: AUTHORIAL
    status: OCCURRED
    time: { precision: UNKNOWN }
    review:
      status: UNREVIEWED
      confidence: 0.4
  - id: claim:first-visit
    text: It was the first visit in five years.
    claimKind: STATEMENT
    mode: AUTHORIAL
    status: OCCURRED
    time: { precision: UNKNOWN }
    review: { status: ACCEPTED, confidence: 0.9 }
`);
    expect(run.err).toEqual([
      `notice: ${run.file}: 2 drafted items are not yet reviewed: person:maria-zakharova (line 16), claim:frosty (line 25); ` +
        'until they are, npm run ingest loads the file only with --accept-drafts: set each review.status to ACCEPTED (or delete its review block) once checked, ' +
        `or load the draft as it stands with npm run ingest -- ${run.file} --accept-drafts`,
    ]);
    expect(run.out.at(-1)).toBe(`ok ${run.file}: 3 nodes, 3 relationships, 0 quotes (placed from text)`);
    expect(run.code).toBe(0);
  });
});

describe('npm run ingest -- --check from the command line', () => {
  // --check needs no database: the address is never dialled.
  const nowhere = { uri: 'bolt://127.0.0.1:9', auth: { username: 'neo4j', password: 'unused' } };

  it('prints warnings on stderr and exits 0, and exits 1 on an error, reading SOURCES_DIR', async () => {
    const folder = sourcesFolder();
    folders.push(folder);
    const env = { SOURCES_DIR: folder.dir, SOURCE_TEXTS_DIR: folder.dir };
    const warned = folder.article('actors:\n  - id: person:maria-zakharova\n    kind: Person\n    name: Maria Zakharova\n', 'warned.yaml');
    const passed = await runIngest(nowhere, ['--check', warned], { env });
    expect(passed.stderr).toBe(
      `warning: ${warned}, line 12, actors[0] (person:maria-zakharova): the person Maria Zakharova has no NATIONAL_OF link in any file of ${folder.dir}/; ` +
        'add one (type: NATIONAL_OF, to: country:…) when the nationality is known\n',
    );
    expect(passed.code).toBe(0);

    const wrong = folder.article(visit('      - { actor: person:liz-trus, role: VISITOR }\n'), 'wrong.yaml');
    const failed = await runIngest(nowhere, ['--check', wrong], { env });
    expect(failed.stderr).toContain(`  - line 18, meetings[0].participants[0].actor: person:liz-trus is stated in no file of ${folder.dir}/ nor in this file`);
    expect(failed.code).toBe(1);
  }, 60_000);
});
