// `npm run bench:startup`: `npm start` as a user runs it (build included), timed from the spawn to
// the first answer at `/` and to `/ready` saying 200, STARTUP_RUNS times (default 3), with the
// median. Every run uses the same scratch store, seeded by an untimed run first, so the times are
// those of a restart; STARTUP_FRESH=1 gives each run an empty store (the first start ever).
// Writes bench/results/startup.json. Not part of the test suite: it measures.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config.js';
import { freePort } from '../test/support/ports.js';

const runs = Number(process.env['STARTUP_RUNS'] ?? 3);
const fresh = process.env['STARTUP_FRESH'] === '1';

interface Run {
  /** Spawn to the first HTTP answer at `/`, whatever its status. */
  readonly firstAnswerMs: number;
  /** The status and step of that first answer. */
  readonly firstAnswer: string;
  /** Spawn to `/ready` answering 200. */
  readonly readyMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answer(url: string, accept: string): Promise<Response | undefined> {
  try {
    return await fetch(url, { headers: { accept }, signal: AbortSignal.timeout(2000) });
  } catch {
    return undefined;
  }
}

async function timeStart(dataDir: string): Promise<Run> {
  const port = await freePort();
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  const boltPort = await freePort();
  const env = { ...base, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort), PORT: String(port) };
  const spawned = Date.now();
  const npm = spawn('npm', ['start'], { cwd: projectRoot, env, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
  try {
    let first: { ms: number; text: string } | undefined;
    while (!first) {
      const res = await answer(`http://127.0.0.1:${port}/`, 'application/json');
      if (res) first = { ms: Date.now() - spawned, text: `${res.status} ${JSON.stringify(((await res.json()) as { message?: string }).message ?? 'discovery document')}` };
      else await sleep(50);
      if (Date.now() - spawned > 900_000) throw new Error('no answer at / within 15 minutes');
    }
    let readyMs: number | undefined;
    while (readyMs === undefined) {
      if ((await answer(`http://127.0.0.1:${port}/ready`, 'application/json'))?.status === 200) readyMs = Date.now() - spawned;
      else await sleep(250);
      if (Date.now() - spawned > 900_000) throw new Error('not ready within 15 minutes');
    }
    return { firstAnswerMs: first.ms, firstAnswer: first.text, readyMs };
  } finally {
    npm.kill('SIGTERM');
    await exited;
    // The server follows npm once it notices, stopping its JVM, which holds the store until then.
    while ((await portOpen(port)) || (await portOpen(boltPort))) await sleep(250);
  }
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const scratch = mkdtempSync(path.join(os.tmpdir(), 'diplomatic-graph-startup-'));
const results: Run[] = [];
try {
  if (!fresh) {
    const seeded = await timeStart(path.join(scratch, 'store'));
    console.log(`seeding run (untimed): first answer ${seeded.firstAnswerMs} ms, ready ${seeded.readyMs} ms`);
  }
  for (let i = 0; i < runs; i++) {
    const run = await timeStart(path.join(scratch, fresh ? `store-${i}` : 'store'));
    results.push(run);
    console.log(`run ${i + 1}: first answer at / ${run.firstAnswerMs} ms (${run.firstAnswer}), /ready ${run.readyMs} ms`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const summary = {
  at: new Date().toISOString(),
  store: fresh ? 'empty at each start' : 'seeded by an earlier start',
  runs: results,
  medianFirstAnswerMs: median(results.map((run) => run.firstAnswerMs)),
  medianReadyMs: median(results.map((run) => run.readyMs)),
  cpus: os.cpus().length,
  loadAverage: os.loadavg(),
};
console.log(`median: first answer at / ${summary.medianFirstAnswerMs} ms, /ready ${summary.medianReadyMs} ms`);
mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true });
writeFileSync(path.join(projectRoot, 'bench', 'results', 'startup.json'), `${JSON.stringify(summary, null, 2)}\n`);
