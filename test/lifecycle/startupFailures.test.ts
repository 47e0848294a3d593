import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, projectRoot, type EmbeddedNeo4j } from '../../src/config.js';
import { startEmbedded } from '../../src/db/embedded.js';
import { silentLogger } from '../../src/logger.js';
import { processDeps, readRunFile, writeRunFile } from '../../src/runFile.js';
import { freePort } from '../support/ports.js';
import { waitUntilGone } from '../support/serverProcess.js';

interface FailedStart {
  readonly code: number | null;
  /** stderr lines that are not JSON log lines: what an operator reads. */
  readonly plain: string[];
  readonly logged: { message: string; pid?: number }[];
  readonly ms: number;
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function scratchDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diplomatic-graph-startup-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Holds a TCP port the way another program would. */
async function occupy(port: number): Promise<void> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
}

/** Runs the server as npm start does and waits for it to give up. */
async function startExpectingFailure(env: Record<string, string>): Promise<FailedStart> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: '', PORT: String(await freePort()), NEO4J_BOLT_PORT: String(await freePort()), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  cleanups.push(() => child.exitCode === null && child.kill('SIGKILL'));
  const plain: string[] = [];
  const logged: FailedStart['logged'] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (line.startsWith('{')) logged.push(JSON.parse(line) as FailedStart['logged'][number]);
    else plain.push(line);
  });
  const code = await new Promise<number | null>((resolve) => child.once('close', (exitCode) => resolve(exitCode)));
  const result = { code, plain, logged, ms: Date.now() - started };
  // Whatever JVM the attempt started must be gone with it.
  const jvm = logged.find((entry) => entry.message === 'embedded Neo4j starting')?.pid;
  if (jvm) expect(await waitUntilGone(jvm, 10_000)).toBe(true);
  return result;
}

/** Starts a bare embedded Neo4j (no server, no seed) on a store, as another instance would. */
async function holdStore(dataDir: string) {
  const config = loadConfig({ NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()) }).neo4j as EmbeddedNeo4j;
  const running = await startEmbedded(config, 20, silentLogger);
  cleanups.push(() => running.stop());
  return running;
}

