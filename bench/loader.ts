// `npm run bench:loader`: how fast the loader writes sources, on a Neo4j of its own.
// - the three sources of sources/ on a cold JVM (every statement planned for the first time),
//   then again on the warm JVM (plans cached), per start-up group;
// - BENCH_LOADER_FACTS generated facts (default 100,000: actors, meetings with participants,
//   claims with speakers and targets) as sources of BENCH_LOADER_SOURCE_FACTS facts each
//   (default 10,000; one transaction each, as a corpus of many sources loads), in graph
//   elements (nodes and relationships) written per second.
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
const perSource = Number(process.env['BENCH_LOADER_SOURCE_FACTS'] ?? 10_000);

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

/**
 * The generated facts as sources: the first holds every actor (a fifth of the facts), the
 * others meetings and claims about them, so later sources refer to nodes already loaded.
 */
function generatedSources(count: number, size: number) {
  const next = random(7);
  const actors = Math.max(10, Math.floor(count / 5));
  const pick = () => Math.floor(next() ** 2 * actors); // skewed: a few actors in most facts
  const day = (i: number) => new Date(Date.UTC(2002, 0, 1) + (i % 7300) * 86_400_000).toISOString().slice(0, 10);
  const source = (i: number) => ({
    id: `src:generated-${i}`,
    kind: 'READOUT',
    title: `Generated source ${i} for the loader benchmark`,
    published: { start: '2026-01-01', end: '2026-01-01', precision: 'DAY' },
  });
  const documents = [
    annotationSchema.parse({
      source: source(0),
      actors: Array.from({ length: actors }, (_, i) => ({ id: `person:gen-${i}`, kind: 'Person', name: `Generated Person ${i}`, aliases: [`G. Person ${i}`] })),
    }),
  ];
  let made = actors;
  for (let s = 1; made < count; s++) {
    const n = Math.min(size, count - made);
    const base = made;
    const meetings = Math.floor(n / 2);
    documents.push(
      annotationSchema.parse({
        source: source(s),
        meetings: Array.from({ length: meetings }, (_, k) => {
          const visitor = pick();
          const host = (visitor + 1 + pick()) % actors;
          return {
            id: `meeting:gen-${base + k}`,
            title: `Generated meeting ${base + k}`,
            status: 'OCCURRED',
            mode: 'TALKS',
            cameoCode: '040',
            time: { start: day(base + k), end: day(base + k), precision: 'DAY' },
            participants: [
              { actor: `person:gen-${visitor}`, role: 'VISITOR' },
              { actor: `person:gen-${host}`, role: 'HOST' },
            ],
          };
        }),
        claims: Array.from({ length: n - meetings }, (_, k) => ({
          id: `claim:gen-${base + k}`,
          text: `Generated claim ${base + k}`,
          claimKind: 'STATEMENT',
          mode: 'REPORTED',
          status: 'OCCURRED',
          cameoCode: '010',
          time: { start: day(base + k), end: day(base + k), precision: 'DAY' },
          speakers: [{ actor: `person:gen-${pick()}` }],
          about: [{ node: `meeting:gen-${base + Math.floor(next() * meetings)}`, role: 'SUBJECT' }],
        })),
      }),
    );
    made += n;
  }
  return documents;
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

  const [compiled, compileMs] = await timed(async () =>
    generatedSources(facts, perSource).map((doc, i) => compileAnnotation(`generated-${i}`, doc, null)),
  );
  const elements = compiled.reduce((sum, source) => sum + source.nodes.length + source.rels.length, 0);
  let writeMs = 0;
  for (const source of compiled) {
    const session = db.driver.session();
    try {
      const [, ms] = await timed(() =>
        session.executeWrite(
          (tx) => writeSources(tx, queries, [{ compiled: source, record: { annotationSha256: 'bench', annotationFile: null } }]),
          { timeout: 1_800_000 },
        ),
      );
      writeMs += ms;
    } finally {
      await session.close();
    }
  }
  const result = {
    sources: { coldLoadMs: coldMs, warmLoadMs: Math.min(warmMs, warmAgainMs) },
    generated: {
      facts,
      sources: compiled.length,
      nodes: compiled.reduce((sum, source) => sum + source.nodes.length, 0),
      relationships: compiled.reduce((sum, source) => sum + source.rels.length, 0),
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
