/**
 * The run file a server leaves in its data folder: written whole, read back as running or stale
 * by whether its pid lives, and removed only by the server it names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.js';
import { loadConfig, projectRoot } from '../../src/config.js';
import { announceRunning, assertStoreFree, processDeps, readRunFile, runFilePath, writeRunFile, type RunFileDeps } from '../../src/runFile.js';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'run-file-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const at = new Date('2026-12-07T18:30:00.000Z');
const deps = (pid: number, alive: readonly number[]): RunFileDeps => ({ pid, now: () => at, isAlive: (p) => alive.includes(p) });

describe('the run file', () => {
  it('says where the server answers, its pid and start, and leaves no temporary file behind', () => {
    const dataDir = folder();
    const handle = writeRunFile({ httpUrl: 'http://127.0.0.1:4123', boltUri: 'bolt://127.0.0.1:7999', dataDir }, deps(4242, [4242]));
    expect(handle.file).toBe(path.join(dataDir, 'server.json'));
    expect(readdirSync(dataDir)).toEqual(['server.json']);
    expect(readRunFile(dataDir, deps(1, [4242]))).toEqual({
      kind: 'running',
      file: handle.file,
      info: { httpUrl: 'http://127.0.0.1:4123', boltUri: 'bolt://127.0.0.1:7999', dataDir, pid: 4242, startedAt: '2026-12-07T18:30:00.000Z' },
    });
  });

  it('is stale once its pid is gone, and absent in a folder no server ran on', () => {
    const dataDir = folder();
    writeRunFile({ httpUrl: 'http://127.0.0.1:4123', boltUri: 'bolt://127.0.0.1:7999', dataDir }, deps(4242, [4242]));
    expect(readRunFile(dataDir, deps(1, [])).kind).toBe('stale');
    expect(readRunFile(folder(), deps(1, [4242]))).toEqual({ kind: 'none', file: path.join(folders.at(-1)!, 'server.json') });
  });

  it('is unreadable, with the reason, when it holds something else', () => {
    const dataDir = folder();
    writeFileSync(runFilePath(dataDir), '{"pid": 12');
    expect(readRunFile(dataDir, deps(1, [12]))).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/JSON/) });
    writeFileSync(runFilePath(dataDir), '{"pid": 12}');
    expect(readRunFile(dataDir, deps(1, [12]))).toMatchObject({ kind: 'unreadable', reason: 'it lacks httpUrl, boltUri, dataDir, pid or startedAt' });
  });

  it('is removed by its own server on a clean stop, never by one it does not name', () => {
    const dataDir = folder();
    const first = writeRunFile({ httpUrl: 'http://127.0.0.1:1', boltUri: 'bolt://127.0.0.1:2', dataDir }, deps(100, [100]));
    const second = writeRunFile({ httpUrl: 'http://127.0.0.1:3', boltUri: 'bolt://127.0.0.1:4', dataDir }, deps(200, [200]));
    first.remove();
    expect(readRunFile(dataDir, deps(1, [200]))).toMatchObject({ kind: 'running', info: { pid: 200 } });
    second.remove();
    expect(existsSync(runFilePath(dataDir))).toBe(false);
  });

  it('is written for an embedded store with an address this machine reaches, and not for NEO4J_URI', () => {
    const dataDir = folder();
    const handle = announceRunning(loadConfig({ NEO4J_DATA_DIR: dataDir, HOST: '0.0.0.0' }), 4123, 'bolt://127.0.0.1:7999', deps(4242, [4242]));
    expect(handle?.info).toMatchObject({ httpUrl: 'http://127.0.0.1:4123', dataDir });
    expect(announceRunning(loadConfig({ NEO4J_URI: 'bolt://db:7687', HOST: '::1' }), 4123, 'bolt://db:7687', deps(4242, [4242]))).toBeNull();
    expect(announceRunning(loadConfig({ NEO4J_DATA_DIR: folder(), HOST: '::' }), 4123, 'bolt://127.0.0.1:1', deps(1, [1]))?.info.httpUrl).toBe('http://[::1]:4123');
  });
});

describe('a server starting on a data folder', () => {
  it('goes ahead over a run file whose pid lives but where no server answers (a pid reused after a crash)', async () => {
    const dataDir = folder();
    writeRunFile({ httpUrl: `http://127.0.0.1:${await freePort()}`, boltUri: 'bolt://127.0.0.1:7999', dataDir }, { ...processDeps, pid: process.pid });
    await expect(assertStoreFree(loadConfig({ NEO4J_DATA_DIR: dataDir }), { pid: 1, isAlive: () => true })).resolves.toBeUndefined();
  });
});

describe('npm run db:reset', () => {
  const reset = (dataDir: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-reset.ts'], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir },
      encoding: 'utf8',
    });

  it('refuses to delete a store a running server names in its run file, and deletes it once that server is gone', () => {
    const dataDir = folder();
    writeRunFile({ httpUrl: 'http://127.0.0.1:4123', boltUri: 'bolt://127.0.0.1:7999', dataDir }, { ...processDeps, pid: process.pid });
    const refused = reset(dataDir);
    expect({ status: refused.status, stderr: refused.stderr }).toEqual({
      status: 2,
      stderr: `The server http://127.0.0.1:4123 (pid ${process.pid}) is running on ${dataDir}: stop it first.\n`,
    });
    expect(existsSync(dataDir)).toBe(true);

    const gone = spawnSync(process.execPath, ['-e', '']);
    writeRunFile({ httpUrl: 'http://127.0.0.1:4123', boltUri: 'bolt://127.0.0.1:7999', dataDir }, { ...processDeps, pid: gone.pid! });
    expect(reset(dataDir).status).toBe(0);
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);
});
