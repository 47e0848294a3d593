/**
 * The loader finds where sources give a meeting's place or participants differently, and only
 * there. The three real sources elaborate one another (the readout adds the
 * Russian foreign ministry as host and the British delegation as visitor, and keeps Moscow), so
 * they give no PLACE or PARTICIPANTS discrepancy: on the run's graph, and on a Neo4j of this
 * file's own loaded from copies of them. A small extra source, written here, then puts the Moscow
 * talks in St Petersburg and names Belarus as host: the loader records both discrepancies,
 * detected, with each source's words, and drops them again once that source is removed.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config.js';
import { gqlData } from '../support/graphql.js';
import { runIngest, startScratchNeo4j, type ScratchNeo4j } from '../support/scratchNeo4j.js';

interface Found {
  id: string;
  kind: string;
  detected: boolean;
  change: string | null;
  aspect: string | null;
  description: string;
  concerns: { id: string }[];
  evidence: { exact: string; source: { id: string } }[];
}

const MEETING = 'meeting:truss-lavrov-moscow-talks';
const EXTRA = 'src:test-st-petersburg-report';
const PLACE_ID = 'disc:between-sources-place-meeting-truss-lavrov-moscow-talks';
const PARTICIPANTS_ID = 'disc:between-sources-participants-meeting-truss-lavrov-moscow-talks';
const STATUS_ID = 'disc:between-sources-status-meeting-truss-lavrov-moscow-talks';
const FIGURE_ID = 'disc:between-sources-figure-meeting-truss-lavrov-moscow-talks-gap';

/** The extra source's text: the talks held in St Petersburg, hosted by Belarus. */
const extraText =
  'Liz Truss held talks in St Petersburg, Russia, on Thursday 10 February 2022, hosted by Belarus. A test source for the loader.';

const extraAnnotation = (text: string) => `# yaml-language-server: $schema=annotation.schema.json
# A test source (test/seed/betweenSourcesPlaces.test.ts): it holds the Moscow talks in St Petersburg, hosted by Belarus.
source:
  id: ${EXTRA}
  kind: ARTICLE
  title: "Test report: Truss holds talks in St Petersburg"
  publisher: Test
  published:
    start: 2022-02-12
    end: 2022-02-12
    precision: DAY
  text:
    file: test-st-petersburg-report.txt
    length: ${[...text].length}
    sha256: ${createHash('sha256').update(text, 'utf8').digest('hex')}
places:
  - id: place:st-petersburg
    name: St Petersburg
    placeKind: CITY
    evidence:
      - St Petersburg, Russia
    links:
      - type: LOCATED_IN
        to: country:rus
        evidence:
          - St Petersburg, Russia
meetings:
  - id: ${MEETING}
    title: Truss–Lavrov talks in Moscow
    mode: TALKS
    status: OCCURRED
    time:
      text: Thursday 10 February 2022
      evidence: [Thursday 10 February 2022]
      start: 2022-02-10
      end: 2022-02-10
      precision: DAY
    participants:
      - actor: person:liz-truss
        role: VISITOR
        evidence:
          - Liz Truss held talks
      - actor: country:blr
        role: HOST
        evidence:
          - hosted by Belarus
    evidence:
      - Liz Truss held talks
    links:
      - type: TAKES_PLACE_IN
        to: place:st-petersburg
        wording: in St Petersburg
        evidence:
          - held talks in St Petersburg
`;

/** The words each source gives as evidence, by source. */
const wordsBySource = (found: Found) => {
  const out: Record<string, string[]> = {};
  for (const e of found.evidence) (out[e.source.id] ??= []).push(e.exact);
  for (const list of Object.values(out)) list.sort();
  return out;
};

const placeOrParticipants = (found: readonly Pick<Found, 'aspect'>[]) => found.filter((d) => d.aspect === 'PLACE' || d.aspect === 'PARTICIPANTS');

describe('places and participants on the run’s graph', () => {
  it('the three real sources give no PLACE or PARTICIPANTS discrepancy: the readout elaborates the article', async () => {
    const { discrepancies } = await gqlData<{ discrepancies: Pick<Found, 'id' | 'aspect'>[] }>('{ discrepancies(kind: BETWEEN_SOURCES) { id aspect } }');
    expect(discrepancies.map((d) => d.id)).toContain(STATUS_ID);
    expect(placeOrParticipants(discrepancies)).toEqual([]);
  });
});

