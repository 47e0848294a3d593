import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../../src/config.js';
import { freePort } from './ports.js';

export interface StartedServer {
  readonly child: ChildProcess;
  readonly jvmPid: number;
  readonly url: string;
  readonly exited: Promise<number | null>;
  readonly dataDir: string;
}

/**
 * Runs `src/main.ts` as its own process, as `npm start` does, with a scratch store and ports.
 * The caller removes `dataDir` when done.
 */
export async function startServerProcess(env: Record<string, string> = {}): Promise<StartedServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplomatic-graph-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let jvmPid = -1;
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stderr! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { message: string; pid?: number; url?: string };
      if (entry.message === 'embedded Neo4j ready' && entry.pid) jvmPid = entry.pid;
      if (entry.message === 'server ready' && entry.url) resolve(entry.url);
    });
    void exited.then((code) => reject(new Error(`server exited with ${code} before it was ready`)));
  });
  return { child, jvmPid, url, exited, dataDir };
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
