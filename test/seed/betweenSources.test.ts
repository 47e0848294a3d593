/**
 * The loader finds, unaided, where two published sources differ about the same fact: the Moscow
 * talks announced (the article) and then held (the readout), an update over time; and the years
 * since the last such visit, five in the article and more than four in the readout, a
 * disagreement. First on the run's graph; then on a Neo4j of this file's own, loaded from copies
 * of the annotation files with the hand-written discrepancy about the years taken out, to show
 * the loader needs no hint; and after the readout is removed, both are gone again.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { projectRoot } from '../../src/config.js';
import { gqlData } from '../support/graphql.js';
import { runIngest, startScratchNeo4j, type ScratchNeo4j } from '../support/scratchNeo4j.js';

interface Found {
  id: string;
  kind: string;
  detected: boolean;
  change: string | null;
  aspect: string | null;
  concerns: { id: string }[];
  evidence: { exact: string; source: { id: string } }[];
}

const query = `{ discrepancies(kind: BETWEEN_SOURCES) {
  id kind detected change aspect concerns { id } evidence { exact source { id } }
} }`;

const handWritten = 'disc:first-visit-in-five-years';

/** The words each source gives as evidence, by source. */
const wordsBySource = (found: Found) => {
  const out: Record<string, string[]> = {};
  for (const e of found.evidence) (out[e.source.id] ??= []).push(e.exact);
  for (const list of Object.values(out)) list.sort();
  return out;
};

function expectBoth(found: Found[]): void {
  const byId = new Map(found.map((d) => [d.id, d]));
  expect([...byId.keys()].sort()).toEqual([
    'disc:between-sources-figure-meeting-truss-lavrov-moscow-talks-gap',
    'disc:between-sources-status-meeting-truss-lavrov-moscow-talks',
  ]);
  const status = byId.get('disc:between-sources-status-meeting-truss-lavrov-moscow-talks')!;
  expect(status).toMatchObject({ kind: 'BETWEEN_SOURCES', detected: true, change: 'UPDATE', aspect: 'STATUS', concerns: [{ id: 'meeting:truss-lavrov-moscow-talks' }] });
  expect(Object.keys(wordsBySource(status)).sort()).toEqual(['src:article', 'src:moscow-talks-readout']);
  expect(wordsBySource(status)['src:moscow-talks-readout']).toContain('Thursday 10 February 2022');

  const figure = byId.get('disc:between-sources-figure-meeting-truss-lavrov-moscow-talks-gap')!;
  expect(figure).toMatchObject({ kind: 'BETWEEN_SOURCES', detected: true, change: 'DISAGREEMENT', aspect: 'FIGURE' });
  expect(figure.concerns.map((c) => c.id).sort()).toEqual([
    'claim:article-first-such-visit-in-five-years',
    'claim:readout-first-visit-in-more-than-four-years',
    'meeting:truss-lavrov-moscow-talks',
    'qty:five-years-since-last-visit',
    'qty:readout-more-than-four-years',
  ]);
  expect(wordsBySource(figure)).toEqual({ 'src:article': ['first of its kind for five years'], 'src:moscow-talks-readout': ['in more than four years'] });
}

describe('discrepancies between sources, found by the loader', () => {
  it('finds the talks announced then held (an update) and five years against more than four (a disagreement)', async () => {
    expectBoth((await gqlData<{ discrepancies: Found[] }>(query)).discrepancies);
  });
});

describe('found without a hand-written hint, and gone with the source', () => {
  let db: ScratchNeo4j;
  let work: string;

  /** Removes the discrepancy, and every link to or from it, from a parsed annotation file. */
  function withoutHandWritten(value: unknown): unknown {
    if (Array.isArray(value)) {
      const names = (item: unknown) => (item && typeof item === 'object' ? ['id', 'from', 'to'].map((key) => (item as Record<string, unknown>)[key]) : [item]);
      return value.filter((item) => !names(item).includes(handWritten)).map(withoutHandWritten);
    }
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutHandWritten(v)]));
    return value;
  }

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'diplomatic-graph-between-'));
    const sources = path.join(projectRoot, 'sources');
    for (const file of readdirSync(sources)) {
      const from = path.join(sources, file);
      if (file.endsWith('.yaml')) writeFileSync(path.join(work, file), stringify(withoutHandWritten(parse(readFileSync(from, 'utf8')))));
      else copyFileSync(from, path.join(work, file));
    }
    expect(readdirSync(work).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(path.join(work, f), 'utf8')).join('\n')).not.toContain(handWritten);
    db = await startScratchNeo4j();
  }, 240_000);

  afterAll(async () => {
    await db?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const found = async () =>
    db.read<Found>(`MATCH (d:Discrepancy {discrepancyKind: 'BETWEEN_SOURCES'})
      RETURN d.id AS id, d.discrepancyKind AS kind, d.detected AS detected, d.change AS change, d.aspect AS aspect,
             [(d)-[:CONCERNS]->(c) | {id: c.id}] AS concerns,
             [(d)-[:EVIDENCED_BY]->(e:Evidence) | {exact: e.exact, source: {id: e.sourceId}}] AS evidence`);

  it('finds both when the files state no discrepancy about the years', async () => {
    const load = await runIngest(db, ['--all'], { env: { SOURCES_DIR: work } });
    expect(load.code, load.stderr).toBe(0);
    expect(await db.read(`MATCH (d:Discrepancy {id: $id}) RETURN d`, { id: handWritten })).toEqual([]);
    expectBoth(await found());
  }, 240_000);

  it('drops both once the readout is removed, as no two sources differ any more', async () => {
    const removed = await runIngest(db, ['--remove', 'src:moscow-talks-readout'], { env: { SOURCES_DIR: work } });
    expect(removed.code, removed.stderr).toBe(0);
    expect(await found()).toEqual([]);
  }, 240_000);
});
