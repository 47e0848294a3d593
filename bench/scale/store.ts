// A Neo4j store holding one generated corpus, made once per scale and seed and reused: the
// bench and the scale test start the server on it. The store's folder keeps a manifest (counts,
// hash, load rate) and is rebuilt when the generator or the schema changed since.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { freePort } from '../../test/support/ports.js';
import { cpuMs } from '../cpu.js';
import { loadConfig, projectRoot, type EmbeddedNeo4j } from '../../src/config.js';
import { startEmbedded } from '../../src/db/embedded.js';
import { loadQueries } from '../../src/db/queries.js';
import { loadScripts } from '../../src/db/scripts.js';
import { createRunner } from '../../src/db/runner.js';
import { applySeed } from '../../src/db/seed.js';
import { silentLogger } from '../../src/logger.js';
import { corpus, type Counts, type Scale } from '../../src/corpus/generate.js';
import { corpusQueriesDir, loadCorpus, type LoadFigures } from '../../src/corpus/load.js';
import { corpusMemory } from '../../src/corpus/memory.js';

export interface Manifest {
  /** CPU seconds the load cost Neo4j and the generator: the rate per CPU second holds on a busier or a quieter machine. */
  readonly cpu: { readonly neo4jSeconds: number; readonly generatorSeconds: number; readonly elementsPerNeo4jCpuSecond: number; readonly loadAverage: number[] };
  readonly scale: Scale;
  readonly seed: number;
  readonly fingerprint: string;
  readonly counts: Counts;
  readonly load: LoadFigures;
  readonly indexesMs: number;
  readonly heap: string;
  readonly pagecache: string;
}

export const storeDir = (scale: Scale, seed: number) => path.join(projectRoot, '.corpus', `${scale}-seed${seed}`);

/** What a store depends on: the generator, its statements and the schema. */
export function corpusFingerprint(): string {
  const hash = createHash('sha256');
  for (const dir of [path.join(projectRoot, 'src', 'corpus'), corpusQueriesDir, path.join(projectRoot, 'cypher', 'schema')]) {
    for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

export function readManifest(scale: Scale, seed: number): Manifest | null {
  const file = path.join(storeDir(scale, seed), 'corpus.json');
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return manifest.fingerprint === corpusFingerprint() ? manifest : null;
}

/**
 * The constraints first (each relationship end is found through :Node(id)), then the corpus,
 * then the rest of the schema as the server applies it (indexes are filled in bulk after the
 * load, cheaper than one entry per written node), then the indexes awaited.
 */
export async function writeCorpus(driver: Driver, scale: Scale, seed: number, log: (line: string) => void): Promise<{ load: LoadFigures; indexesMs: number }> {
  const session = driver.session();
  try {
    for (const script of loadScripts().filter((s) => s.name.includes('constraints'))) for (const statement of script.statements) await session.run(statement);
  } finally {
    await session.close();
  }
  const load = await loadCorpus(driver, corpus(scale, seed), {
    onProgress: ({ nodes, relationships, ms }) => log(`  ${nodes} nodes, ${relationships} relationships in ${Math.round(ms / 1000)} s`),
  });
  const started = performance.now();
  const queries = loadQueries();
  const emptySources = mkdtempSync(path.join(os.tmpdir(), 'corpus-no-sources-'));
  try {
    await applySeed({
      driver,
      runner: createRunner({ driver, queries, database: undefined, timeoutMs: 3_600_000 }),
      queries,
      database: undefined,
      logger: silentLogger,
      sourcesDir: emptySources,
      sourceTextsDir: emptySources,
      seedTimeoutMs: 3_600_000,
    });
    const wait = driver.session();
    try {
      await wait.run('CALL db.awaitIndexes(3600)');
    } finally {
      await wait.close();
    }
  } finally {
    rmSync(emptySources, { recursive: true, force: true });
  }
  return { load, indexesMs: Math.round(performance.now() - started) };
}

/** The store for this scale and seed, built now unless a current one exists. */
export async function ensureStore(scale: Scale, seed: number, log: (line: string) => void, rebuild = false): Promise<Manifest> {
  const existing = readManifest(scale, seed);
  if (existing && !rebuild) return existing;
  const dir = storeDir(scale, seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const memory = corpusMemory[scale];
  const env = { NEO4J_URI: '', NEO4J_DATA_DIR: dir, NEO4J_HEAP: memory.heap, NEO4J_PAGECACHE: memory.pagecache, NEO4J_BOLT_PORT: String(await freePort()) };
  const running = await startEmbedded(loadConfig(env).neo4j as EmbeddedNeo4j, 3600, silentLogger);
  const driver = neo4j.driver(running.uri);
  try {
    log(`corpus ${scale} (seed ${seed}): loading into ${path.relative(projectRoot, dir)} (heap ${memory.heap}, page cache ${memory.pagecache})`);
    const before = { neo4j: cpuMs(running.pid), self: process.cpuUsage() };
    const { load, indexesMs } = await writeCorpus(driver, scale, seed, log);
    const self = process.cpuUsage(before.self);
    const neo4jSeconds = (cpuMs(running.pid) - before.neo4j) / 1000;
    const cpu = {
      neo4jSeconds: Math.round(neo4jSeconds),
      generatorSeconds: Math.round((self.user + self.system) / 1e6),
      elementsPerNeo4jCpuSecond: Math.round((load.nodes + load.relationships) / neo4jSeconds),
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(1))),
    };
    const manifest: Manifest = {
      scale, seed, cpu, fingerprint: corpusFingerprint(), counts: corpus(scale, seed).counts, load, indexesMs, heap: memory.heap, pagecache: memory.pagecache,
    };
    writeFileSync(path.join(dir, 'corpus.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await driver.close();
    await running.stop();
  }
}
