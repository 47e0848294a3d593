/**
 * `npm start` as a user runs it: it compiles src/ to dist/ (scripts/build.mjs, `tsc -b`) and then
 * execs node on dist/main.js. Signals reach the server through npm and sh, so these tests check
 * that nothing is left behind whenever npm gets SIGTERM: during the build, just after the server
 * started, and once it is ready; and that a type error stops the start with tsc's message.
 *
 * The tests that need a broken or half-built tree use a scratch copy of what the build reads, so
 * the project's own src/ and dist/ stay as they are for the test files running beside this one.
 * Linux only, like the rest of the suite: process trees are read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { freePort } from '../support/ports.js';
import { isAlive, waitUntilGone } from '../support/serverProcess.js';

interface Proc {
  readonly pid: number;
  readonly ppid: number;
  readonly cmd: string;
}

function allProcesses(): Proc[] {
  const procs: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name in parentheses may hold spaces; ppid is the second field after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
      procs.push({ pid: Number(entry), ppid, cmd });
    } catch {
      // gone while we looked
    }
  }
  return procs;
}

/** root and every process below it, now. */
function processTree(root: number): Proc[] {
  const procs = allProcesses();
  const tree = procs.filter((proc) => proc.pid === root);
  for (let i = 0; i < tree.length; i++) tree.push(...procs.filter((proc) => proc.ppid === tree[i]!.pid));
  return tree;
}

/** Samples the tree under `root` until stopped, remembering every process and command line seen. */
function watchTree(root: number) {
  const seen = new Map<number, Set<string>>();
  const sample = () => {
    for (const proc of processTree(root)) {
      if (!seen.has(proc.pid)) seen.set(proc.pid, new Set());
      if (proc.cmd) seen.get(proc.pid)!.add(proc.cmd);
    }
  };
  sample();
  const timer = setInterval(sample, 50);
  return {
    sample,
    stop: () => clearInterval(timer),
    pids: () => [...seen.keys()],
    commands: () => [...seen.values()].flatMap((cmds) => [...cmds]),
  };
}

async function allGone(pids: readonly number[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && pids.some(isAlive)) await new Promise((resolve) => setTimeout(resolve, 100));
  return pids.filter(isAlive);
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** What the build reads, copied, with the project's node_modules; nothing built yet. */
function scratchProject(): string {
  const dir = scratchDir('diplomatic-graph-build-');
  for (const item of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'scripts/buildWeb.mjs', 'src', 'web']) {
    cpSync(path.join(projectRoot, item), path.join(dir, item), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/**
 * `npm start` in `cwd`. The npm_* variables of an enclosing `npm test` are dropped so npm works
 * out the project from cwd alone.
 */
function npmStart(cwd: string, env: Record<string, string>) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  const npm = spawn('npm', ['start'], { cwd, env: { ...base, NEO4J_URI: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  cleanups.push(() => npm.exitCode === null && npm.signalCode === null && npm.kill('SIGKILL'));
  const output: string[] = [];
  const logs: { message: string; pid?: number }[] = [];
  const listeners = new Set<() => void>();
  for (const stream of [npm.stdout!, npm.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      if (line.startsWith('{')) logs.push(JSON.parse(line) as { message: string; pid?: number });
      for (const listener of listeners) listener();
    });
  }
  const waitForLog = (message: string, timeoutMs: number) =>
    new Promise<{ message: string; pid?: number }>((resolve, reject) => {
      const check = () => {
        const found = logs.find((entry) => entry.message === message);
        if (!found) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => reject(new Error(`no "${message}" within ${timeoutMs} ms:\n${output.join('\n')}`)), timeoutMs);
      listeners.add(check);
      check();
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`npm start exited before "${message}":\n${output.join('\n')}`));
      });
    });
  return { npm, exited, output, logs, waitForLog };
}

/** The server: node on the compiled entry point (not the sh -c that names it). */
const isServer = (cmd: string): boolean => /^\S*node (--\S+ )*dist\/main\.js$/.test(cmd);

function serverOf(npm: ChildProcess): Proc | undefined {
  return processTree(npm.pid!).find((proc) => isServer(proc.cmd));
}

async function serverEnv(): Promise<Record<string, string>> {
  // How the process starts and stops does not depend on its plans: no warm-up to wait for.
  return { NEO4J_DATA_DIR: scratchDir('diplomatic-graph-npm-'), NEO4J_BOLT_PORT: String(await freePort()), PORT: String(await freePort()), WARM_UP: 'off' };
}

