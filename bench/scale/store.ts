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
import { ensureJars, startEmbedded } from '../../src/db/embedded.js';
import { loadQueries } from '../../src/db/queries.js';
import { loadScripts } from '../../src/db/scripts.js';
import { createRunner } from '../../src/db/runner.js';
import { applySeed } from '../../src/db/seed.js';
import { createLogger, silentLogger } from '../../src/logger.js';
import { corpus, type Counts, type Scale } from '../../src/corpus/generate.js';
import { corpusQueriesDir, loadCorpus, type LoadFigures } from '../../src/corpus/load.js';
import { importCorpus, type ImportFigures } from '../../src/corpus/import.js';
import { corpusMemory, importMemory } from '../../src/corpus/memory.js';
import { pinnedNeo4jVersion } from '../../src/db/embedded.js';

/**
 * How a store is filled: `import` writes CSV and runs neo4j-admin's offline bulk importer (fast,
 * the default); `cypher` sends batched rows through the driver (UNWIND statements, the path a
 * running server can take, and what test/bench/scalePlans.test.ts uses).
 */
export type LoadPath = 'import' | 'cypher';
export const loadPaths: readonly LoadPath[] = ['import', 'cypher'];

export interface Manifest {
  readonly via: LoadPath;
  /** CPU seconds the load cost Neo4j and the generator: the rate per CPU second holds on a busier or a quieter machine. */
  readonly cpu: { readonly neo4jSeconds: number; readonly generatorSeconds: number; readonly elementsPerNeo4jCpuSecond: number; readonly loadAverage: number[] };
  readonly scale: Scale;
  readonly seed: number;
  readonly fingerprint: string;
  readonly counts: Counts;
  /** The data's load (for `import`: writing the CSV plus the importer), before the schema. */
  readonly load: LoadFigures;
  /** Present for `import`: the CSV and the importer apart, and the importer's own rate. */
  readonly import?: ImportFigures;
  /** Constraints and indexes applied and populated after the load, then awaited. */
  readonly indexesMs: number;
  /** Everything, from an empty folder to a stopped store. */
  readonly totalMs: number;
  readonly heap: string;
  readonly pagecache: string;
}

export const storeDir = (scale: Scale, seed: number) => path.join(projectRoot, '.corpus', `${scale}-seed${seed}`);