describe('start-up failures', () => {
  it('reports the API port in use in one line, before starting Neo4j', async () => {
    const port = await freePort();
    await occupy(port);
    const result = await startExpectingFailure({ PORT: String(port), NEO4J_DATA_DIR: scratchDir() });
    expect(result.code).toBe(1);
    expect(result.plain).toEqual([`PORT ${port} on 127.0.0.1 is already in use by another process; stop it or set PORT to a free port.`]);
    expect(result.logged.map((entry) => entry.message)).not.toContain('embedded Neo4j starting');
    expect(result.ms).toBeLessThan(15_000);
  }, 60_000);

  it('reports a data folder another running server claims in its run file, in one line, before starting Neo4j', async () => {
    const dataDir = scratchDir();
    // This test's process stands for the running server: its pid is alive, and it answers HTTP.
    const other = http.createServer((_req, res) => res.end('{"status":"ok"}'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => other.close(resolve)));
    const httpUrl = `http://127.0.0.1:${(other.address() as net.AddressInfo).port}`;
    writeRunFile({ httpUrl, boltUri: 'bolt://127.0.0.1:7999', dataDir }, { ...processDeps, pid: process.pid });
    const result = await startExpectingFailure({ NEO4J_DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.plain).toEqual([
      `The server ${httpUrl} (pid ${process.pid}) is already running on ${dataDir}; use that one, stop it, or set NEO4J_DATA_DIR to another folder.`,
    ]);
    expect(result.logged.map((entry) => entry.message)).not.toContain('embedded Neo4j starting');
    // Still the other server's file: a refused start leaves it alone.
    expect(readRunFile(dataDir, processDeps)).toMatchObject({ kind: 'running', info: { pid: process.pid } });
  }, 60_000);

  it('reports the Bolt port in use in one line, from Neo4j’s own failure', async () => {
    const boltPort = await freePort();
    await occupy(boltPort);
    const result = await startExpectingFailure({ NEO4J_BOLT_PORT: String(boltPort), NEO4J_DATA_DIR: scratchDir() });
    expect(result.code).toBe(1);
    expect(result.plain).toEqual([
      `Embedded Neo4j could not start: Bolt port ${boltPort} is already in use; stop what uses it or set NEO4J_BOLT_PORT to a free port.`,
    ]);
  }, 180_000);

  it('gives up after NEO4J_START_TIMEOUT_MS, stopping the JVM', async () => {
    const dataDir = scratchDir();
    const result = await startExpectingFailure({ NEO4J_DATA_DIR: dataDir, NEO4J_START_TIMEOUT_MS: '1000' });
    expect(result.code).toBe(1);
    expect(result.plain).toEqual([
      `Embedded Neo4j did not serve queries within 1 s (NEO4J_START_TIMEOUT_MS) and was stopped (NEO4J_DATA_DIR ${dataDir}); its log shows no error, so the machine may just be slow`,
    ]);
  }, 60_000);

  it('reports a store locked by another instance, then a corrupt store, each with Neo4j’s cause', async () => {
    const dataDir = scratchDir();
    const holder = await holdStore(dataDir);
    const locked = await startExpectingFailure({ NEO4J_DATA_DIR: dataDir });
    expect(locked.code).toBe(1);
    expect(locked.plain).toEqual([
      `Embedded Neo4j could not start: its store (NEO4J_DATA_DIR ${dataDir}) is in use by another Neo4j; stop that server or set NEO4J_DATA_DIR to another folder. ` +
        `Neo4j says: Lock file has been locked by another process: ${dataDir}/data/databases/store_lock. Please ensure no other process is using this database, ` +
        'and that the directory is writable (required even for read-only access) (FileLockException)',
    ]);

    await holder.stop();
    // The same bytes every run, so Neo4j fails the same way: every store file overwritten at its start.
    const storeDir = path.join(dataDir, 'data', 'databases', 'neo4j');
    for (const file of readdirSync(storeDir).filter((name) => name.startsWith('neostore') && !name.endsWith('.id'))) {
      const target = path.join(storeDir, file);
      const fd = openSync(target, 'r+');
      writeSync(fd, Buffer.alloc(Math.min(statSync(target).size, 8192), 0xa5), 0);
      closeSync(fd);
    }
    const corrupt = await startExpectingFailure({ NEO4J_DATA_DIR: dataDir });
    expect(corrupt.code).toBe(1);
    expect(corrupt.plain).toHaveLength(1);
    expect(corrupt.plain[0]).toMatch(
      new RegExp(
        `^Embedded Neo4j could not open its store \\(NEO4J_DATA_DIR ${dataDir}\\), which looks damaged; restore it, or run npm run db:reset to reload the graph\\. Neo4j says: \\S.+$`,
      ),
    );
    // The cause comes from Neo4j's log, not its uninformative status message.
    expect(corrupt.plain[0]).not.toMatch(/An error occurred|Unable to start/);
  }, 480_000);

  it('reports a read-only data folder as not writable, in one line, before starting Neo4j', async (context) => {
    const dataDir = scratchDir();
    const readOnly = path.join(dataDir, 'store');
    mkdirSync(readOnly);
    if (process.getuid?.() === 0) {
      // Permissions do not stop root; a read-only bind mount does.
      const mounted = spawnSync('mount', ['--bind', readOnly, readOnly]).status === 0;
      if (!mounted) context.skip('running as root where mount is not allowed: no way to make a folder read-only');
      cleanups.push(() => spawnSync('umount', [readOnly]));
      expect(spawnSync('mount', ['-o', 'remount,bind,ro', readOnly, readOnly]).status).toBe(0);
    } else {
      chmodSync(readOnly, 0o555);
      cleanups.push(() => chmodSync(readOnly, 0o755));
    }
    const result = await startExpectingFailure({ NEO4J_DATA_DIR: readOnly });
    expect(result.code).toBe(1);
    expect(result.plain).toHaveLength(1);
    expect(result.plain[0]).toMatch(
      // The first thing written is the Bolt password file, before any JVM starts.
      new RegExp(`^Embedded Neo4j could not start: its data folder \\(NEO4J_DATA_DIR ${readOnly}\\) is not writable: (EROFS: read-only file system|EACCES: permission denied), open '${readOnly}/bolt-password'$`),
    );
  }, 180_000);
});
