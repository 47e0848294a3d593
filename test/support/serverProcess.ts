import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../../src/config.js';
import { freePort } from './ports.js';

export interface LogEntry {
  readonly message: string;
  readonly pid?: number;
  readonly url?: string;
  readonly [field: string]: unknown;
}

export interface SpawnedServer {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly dataDir: string;
  /** Every JSON log line so far, in order. */
  readonly logs: readonly LogEntry[];
  /** The first log entry with this message from index `from` on, once it is written. */
  waitForLog(message: string, timeoutMs: number, from?: number): Promise<LogEntry>;
}

export interface StartedServer extends SpawnedServer {
  readonly jvmPid: number;
  readonly url: string;
}

/** Compiles src/ to dist/ as `npm start` does (incremental: quick when nothing changed). */
export function buildDist(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: projectRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
}

/**
 * Runs the server as its own process, with a scratch store and ports: `src/main.ts` through tsx
 * (no build step, so tests can run beside edits), or with `compiled` the `dist/main.js` that
 * `npm start` runs, for measurements; the caller runs buildDist() first. Returns at once, while
 * the server starts. The caller removes `dataDir` when done.
 */
export async function spawnServerProcess(env: Record<string, string> = {}, options: { compiled?: boolean } = {}): Promise<SpawnedServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplomatic-graph-'));
  const args = options.compiled ? ['--enable-source-maps', 'dist/main.js'] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const logs: LogEntry[] = [];
  const listeners = new Set<() => void>();
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    logs.push(JSON.parse(line) as LogEntry);
    for (const listener of listeners) listener();
  });
  const waitForLog = (message: string, timeoutMs: number, from = 0) =>
    new Promise<LogEntry>((resolve, reject) => {
      const check = () => {
        const found = logs.slice(from).find((entry) => entry.message === message);
        if (!found) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no "${message}" log line within ${timeoutMs} ms`));
      }, timeoutMs);
      listeners.add(check);
      check();
      void exited.then(() => {
        listeners.delete(check);
        clearTimeout(timer);
        reject(new Error(`server exited before logging "${message}"`));
      });
    });
  return { child, exited, dataDir, logs, waitForLog };
}

/** spawnServerProcess, once the server is ready: its store seeded and its plans warm. */
export async function startServerProcess(env: Record<string, string> = {}, options: { compiled?: boolean } = {}): Promise<StartedServer> {
  const spawned = await spawnServerProcess(env, options);
  const ready = await Promise.race([
    spawned.waitForLog('server ready', 600_000),
    spawned.exited.then((code) => Promise.reject(new Error(`server exited with ${code} before it was ready`))),
  ]);
  const jvmPid = spawned.logs.find((entry) => entry.message === 'embedded Neo4j ready')?.pid ?? -1;
  return { ...spawned, jvmPid, url: String(ready.url) };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}
