/**
 * `npm run ingest` beside a running server on ports of its own: the tool finds the server by the
 * run file in its data folder (not by NEO4J_BOLT_PORT), loads through that server's Neo4j, and the
 * server answers the new source's facts and text at once; a text that arrives later reloads the
 * source without --force; a run file left by a dead server is ignored, saying so.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { runFilePath } from '../../src/runFile.js';
import { skipWithoutTexts } from '../support/article.js';
import { freePort } from '../support/ports.js';
import { startServerProcess, type StartedServer } from '../support/serverProcess.js';

const repoSources = path.join(projectRoot, 'sources');
const readoutText = path.resolve(projectRoot, '..', 'shared', 'article', 'moscow-talks-readout.txt');
const articleText = path.resolve(projectRoot, '..', 'shared', 'article', 'truss-lavrov.txt');

let work: string;
let sourcesDir: string;
let textsDir: string;
let httpPort: number;
let boltPort: number;
let server: StartedServer | undefined;
let base: string;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run ingest -- ...args` as an analyst runs it: the same data folder, nothing said of the server's ports. */
async function ingest(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_DATA_DIR: server!.dataDir,
      // Not the server's: the tool must not need to be told where the server listens.
      NEO4J_BOLT_PORT: String(await freePort()),
      SOURCES_DIR: sourcesDir,
      SOURCE_TEXTS_DIR: textsDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

async function graphql<T>(query: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const textOf = async (id: string) => {
  const response = await fetch(`${base}/sources/${encodeURIComponent(id)}/text`);
  return { status: response.status, body: await response.text() };
};

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'ingest-into-server-'));
  sourcesDir = path.join(work, 'sources');
  textsDir = path.join(work, 'texts');
  mkdirSync(sourcesDir);
  mkdirSync(textsDir);
  // The article and the background, without the readout, which is added while the server runs.
  for (const file of ['truss-lavrov.yaml', 'truss-lavrov.anchors.json', 'background.yaml']) copyFileSync(path.join(repoSources, file), path.join(sourcesDir, file));
  if (existsSync(articleText)) copyFileSync(articleText, path.join(textsDir, 'truss-lavrov.txt'));
  [httpPort, boltPort] = [await freePort(), await freePort()];
  server = await startServerProcess({ PORT: String(httpPort), NEO4J_BOLT_PORT: String(boltPort), SOURCES_DIR: sourcesDir, SOURCE_TEXTS_DIR: textsDir, WARM_UP: 'off' });
  base = `http://127.0.0.1:${httpPort}`;
}, 600_000);

