/**
 * The two real dataset files (../shared/data: a GDELT 2.0 Events update and an ICEWS sample)
 * imported with `npm run import` into a Neo4j of this file's own, and asked for through the API:
 * for every pair of distinct countries, `relations(a, b, sources: [the dataset])` counts exactly
 * the file's rows between them (either direction) and sums exactly their Goldstein values, as
 * this test reads them from the raw columns, and counts as A_TO_B exactly the rows whose source
 * is a and target b. Then: a second import changes nothing, an import
 * killed midway converges to the same graph on the next run, `--remove` takes the dataset out
 * again, and a file of broken rows is loaded but for those, each reported with line and column.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { cameoCountryToIso3, countryNameToIso3 } from '../../src/import/countries.js';
import { askApi, startApiServer, type ApiServer } from '../support/apiServer.js';
import { runImport, runIngest, startScratchNeo4j, type ScratchNeo4j } from '../support/scratchNeo4j.js';

const data = path.resolve(projectRoot, '../shared/data');
const gdeltFile = path.join(data, 'gdelt/20191024143000.export.CSV');
const icewsFile = path.join(data, 'icews/events.2018.sample.tab');
const gdeltId = 'src:gdelt-20191024143000-export';
const icewsId = 'src:icews-events-2018-sample';

let db: ScratchNeo4j;
let api: ApiServer;
let work: string;

interface PairFigures {
  count: number;
  goldstein: number;
  /** The rows whose source (Actor1) country is the pair's first, its target (Actor2) the second. */
  forward: { count: number; goldstein: number };
}

/** Rows between two distinct countries, by pair (ISO codes sorted), read from the raw columns. */
function pairsOf(rows: readonly (readonly string[])[], a: number, b: number, goldstein: number, country: (value: string) => string | null): Map<string, PairFigures> {
  const pairs = new Map<string, PairFigures>();
  for (const fields of rows) {
    const from = country(fields[a] ?? '');
    const to = country(fields[b] ?? '');
    if (!from || !to || from === to) continue;
    const key = [from, to].sort().join('|');
    const figures = pairs.get(key) ?? { count: 0, goldstein: 0, forward: { count: 0, goldstein: 0 } };
    figures.count += 1;
    figures.goldstein += Number(fields[goldstein]);
    if (from < to) {
      figures.forward.count += 1;
      figures.forward.goldstein += Number(fields[goldstein]);
    }
    pairs.set(key, figures);
  }
  return pairs;
}

const tsvRows = (file: string, skipHeader: boolean) =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(skipHeader ? 1 : 0)
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));

const graphql = <Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> => askApi<Data>(api, query, variables);

/** Pairs asked per request: each one an aliased `relations` field of the same document. */
const pairsPerRequest = 5;

async function expectPairs(pairs: Map<string, PairFigures>, source: string): Promise<void> {
  const wrong: string[] = [];
  const entries = [...pairs];
  for (let at = 0; at < entries.length; at += pairsPerRequest) {
    const chunk = entries.slice(at, at + pairsPerRequest);
    const fields = chunk.map(([key], i) => {
      const [a, b] = key.split('|').map((iso3) => `country:${iso3.toLowerCase()}`) as [string, string];
      return `p${i}: relations(a: "${a}", b: "${b}", sources: [$source]) { summary { total goldsteinSum byDirection { direction count goldsteinSum } } }`;
    });
    const got = await graphql<Record<string, { summary: { total: number; goldsteinSum: number; byDirection: { direction: string; count: number; goldsteinSum: number }[] } } | null>>(
      `query Pairs($source: ID!) { ${fields.join('\n')} }`,
      { source },
    );
    chunk.forEach(([key, want], i) => {
      const summary = got[`p${i}`]?.summary;
      if (!summary || summary.total !== want.count || Math.abs(summary.goldsteinSum - want.goldstein) > 1e-6) {
        wrong.push(`${key}: file ${want.count} rows / ${want.goldstein}, API ${JSON.stringify(summary)}`);
        return;
      }
      // The dataset's directed dyad: its source acts on its target, so the rows with a as source are A_TO_B.
      const forward = summary.byDirection.find((tally) => tally.direction === 'A_TO_B');
      if (!forward || forward.count !== want.forward.count || Math.abs(forward.goldsteinSum - want.forward.goldstein) > 1e-6) {
        wrong.push(`${key}: file ${want.forward.count} rows / ${want.forward.goldstein} from the first, API A_TO_B ${JSON.stringify(forward)}`);
      }
    });
  }
  expect(wrong).toEqual([]);
}

