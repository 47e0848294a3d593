/**
 * `npm run ingest` and the start-up loader against a Neo4j of this file's own: adding a source,
 * re-ingesting it unchanged and edited, refusing bad files without writing anything, resolving
 * an entity spelled another way, and surviving SIGKILL at any statement of a load.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config.js';
import { applySeed, ingestFile, removeSourceById, type SeedOptions } from '../../src/db/seed.js';
import { AnnotationError } from '../../src/ingest/parse.js';
import { anchorsFileOf } from '../../src/ingest/sources.js';
import { skipWithoutTexts } from '../support/article.js';
import { seedOptions } from '../support/neo4j.js';
import { runIngest, startScratchNeo4j, type ScratchNeo4j } from '../support/scratchNeo4j.js';

let db: ScratchNeo4j;
let work: string;
const config = loadConfig({});
const readoutFile = path.join(projectRoot, 'sources', 'moscow-talks-readout.yaml');

const options = (overrides: Partial<SeedOptions> = {}): SeedOptions => seedOptions(overrides, db.driver);

interface Snapshot {
  readonly nodes: string[];
  readonly rels: string[];
  readonly hash: string;
}

/** Every node and relationship with its labels and properties, as sorted lines and their hash. */
async function snapshot(): Promise<Snapshot> {
  const line = (head: string, props: Record<string, unknown>) =>
    `${head} ${JSON.stringify(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
  const nodes = await db.read<{ id: string; labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:SeedScript RETURN n.id AS id, labels(n) AS labels, properties(n) AS props',
  );
  const rels = await db.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const sortedNodes = nodes.map((n) => line(`${n.id} ${[...n.labels].sort().join(':')}`, n.props)).sort();
  const sortedRels = rels.map((r) => line(`${r.from} -${r.type}-> ${r.to}`, r.props)).sort();
  const hash = createHash('sha256').update(sortedNodes.join('\n')).update('\n--\n').update(sortedRels.join('\n')).digest('hex');
  return { nodes: sortedNodes, rels: sortedRels, hash };
}

async function wipe(): Promise<void> {
  await db.read('MATCH (n) DETACH DELETE n');
}

/** A copy of the readout annotation, changed by `edit`, in this test's folder. */
function editedReadout(name: string, edit: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(readFileSync(readoutFile, 'utf8'));
  edit(doc);
  const file = path.join(work, name);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
  // The stored anchors go with the copy, so it loads where the texts are absent too.
  copyFileSync(anchorsFileOf(readoutFile), anchorsFileOf(file));
  return file;
}

const ids = (snap: Snapshot) => snap.nodes.map((line) => line.split(' ')[0]!);
const droppedClaim = 'claim:readout-tugendhat-praises-truss';

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'diplomatic-graph-ingest-'));
  copyFileSync(readoutFile, path.join(work, 'moscow-talks-readout.yaml'));
  db = await startScratchNeo4j();
});

afterAll(async () => {
  await db?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run ingest', () => {
  let base: Snapshot;
  let full: Snapshot;

  it('adds the readout to a graph of the article and background, and changes nothing when run again', async () => {
    const withoutReadout = mkdtempSync(path.join(work, 'sources-'));
    for (const file of ['truss-lavrov.yaml', 'truss-lavrov.anchors.json', 'background.yaml']) {
      copyFileSync(path.join(config.sourcesDir, file), path.join(withoutReadout, file));
    }
    await applySeed(options({ sourcesDir: withoutReadout }));
    base = await snapshot();
    expect(ids(base)).not.toContain('src:moscow-talks-readout');

    const first = await runIngest(db, [readoutFile]);
    expect(first.stderr).not.toMatch(/"level":"(warn|error)"/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/loaded src:moscow-talks-readout from sources\/moscow-talks-readout\.yaml: \d+ nodes/);
    full = await snapshot();
    expect(ids(full)).toContain('src:moscow-talks-readout');
    expect(ids(full)).toContain(droppedClaim);
    const [meeting] = await db.read<{ status: string; sources: string[] }>(
      `MATCH (m:Meeting {id: 'meeting:truss-lavrov-moscow-talks'})
       RETURN m.status AS status, [(m)-[:SUPPORTED_BY]->(s) | s.id] AS sources`,
    );
    expect(meeting!.status).toBe('OCCURRED');
    expect([...meeting!.sources].sort()).toEqual(['src:article', 'src:background', 'src:moscow-talks-readout']);

    const again = await runIngest(db, [readoutFile]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('unchanged: sources/moscow-talks-readout.yaml is already loaded as it is');
    expect((await snapshot()).hash).toBe(full.hash);

    const forced = await ingestFile(options({ force: true }), readoutFile);
    expect(forced.outcome).toBe('loaded');
    expect((await snapshot()).hash).toBe(full.hash);
  }, 240_000);

  it('removes exactly the claim an edited copy no longer states, and restores it when the original returns', async () => {
    const edited = editedReadout('moscow-talks-readout.yaml', (doc) => {
      const claims = doc.get('claims') as { items: { get(key: string): unknown }[] };
      claims.items = claims.items.filter((item) => item.get('id') !== droppedClaim);
    });
    const report = await ingestFile(options(), edited);
    expect(report.load).toMatchObject({ sourceId: 'src:moscow-talks-readout', removedNodes: 1 });
    const after = await snapshot();
    const gone = (line: string) => line.includes(droppedClaim);
    // Quotes only the claim used go with it; the source's record names the edited file.
    const facts = (line: string) => !line.startsWith('ev:') && !line.startsWith('src:moscow-talks-readout ');
    expect(after.nodes.filter(facts)).toEqual(full.nodes.filter((line) => facts(line) && !gone(line)));
    expect(after.rels.filter((line) => !/-(EVIDENCED_BY|QUOTED_FROM)->/.test(line))).toEqual(
      full.rels.filter((line) => !gone(line) && !/-(EVIDENCED_BY|QUOTED_FROM)->/.test(line)),
    );

    await ingestFile(options(), readoutFile);
    expect((await snapshot()).hash).toBe(full.hash);
  }, 120_000);

  // Placing quotes needs the text itself: without it (outside CI) those two cases are skipped.
  const badFiles: [string, (doc: ReturnType<typeof parseDocument>) => void, RegExp, boolean?][] = [
    [
      'a quote that is not in the text',
      (doc) => doc.setIn(['claims', 0, 'evidence', 0], 'words the readout never used'),
      /claims\[0\]\.evidence\[0\] \(claim:[a-z0-9-]+\): the quote "words the readout never used" is not in the text/,
      true,
    ],
    ['an unknown field', (doc) => doc.setIn(['meetings', 0, 'colour'], 'red'), /line \d+, meetings\[0\]: unknown field "colour"/],
    ['a value its enum lacks', (doc) => doc.setIn(['meetings', 0, 'status'], 'HELD'), /line \d+, meetings\[0\]\.status: Invalid option: expected one of "OCCURRED"\|"PLANNED"/],
    [
      'a quote whose words occur twice with nothing to tell them apart',
      (doc) => doc.setIn(['claims', 0, 'evidence', 0], 'Truss'),
      /claims\[0\]\.evidence\[0\] \(claim:[a-z0-9-]+\): the quote "Truss" occurs \d+ times in the text; add a prefix, a suffix or an occurrence number/,
      true,
    ],
    [
      'a reference to a node no source states',
      (doc) => doc.setIn(['meetings', 0, 'participants', 0, 'actor'], 'person:nobody-known'),
      /meetings\[0\]\.participants\[0\]: person:nobody-known is neither in this file nor in the graph/,
    ],
  ];

  for (const [what, edit, message, needsText] of badFiles) {
    it.skipIf(Boolean(needsText) && skipWithoutTexts)(`refuses a file with ${what}, naming the place, and leaves the graph unchanged`, async () => {
      const file = editedReadout('moscow-talks-readout.yaml', edit);
      const error = await ingestFile(options({ force: true }), file).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(AnnotationError);
      expect((error as AnnotationError).message).toMatch(message);
      expect((error as AnnotationError).message).toContain(path.join(work, 'moscow-talks-readout.yaml'));
      expect((await snapshot()).hash).toBe(full.hash);
    });
  }

  it('says what is wrong on stderr and exits 1 when run from the command line', async () => {
    const file = editedReadout('moscow-talks-readout.yaml', (doc) => doc.setIn(['meetings', 0, 'status'], 'HELD'));
    const run = await runIngest(db, [file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/moscow-talks-readout\.yaml cannot be loaded:\n {2}- line \d+, meetings\[0\]\.status: Invalid option/);
    expect((await snapshot()).hash).toBe(full.hash);
  }, 60_000);

  it('resolves a new entity spelled as an existing alias to that entity, says so, and removes the source cleanly', async () => {
    const file = path.join(work, 'note.yaml');
    writeFileSync(
      file,
      [
        'source:',
        '  id: src:analyst-note',
        '  kind: READOUT',
        '  title: An analyst note that names Lavrov the other way',
        '  published: { start: 2022-02-12, end: 2022-02-12, precision: DAY }',
        'actors:',
        '  - id: person:sergey-lavrov',
        '    kind: Person',
        '    name: Sergey Lavrov',
        '',
      ].join('\n'),
    );
    const report = await ingestFile(options(), file);
    expect(report.load?.resolved).toEqual(['person:sergey-lavrov is person:sergei-lavrov (same name "sergey lavrov")']);
    const [lavrov] = await db.read<{ name: string; sources: string[]; copies: number }>(
      `MATCH (p {id: 'person:sergei-lavrov'})
       RETURN p.name AS name, [(p)-[:SUPPORTED_BY]->(s) | s.id] AS sources,
              COUNT { MATCH (x {id: 'person:sergey-lavrov'}) } AS copies`,
    );
    // The note is later than the article, so its spelling is now the current name; the
    // article's stays an alias, and no second Lavrov appears.
    expect(lavrov).toMatchObject({ name: 'Sergey Lavrov', copies: 0 });
    expect(lavrov!.sources).toContain('src:analyst-note');

    await removeSourceById(options(), 'src:analyst-note');
    expect((await snapshot()).hash).toBe(full.hash);
  }, 60_000);
});

describe('a load killed with SIGKILL', () => {
  let clean: Snapshot;
  let steps: number;

  it('traces every statement of a full load, which the kills below interrupt', async () => {
    await wipe();
    const run = await runIngest(db, ['--all', '--force', '--trace']);
    expect(run.code).toBe(0);
    steps = run.stdout.split('\n').filter((line) => line.startsWith('step ')).length;
    expect(steps).toBeGreaterThan(30);
    clean = await snapshot();
    expect(ids(clean)).toEqual(expect.arrayContaining(['src:article', 'src:background', 'src:moscow-talks-readout']));
  }, 120_000);

  it('during a first load leaves the old state or the new, and the next load converges to a clean load', async () => {
    for (const at of [2, Math.floor(steps / 3), Math.floor((2 * steps) / 3), steps - 1]) {
      await wipe();
      const killed = await runIngest(db, ['--all'], { killAtStep: at });
      expect(killed.signal, `killed at step ${at}`).toBe('SIGKILL');
      const left = await snapshot();
      // Each transaction is all or nothing: no source is half written.
      const sourcesLeft = ids(left).filter((id) => id.startsWith('src:'));
      for (const source of sourcesLeft) expect(clean.nodes, `${source} after a kill at step ${at}`).toContain(left.nodes.find((l) => l.startsWith(`${source} `)));
      const rerun = await runIngest(db, ['--all']);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect((await snapshot()).hash, `converged after a kill at step ${at}`).toBe(clean.hash);
    }
  }, 400_000);

  it('during an ingest leaves the graph as it was, and the ingest run again completes it', async () => {
    const edited = editedReadout('moscow-talks-readout.yaml', (doc) => {
      const claims = doc.get('claims') as { items: { get(key: string): unknown }[] };
      claims.items = claims.items.filter((item) => item.get('id') !== droppedClaim);
    });
    await ingestFile(options(), edited);
    const target = await snapshot();
    await ingestFile(options(), readoutFile);
    expect((await snapshot()).hash).toBe(clean.hash);

    for (const at of [2, 8, 14]) {
      const killed = await runIngest(db, [edited], { killAtStep: at });
      expect(killed.signal, `killed at step ${at}`).toBe('SIGKILL');
      expect((await snapshot()).hash, `unchanged after a kill at step ${at}`).toBe(clean.hash);
    }
    const completed = await runIngest(db, [edited]);
    expect(completed.code, completed.stderr).toBe(0);
    expect((await snapshot()).hash).toBe(target.hash);
  }, 300_000);
});
