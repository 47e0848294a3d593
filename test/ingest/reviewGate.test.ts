/**
 * The review gate: a file `npm run draft` wrote, with items still UNREVIEWED, is refused by
 * `npm run ingest` and by the start-up loader, naming each item and its line, and loads with
 * `--accept-drafts` (its review blocks never reach the graph). Against a Neo4j of its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySeed } from '../../src/db/seed.js';
import { AnnotationError } from '../../src/ingest/parse.js';
import { seedOptions } from '../support/neo4j.js';
import { runIngest, startScratchNeo4j, type ScratchNeo4j } from '../support/scratchNeo4j.js';

let db: ScratchNeo4j;
let work: string;
let draft: string;

const draftText = `source:
  id: src:drafted-note
  kind: READOUT
  title: A drafted note
  published: { start: 2022-02-12, end: 2022-02-12, precision: DAY }
actors:
  - id: country:drafted-land
    kind: Country
    name: Drafted Land
    review: { status: ACCEPTED, confidence: 0.95 }
  - id: person:drafted-envoy
    kind: Person
    name: Drafted Envoy
    links: [{ type: NATIONAL_OF, to: country:drafted-land }]
    review:
      status: UNREVIEWED
      confidence: 0.55
      reason: a name the drafter has not seen before
claims:
  - id: claim:drafted-remark
    text: The envoy remarked on the weather.
    claimKind: STATEMENT
    mode: REPORTED
    status: OCCURRED
    time: { precision: UNKNOWN }
    speakers: [{ actor: person:drafted-envoy }]
    review: { status: UNREVIEWED, confidence: 0.3 }
`;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'review-gate-'));
  draft = path.join(work, 'drafted-note.yaml');
  writeFileSync(draft, draftText);
  db = await startScratchNeo4j();
}, 600_000);

afterAll(async () => {
  await db?.stop();
  rmSync(work, { recursive: true, force: true });
});

const refusal = (file: string) =>
  `${file} cannot be loaded:\n` +
  '  - line 16, actors[1] (person:drafted-envoy): drafted and not yet reviewed (review.status is UNREVIEWED)\n' +
  '  - line 27, claims[0] (claim:drafted-remark): drafted and not yet reviewed (review.status is UNREVIEWED)\n' +
  '  - 2 items are not reviewed: set each review.status to ACCEPTED (or delete its review block) once checked, ' +
  `or load the draft as it stands with npm run ingest -- ${file} --accept-drafts`;

/** What the command said, without the structured log lines of connecting. */
const said = (stream: string) => stream.split('\n').filter((line) => !line.startsWith('{"time"')).join('\n');

const loadedIds = async () =>
  (await db.read<{ id: string }>("MATCH (n:Node) WHERE n.id STARTS WITH 'person:drafted' OR n.id STARTS WITH 'claim:drafted' RETURN n.id AS id ORDER BY id")).map(
    (row) => row.id,
  );

describe('a file with items not yet reviewed', () => {
  it('is refused by npm run ingest, naming each item and its line, and nothing is written', async () => {
    const run = await runIngest(db, [draft]);
    expect(said(run.stderr)).toBe(`${refusal(draft)}\n`);
    expect(run.code).toBe(1);
    expect(await loadedIds()).toEqual([]);
  }, 120_000);

  it('is refused by the start-up loader reading the sources folder', async () => {
    const error = await applySeed(seedOptions({ sourcesDir: work, sourceTextsDir: work }, db.driver)).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AnnotationError);
    expect((error as AnnotationError).message).toBe(refusal(draft));
    expect(await loadedIds()).toEqual([]);
  }, 120_000);

  it('loads with --accept-drafts, leaving the review blocks out of the graph', async () => {
    const run = await runIngest(db, [draft, '--accept-drafts']);
    expect(said(run.stderr)).toBe(
      `notice: ${draft}: 2 drafted items are not yet reviewed: person:drafted-envoy (line 16), claim:drafted-remark (line 27); ` +
        'until they are, npm run ingest loads the file only with --accept-drafts: set each review.status to ACCEPTED (or delete its review block) once checked, ' +
        `or load the draft as it stands with npm run ingest -- ${draft} --accept-drafts\n`,
    );
    expect(run.stdout).toMatch(/loaded src:drafted-note from .*drafted-note\.yaml: 3 nodes/);
    expect(run.code).toBe(0);
    expect(await loadedIds()).toEqual(['claim:drafted-remark', 'person:drafted-envoy']);
    const [envoy] = await db.read<{ keys: string[] }>("MATCH (p {id: 'person:drafted-envoy'}) RETURN keys(p) AS keys");
    expect(envoy!.keys.filter((key) => key.startsWith('review'))).toEqual([]);
  }, 120_000);
});