// One after another: they share the project's dist/, and each starts a JVM.
describe('npm start', () => {
  it('runs the compiled server right under npm, and leaves no server or Java process behind on SIGTERM to npm', async () => {
    const env = await serverEnv();
    const start = npmStart(projectRoot, env);
    const ready = await start.waitForLog('server ready', 600_000);
    const jvm = start.logs.find((entry) => entry.message === 'embedded Neo4j ready')?.pid ?? -1;
    expect((await fetch(`http://127.0.0.1:${env['PORT']}/ready`)).status).toBe(200);
    // Where to watch the start, at once; once started, the workbench's index first, then the API.
    await vi.waitFor(() => expect(start.output.filter((line) => !line.startsWith('{') && line.includes(`http://localhost:${env['PORT']}/`)).slice(0, 3)).toEqual([
      `Starting; until the workbench is served, http://localhost:${env['PORT']}/ shows how far the start has got`,
      `Workbench (explorer, timeline, IDE, example operations): http://localhost:${env['PORT']}/`,
      `GraphQL API and Apollo Sandbox: http://localhost:${env['PORT']}/graphql`,
    ]), { timeout: 10_000, interval: 50 });

    // node on dist/main.js, exec'd by npm's sh so npm's SIGTERM reaches it; no tsx, no esbuild.
    const tree = processTree(start.npm.pid!);
    const server = tree.find((proc) => proc.pid === ready.pid);
    expect(server?.cmd).toMatch(/^\S*node --enable-source-maps dist\/main\.js$/);
    expect(server?.ppid).toBe(start.npm.pid);
    expect(tree.map((proc) => proc.cmd).filter((cmd) => /tsx|esbuild/.test(cmd))).toEqual([]);
    expect(tree.map((proc) => proc.pid).sort()).toEqual([start.npm.pid!, ready.pid!, jvm].sort());

    start.npm.kill('SIGTERM');
    await start.exited;
    expect(await waitUntilGone(ready.pid!, 20_000)).toBe(true);
    expect(await waitUntilGone(jvm, 20_000)).toBe(true);
  }, 600_000);

  it('leaves nothing behind when npm gets SIGTERM just after the server started its JVM', async () => {
    const start = npmStart(projectRoot, await serverEnv());
    const jvm = (await start.waitForLog('embedded Neo4j starting', 600_000)).pid!;
    const server = serverOf(start.npm);
    expect(server).toBeDefined();
    const watch = watchTree(start.npm.pid!);
    start.npm.kill('SIGTERM');
    await start.exited;
    watch.stop();
    // The server goes at once; the JVM closes the store as soon as it has opened it, which takes
    // as long as the machine is busy: the bound is for a JVM that never stops, not a speed.
    expect(await allGone([server!.pid, jvm, ...watch.pids()], 180_000)).toEqual([]);
    expect(start.logs.map((entry) => entry.message)).not.toContain('server ready');
  }, 600_000);

  it('leaves nothing behind when npm gets SIGTERM during the build', async () => {
    const start = npmStart(scratchProject(), await serverEnv());
    const watch = watchTree(start.npm.pid!);
    const deadline = Date.now() + 60_000;
    while (!watch.commands().some((cmd) => cmd.includes('typescript/bin/tsc')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(watch.commands().some((cmd) => cmd.includes('typescript/bin/tsc'))).toBe(true);
    start.npm.kill('SIGTERM');
    await start.exited;
    watch.sample();
    watch.stop();
    expect(await allGone(watch.pids(), 5_000)).toEqual([]);
    expect(watch.commands().filter(isServer)).toEqual([]);
  }, 120_000);

  it('stops with the compiler message and a non-zero exit on a type error, without starting the server', async () => {
    const dir = scratchProject();
    appendFileSync(path.join(dir, 'src', 'errors.ts'), "\nexport const broken: number = 'not a number';\n");
    const start = npmStart(dir, await serverEnv());
    const watch = watchTree(start.npm.pid!);
    const code = await start.exited;
    watch.stop();
    expect(code).not.toBe(0);
    expect(start.output.join('\n')).toMatch(/src\/errors\.ts\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type 'number'\./);
    expect(watch.commands().filter(isServer)).toEqual([]);
    expect(await allGone(watch.pids(), 5_000)).toEqual([]);
  }, 120_000);
});