/** What a store depends on: the generator, both loaders, the schema, the Neo4j version, and which loader filled it. */
export function corpusFingerprint(via: LoadPath): string {
  const hash = createHash('sha256').update(via).update(pinnedNeo4jVersion());
  for (const dir of [path.join(projectRoot, 'src', 'corpus'), corpusQueriesDir, path.join(projectRoot, 'cypher', 'schema')]) {
    for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The store's manifest if it is current (for the given loader, or for whichever filled it). */
export function readManifest(scale: Scale, seed: number, via?: LoadPath): Manifest | null {
  const file = path.join(storeDir(scale, seed), 'corpus.json');
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  if (!manifest.via || (via && manifest.via !== via)) return null;
  return manifest.fingerprint === corpusFingerprint(manifest.via) ? manifest : null;
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
  return { load, indexesMs: await applyCorpusSchema(driver) };
}

/**
 * The schema as the server applies it (constraints and indexes through applySeed, with no
 * annotation sources), then every index awaited; returns the milliseconds it took. After the bulk
 * import this is where every constraint and index is populated from the stored graph.
 */
export async function applyCorpusSchema(driver: Driver): Promise<number> {
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
  return Math.round(performance.now() - started);
}

/**
 * The store for this scale and seed, built now unless a current one exists (filled by `via` when
 * given, else by whichever loader filled it); a new one is built through `via`, by default `import`.
 */
export async function ensureStore(scale: Scale, seed: number, log: (line: string) => void, rebuild = false, via?: LoadPath): Promise<Manifest> {
  const existing = readManifest(scale, seed, via);
  if (existing && !rebuild) return existing;
  const loader = via ?? 'import';
  const dir = storeDir(scale, seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const memory = corpusMemory[scale];
  const env = { NEO4J_URI: '', NEO4J_DATA_DIR: dir, NEO4J_HEAP: memory.heap, NEO4J_PAGECACHE: memory.pagecache, NEO4J_BOLT_PORT: String(await freePort()) };
  const config = loadConfig(env).neo4j as EmbeddedNeo4j;
  const started = performance.now();
  const self = process.cpuUsage();
  let imported: ImportFigures | undefined;
  // The bulk importer runs Neo4j's own jars before any JVM is started: fetched here, once, as
  // `npm start` does, so a fresh clone needs no `npm run neo4j:fetch` first.
  ensureJars(config, createLogger({ tool: 'corpus' }));
  if (loader === 'import') {
    const offHeap = importMemory[scale];
    log(`corpus ${scale} (seed ${seed}): bulk import into ${path.relative(projectRoot, dir)} (importer heap ${offHeap.heap}, off-heap ${offHeap.offHeap})`);
    imported = await importCorpus(corpus(scale, seed), { home: dir, libDir: config.libDir, heap: offHeap.heap, offHeap: offHeap.offHeap, log });
    log(`  imported in ${Math.round(imported.importMs / 1000)} s: ${imported.elementsPerSecond} elements/s; now the schema (heap ${memory.heap}, page cache ${memory.pagecache})`);
  }
  const running = await startEmbedded(config, 3600, silentLogger);
  const driver = neo4j.driver(running.uri, neo4j.auth.basic(running.auth.username, running.auth.password));
  try {
    const before = cpuMs(running.pid);
    let load: LoadFigures;
    let indexesMs: number;
    if (imported) {
      indexesMs = await applyCorpusSchema(driver);
      const ms = imported.csvMs + imported.importMs;
      const elements = imported.nodes + imported.relationships;
      load = { nodes: imported.nodes, relationships: imported.relationships, batches: 0, ms, elementsPerSecond: Math.round((elements / ms) * 1000) };
      await checkCounts(driver, load);
    } else {
      log(`corpus ${scale} (seed ${seed}): loading through Cypher into ${path.relative(projectRoot, dir)} (heap ${memory.heap}, page cache ${memory.pagecache})`);
      ({ load, indexesMs } = await writeCorpus(driver, scale, seed, log));
    }
    const ownCpu = process.cpuUsage(self);
    const neo4jSeconds = (cpuMs(running.pid) - before) / 1000 + (imported?.cpuSeconds ?? 0);
    const cpu = {
      neo4jSeconds: Math.round(neo4jSeconds),
      generatorSeconds: Math.round((ownCpu.user + ownCpu.system) / 1e6),
      elementsPerNeo4jCpuSecond: Math.round((load.nodes + load.relationships) / neo4jSeconds),
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(1))),
    };
    await driver.close();
    await running.stop();
    const manifest: Manifest = {
      via: loader, scale, seed, cpu, fingerprint: corpusFingerprint(loader), counts: corpus(scale, seed).counts, load,
      ...(imported ? { import: imported } : {}), indexesMs, totalMs: Math.round(performance.now() - started), heap: memory.heap, pagecache: memory.pagecache,
    };
    writeFileSync(path.join(dir, 'corpus.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await driver.close();
    await running.stop();
  }
}

/** The stored graph holds what was written (every corpus node is a :Node; the schema adds :SeedScript records): a store the importer left short fails here, not in the bench. */
async function checkCounts(driver: Driver, load: LoadFigures): Promise<void> {
  const session = driver.session();
  try {
    const nodes = (await session.run('MATCH (n:Node) RETURN count(n) AS n')).records[0]!.get('n').toNumber();
    const relationships = (await session.run('MATCH ()-[r]->() RETURN count(r) AS n')).records[0]!.get('n').toNumber();
    if (nodes !== load.nodes || relationships !== load.relationships) {
      throw new Error(`the store holds ${nodes} nodes and ${relationships} relationships; the corpus has ${load.nodes} and ${load.relationships}`);
    }
  } finally {
    await session.close();
  }
}
