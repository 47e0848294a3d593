// `npm run bench:loader`: how fast the loader writes sources, on a Neo4j of its own.
// - the three sources of sources/ on a cold JVM (every statement planned for the first time),
//   then again on the warm JVM (plans cached), per start-up group;
// - a generated source of BENCH_LOADER_FACTS facts (default 100,000: actors, meetings with
//   participants, claims with speakers and targets), written in one transaction, in graph
//   elements (nodes and relationships) per second.
// Writes bench/results/loader.json. Figures are for the closing note and the README, not targets
// a test enforces.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.js';
import { loadQueries } from '../src/db/queries.js';
import { createRunner } from '../src/db/runner.js';
import { applySeed, type SeedOptions } from '../src/db/seed.js';
import { compileAnnotation } from '../src/ingest/compile.js';
import { annotationSchema } from '../src/ingest/format.js';
import { writeSources } from '../src/ingest/load.js';
import { silentLogger } from '../src/logger.js';
import { loadConfig } from '../src/config.js';
import { startScratchNeo4j } from '../test/support/scratchNeo4j.js';

const facts = Number(process.env['BENCH_LOADER_FACTS'] ?? 100_000);

/** A deterministic pseudo-random sequence (mulberry32), so every run generates the same source. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A source asserting `count` facts: a fifth actors, two fifths meetings, two fifths claims. */
function generatedSource(count: number) {
  const next = random(7);
  const pick = (n: number) => Math.floor(next() ** 2 * n); // skewed: a few actors in most facts
  const actors = Math.max(10, Math.floor(count / 5));
  const meetings = Math.floor((count * 2) / 5);
  const claims = count - actors - meetings;
  const day = (i: number) => new Date(Date.UTC(2002, 0, 1) + (i % 7300) * 86_400_000).toISOString().slice(0, 10);
  return annotationSchema.parse({
    source: { id: 'src:generated', kind: 'BACKGROUND', title: 'Generated facts for the loader benchmark', published: { start: '2026-01-01', end: '2026-01-01', precision: 'DAY' } },
    actors: Array.from({ length: actors }, (_, i) => ({ id: `person:gen-${i}`, kind: 'Person', name: `Generated Person ${i}`, aliases: [`G. Person ${i}`] })),
    meetings: Array.from({ length: meetings }, (_, i) => ({
      id: `meeting:gen-${i}`,
      title: `Generated meeting ${i}`,
      status: 'OCCURRED',
      mode: 'TALKS',
      cameoCode: '040',
      time: { start: day(i), end: day(i), precision: 'DAY' },
      participants: [
        { actor: `person:gen-${pick(actors)}`, role: 'VISITOR' },
        { actor: `person:gen-${(pick(actors) + 1 + i) % actors}`, role: 'HOST' },
      ].filter((p, j, all) => all.findIndex((q) => q.actor === p.actor) === j),
    })),
    claims: Array.from({ length: claims }, (_, i) => ({
      id: `claim:gen-${i}`,
      text: `Generated claim ${i}`,
      claimKind: 'STATEMENT',
      mode: 'REPORTED',
      status: 'OCCURRED',
      cameoCode: '010',
      time: { start: day(i), end: day(i), precision: 'DAY' },
      speakers: [{ actor: `person:gen-${pick(actors)}` }],
      about: [{ node: `meeting:gen-${pick(meetings)}`, role: 'SUBJECT' }],
    })),
  });
}

const db = await startScratchNeo4j({ heap: process.env['NEO4J_HEAP'] ?? '2g' });
try {
  const config = loadConfig({});
  const queries = loadQueries();
  const options: SeedOptions = {
    driver: db.driver,
    runner: createRunner({ driver: db.driver, queries, database: undefined, timeoutMs: 600_000 }),
    queries,
    database: undefined,
    logger: silentLogger,
    sourcesDir: config.sourcesDir,
    sourceTextsDir: config.sourceTextsDir,
    seedTimeoutMs: 1_800_000,
  };
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const value = await work();
    return [value, Math.round(performance.now() - started)];
  };
  const [, coldMs] = await timed(() => applySeed(options));
  const [, warmMs] = await timed(() => applySeed({ ...options, force: true }));
  const [, warmAgainMs] = await timed(() => applySeed({ ...options, force: true }));

  const [compiled, compileMs] = await timed(async () => compileAnnotation('generated', generatedSource(facts), null));
  const elements = compiled.nodes.length + compiled.rels.length;
  const session = db.driver.session();
  let writeMs: number;
  try {
    [, writeMs] = await timed(() =>
      session.executeWrite(
        (tx) => writeSources(tx, queries, [{ compiled, record: { annotationSha256: 'bench', annotationFile: null } }]),
        { timeout: 1_800_000 },
      ),
    );
  } finally {
    await session.close();
  }
  const result = {
    sources: { coldLoadMs: coldMs, warmLoadMs: Math.min(warmMs, warmAgainMs) },
    generated: {
      facts,
      nodes: compiled.nodes.length,
      relationships: compiled.rels.length,
      compileMs,
      writeMs,
      elementsPerSecond: Math.round((elements / writeMs) * 1000),
      elementsPerSecondWithCompile: Math.round((elements / (writeMs + compileMs)) * 1000),
    },
  };
  mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(projectRoot, 'bench', 'results', 'loader.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await db.stop();
}