describe('a source that contradicts the place and the host', () => {
  let db: ScratchNeo4j;
  let work: string;
  let sourcesDir: string;
  let textsDir: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'diplomatic-graph-places-'));
    sourcesDir = path.join(work, 'sources');
    textsDir = path.join(work, 'texts');
    mkdirSync(sourcesDir);
    mkdirSync(textsDir);
    const sources = path.join(projectRoot, 'sources');
    for (const file of readdirSync(sources)) copyFileSync(path.join(sources, file), path.join(sourcesDir, file));
    // The real texts when this checkout has them; otherwise their stored anchors place the quotes.
    const realTexts = loadConfig(process.env).sourceTextsDir;
    if (existsSync(realTexts)) {
      for (const file of readdirSync(realTexts).filter((f) => f.endsWith('.txt'))) copyFileSync(path.join(realTexts, file), path.join(textsDir, file));
    }
    writeFileSync(path.join(textsDir, 'test-st-petersburg-report.txt'), extraText);
    db = await startScratchNeo4j();
  }, 240_000);

  afterAll(async () => {
    await db?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const env = () => ({ SOURCES_DIR: sourcesDir, SOURCE_TEXTS_DIR: textsDir });

  const found = async () =>
    db.read<Found>(`MATCH (d:Discrepancy {discrepancyKind: 'BETWEEN_SOURCES'})
      RETURN d.id AS id, d.discrepancyKind AS kind, d.detected AS detected, d.change AS change, d.aspect AS aspect,
             d.description AS description,
             [(d)-[:CONCERNS]->(c) | {id: c.id}] AS concerns,
             [(d)-[:EVIDENCED_BY]->(e:Evidence) | {exact: e.exact, source: {id: e.sourceId}}] AS evidence
      ORDER BY id`);

  it('the real sources alone: the status update and the figure, no place or participants', async () => {
    const load = await runIngest(db, ['--all'], { env: env() });
    expect(load.code, load.stderr).toBe(0);
    const all = await found();
    expect(all.map((d) => d.id)).toEqual([FIGURE_ID, STATUS_ID]);
    expect(placeOrParticipants(all)).toEqual([]);
  }, 240_000);

  it('with the extra source: St Petersburg against Moscow, and Belarus against Russia as host, each with every source’s words', async () => {
    writeFileSync(path.join(sourcesDir, 'test-st-petersburg-report.yaml'), extraAnnotation(extraText));
    const load = await runIngest(db, ['--all'], { env: env() });
    expect(load.code, load.stderr).toBe(0);
    const all = await found();
    expect(all.map((d) => d.id)).toEqual([FIGURE_ID, PARTICIPANTS_ID, PLACE_ID, STATUS_ID]);
    const byId = new Map(all.map((d) => [d.id, d]));

    const place = byId.get(PLACE_ID)!;
    // The article's announced Moscow then held in St Petersburg would be the plan changing; the
    // readout's Moscow against St Petersburg, both held, is not: a disagreement.
    expect(place).toMatchObject({ kind: 'BETWEEN_SOURCES', detected: true, change: 'DISAGREEMENT', aspect: 'PLACE' });
    expect(place.concerns.map((c) => c.id).sort()).toEqual([MEETING, 'place:moscow', 'place:st-petersburg']);
    expect(wordsBySource(place)).toEqual({
      'src:article': ['Truss will meet Lavrov in Moscow'],
      'src:moscow-talks-readout': ['in Moscow on Thursday'],
      [EXTRA]: ['held talks in St Petersburg'],
    });
    expect(place.description).toContain('St Petersburg');
    expect(place.description).toContain('Moscow');

    const participants = byId.get(PARTICIPANTS_ID)!;
    expect(participants).toMatchObject({ kind: 'BETWEEN_SOURCES', detected: true, change: 'DISAGREEMENT', aspect: 'PARTICIPANTS' });
    expect(participants.concerns.map((c) => c.id).sort()).toEqual(
      ['country:blr', 'country:rus', MEETING, 'org:russian-foreign-ministry', 'person:sergei-lavrov'].sort(),
    );
    const words = wordsBySource(participants);
    expect(Object.keys(words).sort()).toEqual([EXTRA, 'src:article', 'src:moscow-talks-readout'].sort());
    expect(words[EXTRA]).toEqual(['hosted by Belarus']);
    expect(words['src:moscow-talks-readout']).toEqual(
      expect.arrayContaining(['reception house of the Russian foreign ministry', "held talks with Sergey Lavrov, Russia's foreign minister"]),
    );
    expect(words['src:article']).toEqual(expect.arrayContaining(['travel to Russia', 'counterpart, Sergei Lavrov']));
    expect(participants.description).toContain('as host');
    expect(participants.description).toContain('Belarus');
    // The visitor, Truss in every source, is not in question.
    expect(participants.concerns.map((c) => c.id)).not.toContain('person:liz-truss');

    // Both are known from the last compared source's day, each supported by the sources it compares.
    const support = await db.read<{ id: string; knownFrom: string; sources: string[] }>(
      `MATCH (d:Discrepancy) WHERE d.id IN $ids
       RETURN d.id AS id, toString(d.knownFrom) AS knownFrom, COLLECT { MATCH (d)-[:SUPPORTED_BY]->(s:Source) RETURN s.id ORDER BY s.id } AS sources
       ORDER BY id`,
      { ids: [PARTICIPANTS_ID, PLACE_ID] },
    );
    const compared = [EXTRA, 'src:article', 'src:moscow-talks-readout'].sort();
    expect(support).toEqual([
      { id: PARTICIPANTS_ID, knownFrom: '2022-02-12', sources: compared },
      { id: PLACE_ID, knownFrom: '2022-02-12', sources: compared },
    ]);
  }, 240_000);

  it('drops both once the extra source is removed, keeping the status update and the figure', async () => {
    const removed = await runIngest(db, ['--remove', EXTRA], { env: env() });
    expect(removed.code, removed.stderr).toBe(0);
    expect((await found()).map((d) => d.id)).toEqual([FIGURE_ID, STATUS_ID]);
  }, 240_000);
});
