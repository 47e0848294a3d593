import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { freePort } from '../support/ports.js';
import { isAlive, startServerProcess, waitUntilGone } from '../support/serverProcess.js';

// Each test starts a server with a store of its own, seeded afresh: minutes on a busy machine,
// so they share one file and run one after another rather than beside each other.

describe('stopping the server', () => {
  it('drains and exits 0 on SIGTERM, leaving no Java process behind', async () => {
    const server = await startServerProcess();
    expect(server.jvmPid).toBeGreaterThan(0);
    expect(isAlive(server.jvmPid)).toBe(true);
    const ready = await fetch(server.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(await waitUntilGone(server.jvmPid, 5_000)).toBe(true);
    rmSync(server.dataDir, { recursive: true, force: true });
  }, 240_000);

  it('takes the embedded JVM down with it even when killed outright', async () => {
    const server = await startServerProcess();
    server.child.kill('SIGKILL');
    await server.exited;
    // Nothing runs in the killed process; the JVM sees its stdin close and shuts its store down.
    expect(await waitUntilGone(server.jvmPid, 30_000)).toBe(true);
    rmSync(server.dataDir, { recursive: true, force: true });
  }, 240_000);

  it('leaves no server or Java process behind when npm itself gets SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplomatic-graph-npm-'));
    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), PORT: String(port) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const npmExited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
    try {
      const pids = { server: -1, jvm: -1 };
      await new Promise<void>((resolve, reject) => {
        createInterface({ input: npm.stderr! }).on('line', (line) => {
          if (!line.startsWith('{')) return;
          const entry = JSON.parse(line) as { message: string; pid?: number };
          if (entry.message === 'embedded Neo4j ready' && entry.pid) pids.jvm = entry.pid;
          if (entry.message === 'server ready' && entry.pid) {
            pids.server = entry.pid;
            resolve();
          }
        });
        void npmExited.then(() => reject(new Error('npm start exited before the server was ready')));
      });
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
      expect(pids.server).not.toBe(npm.pid);
      expect(isAlive(pids.server) && isAlive(pids.jvm)).toBe(true);

      npm.kill('SIGTERM');
      await npmExited;
      expect(await waitUntilGone(pids.server, 20_000)).toBe(true);
      expect(await waitUntilGone(pids.jvm, 20_000)).toBe(true);
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
