import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, projectRoot, type EmbeddedNeo4j } from '../../src/config.js';
import type { Neo4jAuth } from '../../src/db/credentials.js';
import { startEmbedded, type RunningNeo4j } from '../../src/db/embedded.js';
import { recordToRow } from '../../src/db/records.js';
import { silentLogger } from '../../src/logger.js';
import { freePort } from './ports.js';

/**
 * A Neo4j of a test's own (embedded, on a free port, in a fresh folder), for tests that change
 * the graph and so must not share the run's database. The caller stops it.
 */
export interface ScratchNeo4j {
  readonly uri: string;
  /** The generated user and password its Bolt port requires. */
  readonly auth: Neo4jAuth;
  readonly dataDir: string;
  readonly driver: Driver;
  read<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  stop(): Promise<void>;
}

export async function startScratchNeo4j(options: { heap?: string; pagecache?: string } = {}): Promise<ScratchNeo4j> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplomatic-graph-scratch-'));
  const env = {
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    ...(options.heap ? { NEO4J_HEAP: options.heap } : {}),
    ...(options.pagecache ? { NEO4J_PAGECACHE: options.pagecache } : {}),
  };
  const config = loadConfig(env).neo4j as EmbeddedNeo4j;
  let running: RunningNeo4j;
  try {
    running = await startEmbedded(config, 600, silentLogger);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const driver = neo4j.driver(running.uri, neo4j.auth.basic(running.auth.username, running.auth.password));
  return {
    uri: running.uri,
    auth: running.auth,
    dataDir,
    driver,
    async read(cypher, params = {}) {
      const session = driver.session();
      try {
        return (await session.run(cypher, params)).records.map((record) => recordToRow(record));
      } finally {
        await session.close();
      }
    },
    async stop() {
      await driver.close();
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `npm run ingest -- ...args` (the script itself, through tsx) against a Neo4j, logging in
 * as `auth`. With `killAtStep`, the process is killed with SIGKILL as soon as it reports that
 * loader statement (`--trace`), counting from 1, which leaves a transaction open mid-way.
 */
export function runIngest(
  target: { readonly uri: string; readonly auth: Neo4jAuth },
  args: string[],
  options: { killAtStep?: number; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return runTool('scripts/ingest.ts', target, args, options);
}

/** Runs `npm run import -- ...args` the same way (its --trace names each transaction). */
export function runImport(
  target: { readonly uri: string; readonly auth: Neo4jAuth },
  args: string[],
  options: { killAtStep?: number; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return runTool('scripts/import.ts', target, args, options);
}

function runTool(
  script: string,
  target: { readonly uri: string; readonly auth: Neo4jAuth },
  args: string[],
  options: { killAtStep?: number; env?: Record<string, string> },
): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args, ...(options.killAtStep ? ['--trace'] : [])], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: target.uri, NEO4J_USERNAME: target.auth.username, NEO4J_PASSWORD: target.auth.password, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let steps = 0;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    stdout += `${line}\n`;
    if (line.startsWith('step ') && ++steps === options.killAtStep) child.kill('SIGKILL');
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}