afterAll(async () => {
  if (server && server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  if (server) rmSync(server.dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('npm run ingest beside a running server', () => {
  const readout = 'src:moscow-talks-readout';
  const readoutQuery = `{ source(id: "${readout}") { id title } }`;

  it('finds a run file in the data folder naming the server’s HTTP and Bolt addresses, folder and pid', () => {
    const info = JSON.parse(readFileSync(runFilePath(server!.dataDir), 'utf8')) as Record<string, unknown>;
    expect(info).toEqual({
      httpUrl: `http://127.0.0.1:${httpPort}`,
      boltUri: expect.stringMatching(new RegExp(`^bolt://(127\\.0\\.0\\.1|localhost):${boltPort}$`)),
      dataDir: server!.dataDir,
      pid: server!.child.pid,
      startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('loads a new source through that server, which answers its facts and its text’s URL at once', async () => {
    expect(await graphql(readoutQuery)).toEqual({ source: null });
    expect(JSON.parse((await textOf(readout)).body).errors[0].message).toMatch(/^No source with a text has the id src:moscow-talks-readout;/);

    for (const file of ['moscow-talks-readout.yaml', 'moscow-talks-readout.anchors.json']) copyFileSync(path.join(repoSources, file), path.join(sourcesDir, file));
    // Without java on the PATH: a tool that tried to start a Neo4j of its own would fail.
    const run = await ingest([path.join(sourcesDir, 'moscow-talks-readout.yaml')], { PATH: '/nonexistent' });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`loading through the running server http://127.0.0.1:${httpPort} (pid ${server!.child.pid}; its Neo4j at ${JSON.parse(readFileSync(runFilePath(server!.dataDir), 'utf8')).boltUri})`);
    expect(run.stdout).not.toMatch(/starting|embedded Neo4j/);
    expect(run.stdout).toContain('the text is absent: quotes placed from the stored anchors');
    expect(run.stdout).toMatch(/^loaded src:moscow-talks-readout from .*moscow-talks-readout\.yaml: \d+ nodes/m);

    expect(await graphql(readoutQuery)).toEqual({ source: { id: readout, title: 'Readout: Truss and Lavrov hold talks in Moscow' } });
    // Known now: its text is looked for, and is not in this server's texts folder yet.
    expect(JSON.parse((await textOf(readout)).body).errors[0].message).toBe(
      "The text of src:moscow-talks-readout (moscow-talks-readout.txt) is not in this server's texts folder (SOURCE_TEXTS_DIR).",
    );
  }, 300_000);

  it.skipIf(skipWithoutTexts)('serves the text once it arrives, and loads the source again without --force, its quotes checked in it', async () => {
    copyFileSync(readoutText, path.join(textsDir, 'moscow-talks-readout.txt'));
    const text = await textOf(readout);
    expect(text.status).toBe(200);
    expect([...text.body]).toHaveLength(1905);

    const run = await ingest([path.join(sourcesDir, 'moscow-talks-readout.yaml')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('the text is absent');
    expect(run.stdout).toMatch(/^loaded src:moscow-talks-readout from /m);
    const again = await ingest([path.join(sourcesDir, 'moscow-talks-readout.yaml')]);
    expect(again.stdout).toMatch(/^unchanged: .*moscow-talks-readout\.yaml is already loaded as it is, with the same text/m);
  }, 300_000);

  it('removes the run file when stopped; a run file whose server is dead is ignored, saying so, and the store is loaded directly', async () => {
    server!.child.kill('SIGTERM');
    expect(await server!.exited).toBe(0);
    const file = runFilePath(server!.dataDir);
    expect(existsSync(file)).toBe(false);

    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(
      file,
      JSON.stringify({ httpUrl: 'http://127.0.0.1:9', boltUri: 'bolt://127.0.0.1:9', dataDir: server!.dataDir, pid: gone.pid, startedAt: new Date().toISOString() }),
    );
    const run = await ingest([path.join(sourcesDir, 'moscow-talks-readout.yaml')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      `ignoring ${file}: the server it names (pid ${gone.pid}, http://127.0.0.1:9) is no longer running`,
      `no server is running on ${server!.dataDir}: loading the store directly (starting its embedded Neo4j, stopped when done)`,
    ]);
    // Loaded before, with the text where there is one: nothing to write.
    expect(run.stdout).toMatch(/^unchanged: .*moscow-talks-readout\.yaml is already loaded as it is/m);

    // A pid alive again, as after a crash and a reboot, but another program's: nothing answers there.
    const httpUrl = `http://127.0.0.1:${await freePort()}`;
    writeFileSync(file, JSON.stringify({ httpUrl, boltUri: `bolt://127.0.0.1:${await freePort()}`, dataDir: server!.dataDir, pid: process.pid, startedAt: new Date().toISOString() }));
    const reused = await ingest([path.join(sourcesDir, 'moscow-talks-readout.yaml')]);
    expect(reused.code, reused.stderr).toBe(0);
    expect(reused.stdout.split('\n').slice(0, 2)).toEqual([
      `ignoring ${file}: its pid ${process.pid} is alive but no server answers at ${httpUrl} (the pid is another program's now)`,
      `no server is running on ${server!.dataDir}: loading the store directly (starting its embedded Neo4j, stopped when done)`,
    ]);
  }, 420_000);
});