/** The lines of one dump the other lacks, each way: empty when the graphs are the same. */
function difference(before: string, after: string): { gone: string[]; added: string[] } {
  const a = new Set(before.split('\n'));
  const b = new Set(after.split('\n'));
  return { gone: [...a].filter((line) => !b.has(line)).slice(0, 10), added: [...b].filter((line) => !a.has(line)).slice(0, 10) };
}

/** Every node and relationship with its labels and properties, in a stable order. */
async function dump(): Promise<string> {
  const nodes = await db.read<{ id: string; labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:SeedScript RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
  );
  const rels = await db.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const stable = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, stable(v)]))
      : value;
  const lines = [
    ...nodes.map((n) => JSON.stringify([n.id, [...n.labels].sort(), stable(n.props)])),
    ...rels.map((r) => JSON.stringify([r.from, r.type, r.to, stable(r.props)])),
  ];
  return lines.sort().join('\n');
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'diplomatic-graph-import-'));
  db = await startScratchNeo4j();
  api = await startApiServer({ DEBUG_ERRORS: 'on' }, db.driver);
}, 180_000);

afterAll(async () => {
  await api?.close();
  await db?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('importing the real GDELT and ICEWS files', () => {
  let imported = '';

  it('loads every row of both files and says so', async () => {
    const gdelt = await runImport(db, ['gdelt', gdeltFile]);
    expect(gdelt.stderr).not.toMatch('row skipped');
    expect(gdelt.code).toBe(0);
    expect(gdelt.stdout).toMatch(`imported ${gdeltId} from ${gdeltFile}: 2111 rows loaded, 0 skipped`);
    const icews = await runImport(db, ['icews', icewsFile]);
    expect(icews.code).toBe(0);
    expect(icews.stdout).toMatch(`imported ${icewsId} from ${icewsFile}: 3705 rows loaded, 0 skipped`);
    imported = await dump();
  }, 240_000);

  it("gives every pair of GDELT countries the file's own count and Goldstein sum, A_TO_B those of its rows from a to b", async () => {
    const pairs = pairsOf(tsvRows(gdeltFile, false), 7, 17, 30, (code) => (code ? cameoCountryToIso3(code) : null));
    expect(pairs.size).toBeGreaterThan(50);
    await expectPairs(pairs, gdeltId);
  }, 240_000);

  it("gives every pair of ICEWS countries the file's own count and Intensity sum, A_TO_B those of its rows from a to b", async () => {
    const pairs = pairsOf(tsvRows(icewsFile, true), 4, 10, 7, (name) => (name && name !== 'NA' ? countryNameToIso3(name) : null));
    expect(pairs.size).toBeGreaterThan(100);
    await expectPairs(pairs, icewsId);
  }, 240_000);

  it('serves an event with its coding, the reporting article and the dataset as its source', async () => {
    const [row] = tsvRows(gdeltFile, false).filter((fields) => fields[0] === '881990833');
    expect(row).toBeDefined();
    const answer = await graphql<{
      node: { coding: Record<string, unknown>; reportedBy: Record<string, unknown>; cameo: { code: string; goldstein: number }; sources: { totalCount: number; nodes: { id: string; kind: string; dataset: Record<string, unknown> }[] }; time: { start: string } };
    }>(`{ node(id: "event:gdelt-881990833") { ... on Event {
      time { start } cameo { code goldstein }
      coding { dataset datasetId goldstein quadClass mentions sources articles averageTone rootEvent sourceActorCode line }
      reportedBy { url added }
      sources { totalCount nodes { id kind dataset { name file sha256 rows skipped attribution } } }
    } } }`);
    const event = answer.node;
    expect(event.time.start).toBe('2018-10-24');
    expect(event.cameo.code).toBe(row![26]);
    expect(event.coding).toEqual({
      dataset: 'GDELT', datasetId: '881990833', goldstein: Number(row![30]), quadClass: 'VERBAL_COOPERATION',
      mentions: Number(row![31]), sources: Number(row![32]), articles: Number(row![33]), averageTone: Number(row![34]),
      rootEvent: row![25] === '1', sourceActorCode: row![5] || null, line: 2,
    });
    expect(event.reportedBy).toEqual({ url: row![60], added: '2019-10-24T14:30:00Z' });
    expect(event.sources.totalCount).toBe(1);
    expect(event.sources.nodes).toEqual([
      {
        id: gdeltId, kind: 'DATASET',
        dataset: { name: 'GDELT', file: '20191024143000.export.CSV', sha256: '7668cd01394a02c03ecb2de6060db17a931396f919351ca8cfbe70f6d61e0cdc', rows: 2111, skipped: 0, attribution: 'Event data: The GDELT Project (gdeltproject.org)' },
      },
    ]);
  });

  it('knows a GDELT event from the day the file added it, and an ICEWS event from its own day', async () => {
    const gdeltRows = tsvRows(gdeltFile, false).length;
    // ICEWS: one event per Event ID, on its Event Date.
    const icewsDays = [...new Map(tsvRows(icewsFile, true).map((fields) => [fields[0]!, fields[1]!])).values()];
    const asOf = (day: string, sourceId: string) =>
      graphql<{ events: { totalCount: number } }>(`{ events(filter: { sources: ["${sourceId}"] }, asOf: "${day}") { totalCount } }`).then((d) => d.events.totalCount);
    // The GDELT update was added on 24 October 2019, though its events happened earlier.
    expect(await asOf('2019-10-23', gdeltId)).toBe(0);
    expect(await asOf('2019-10-24', gdeltId)).toBe(gdeltRows);
    const answer = await graphql<{ before: unknown; on: { id: string } | null }>(
      `{ before: node(id: "event:gdelt-881990833", asOf: "2019-10-23") { id } on: node(id: "event:gdelt-881990833", asOf: "2019-10-24") { id } }`,
    );
    expect(answer).toEqual({ before: null, on: { id: 'event:gdelt-881990833' } });
    // ICEWS gives no day of addition: each event is known from the day it happened.
    const middle = icewsDays[Math.floor(icewsDays.length / 2)]!;
    expect(await asOf(middle, icewsId)).toBe(icewsDays.filter((day) => day <= middle).length);
  });

  it('filters events by CAMEO root and quad class', async () => {
    const rows = tsvRows(gdeltFile, false);
    const consult = rows.filter((fields) => fields[28] === '04').length;
    const materialConflict = rows.filter((fields) => fields[29] === '4').length;
    const count = (filter: string) =>
      graphql<{ events: { totalCount: number } }>(`{ events(filter: { sources: ["${gdeltId}"], ${filter} }) { totalCount } }`).then((d) => d.events.totalCount);
    expect(await count('cameoRoots: ["04"]')).toBe(consult);
    expect(await count('quadClasses: [MATERIAL_CONFLICT]')).toBe(materialConflict);
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ events(filter: { cameoRoots: ["4"] }) { totalCount } }' }),
    });
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toBe('cameoRoots: "4" is not a CAMEO root; roots are two digits, "01" to "20"');
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await runImport(db, ['gdelt', gdeltFile]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(`unchanged: ${gdeltFile} is already imported as ${gdeltId}`);
    const forced = await runImport(db, ['gdelt', gdeltFile, '--force']);
    expect(forced.code).toBe(0);
    expect(difference(imported, await dump())).toEqual({ gone: [], added: [] });
  }, 240_000);

  it('converges to the same graph after an import killed midway, and removes a dataset whole', async () => {
    const removed = await runIngest(db, ['--remove', gdeltId]);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(`removed ${gdeltId}: 2111 events`);
    const left = await db.read<{ events: number }>('MATCH (e:Event) WHERE e.dataset = "GDELT" RETURN count(e) AS events');
    expect(Number(left[0]!.events)).toBe(0);
    expect(await db.read('MATCH (s:Source {id: $id}) RETURN s', { id: gdeltId })).toEqual([]);

    // Killed as its third batch starts: the import writes one batch while it sends the next, so
    // the first of 1,000 rows is written by then, the second may be, and the Source has no checksum yet.
    const killed = await runImport(db, ['gdelt', gdeltFile], { killAtStep: 5 });
    expect(killed.signal).toBe('SIGKILL');
    const [half] = await db.read<{ sha: string | null; events: number }>(
      'MATCH (s:Source {id: $id}) RETURN s.datasetSha256 AS sha, COUNT { (s)<-[:SUPPORTED_BY]-(:Event) } AS events',
      { id: gdeltId },
    );
    expect(half!.sha).toBeNull();
    expect(Number(half!.events)).toBeGreaterThan(0);
    expect(Number(half!.events)).toBeLessThan(2111);

    const rerun = await runImport(db, ['gdelt', gdeltFile]);
    expect(rerun.code).toBe(0);
    expect(difference(imported, await dump())).toEqual({ gone: [], added: [] });
  }, 300_000);

  it('lets a newer file restate an event, keeps an older one from overriding it, and restores the older account after a removal', async () => {
    const original = readFileSync(gdeltFile, 'utf8').split('\n')[1]!.split('\t');
    expect(original[0]).toBe('881990833');
    const restate = (added: string, goldstein: string) => {
      const fields = [...original];
      [fields[5], fields[6], fields[7]] = ['GBR', 'UNITED KINGDOM', 'GBR'];
      fields[30] = goldstein;
      fields[59] = added;
      return `${fields.join('\t')}\n`;
    };
    const newer = path.join(work, 'newer.export.CSV');
    const older = path.join(work, 'older.export.CSV');
    writeFileSync(newer, restate('20191024150000', '3.4'));
    writeFileSync(older, restate('20191024140000', '-2'));
    const ask = () =>
      graphql<{ node: { coding: { goldstein: number }; participants: { role: string; actor: { id: string } }[]; sources: { nodes: { id: string }[] } } }>(
        `{ node(id: "event:gdelt-881990833") { ... on Event { coding { goldstein } participants { role actor { id } } sources { nodes { id } } } } }`,
      ).then((d) => d.node);
    const sourceActors = (event: Awaited<ReturnType<typeof ask>>) => event.participants.filter((p) => p.role === 'SOURCE').map((p) => p.actor.id);

    expect((await runImport(db, ['gdelt', newer, '--id', 'src:gdelt-newer'])).code).toBe(0);
    let event = await ask();
    expect(event.coding.goldstein).toBe(3.4);
    expect(sourceActors(event)).toEqual(['country:gbr']);

    expect((await runImport(db, ['gdelt', older, '--id', 'src:gdelt-older'])).code).toBe(0);
    event = await ask();
    expect(event.coding.goldstein).toBe(3.4);
    expect(event.sources.nodes.map((s) => s.id).sort()).toEqual([gdeltId, 'src:gdelt-newer', 'src:gdelt-older']);

    const removed = await runIngest(db, ['--remove', 'src:gdelt-newer']);
    expect(removed.stdout).toMatch("1 events another dataset also states kept src:gdelt-newer's values");
    expect((await runImport(db, ['gdelt', gdeltFile, '--force'])).code).toBe(0);
    event = await ask();
    expect(event.coding.goldstein).toBe(Number(original[30]));
    expect(sourceActors(event)).toEqual([]);
    expect(event.sources.nodes.map((s) => s.id).sort()).toEqual([gdeltId, 'src:gdelt-older']);
  }, 240_000);

  it('reports each broken row with its line and column, and loads the rest', async () => {
    const good = readFileSync(gdeltFile, 'utf8').split('\n').slice(0, 6);
    const broken = (index: number, value: string) => {
      const fields = good[0]!.split('\t');
      fields[0] = String(990000000 + index);
      fields[index] = value;
      return fields.join('\t');
    };
    const lines = [
      good[0],
      good[1]!.split('\t').slice(0, 60).join('\t'), // line 2: 60 columns
      broken(1, '20191345'), // line 3: no such day
      broken(26, '999'), // line 4: no such CAMEO code
      broken(31, 'many'), // line 5: not a number
      broken(30, '12.5'), // line 6: Goldstein out of range
      broken(59, '2019102414'), // line 7: DATEADDED too short
      good[2],
    ];
    const file = path.join(work, 'broken.export.CSV');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = await runImport(db, ['gdelt', file, '--id', 'src:gdelt-broken']);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch('2 rows loaded, 6 skipped');
    const reported = run.stderr.split('\n').filter((line) => line.startsWith(file));
    expect(reported.map((line) => line.slice(file.length + 1).split(':')[0])).toEqual([
      '2', '3 (SQLDATE)', '4 (EventCode)', '5 (NumMentions)', '6 (GoldsteinScale)', '7 (DATEADDED)',
    ]);
    for (const line of reported) expect(line).toMatch(/row skipped$/);
  }, 120_000);
});
