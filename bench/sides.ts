// Starts the three sides, each its own process so its CPU time can be read from /proc: our
// server (which owns the embedded Neo4j), then the peer and the floor against the same Bolt port.
// All three run with the same node flags (`node --import tsx`, as `npm start`).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../src/config.js';
import { embeddedAuth } from '../src/db/credentials.js';
import { freePort } from '../test/support/ports.js';
import { buildDist, startServerProcess, type StartedServer } from '../test/support/serverProcess.js';
import type { Question, Side } from './questions/types.js';
import type { ReadyLine } from './sideEnv.js';

export interface Target {
  readonly url: string;
  readonly body: string;
}

export interface RunningSide {
  readonly side: Side;
  readonly pid: number;
  /** The HTTP request that asks `question` on this side. */
  target(question: Question): Target;
  stop(): Promise<void>;
}

const nodeFlags = ['--import', 'tsx'];

const operationText = (name: string) => readFileSync(path.join(projectRoot, 'operations', `${name}.graphql`), 'utf8');

export function ours(server: StartedServer): RunningSide {
  return {
    ...oursAt(server.url, server.child.pid ?? -1),
    stop: async () => {
      server.child.kill('SIGTERM');
      await server.exited;
    },
  };
}

/** Our API at a URL someone else runs (the tests' server): stopping it is theirs to do. */
export function oursAt(url: string, pid: number): RunningSide {
  return {
    side: 'ours',
    pid,
    target: (q) => ({ url, body: JSON.stringify({ query: q.ours.document ?? operationText(q.ours.operation), variables: q.ours.variables }) }),
    stop: async () => {},
  };
}

/** Starts our server with a scratch store, and a Bolt port we choose so the others can connect. */
export async function startOurs(): Promise<{ server: StartedServer; boltUri: string; auth: Credentials }> {
  const boltPort = await freePort();
  // Measured as `npm start` runs it: the compiled dist/main.js, statements not logged whatever the environment says.
  buildDist();
  const server = await startServerProcess({ NEO4J_BOLT_PORT: String(boltPort), LOG_CYPHER: '0' }, { compiled: true });
  return { server, boltUri: `bolt://127.0.0.1:${boltPort}`, auth: embeddedAuth(server.dataDir) };
}

/** Credentials for the Neo4j (the embedded one's generated password, or the tests' NEO4J_URI's). */
export interface Credentials {
  readonly username: string;
  readonly password: string;
}

async function startChild(script: string, boltUri: string, auth?: Credentials | null): Promise<{ child: ChildProcess; ready: ReadyLine }> {
  const credentials = auth ? { BENCH_NEO4J_USERNAME: auth.username, BENCH_NEO4J_PASSWORD: auth.password } : {};
  const child = spawn(process.execPath, [...nodeFlags, script], {
    cwd: projectRoot,
    env: { ...process.env, ...credentials, BENCH_BOLT_URI: boltUri, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = await new Promise<ReadyLine>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('{"ready"')) resolve(JSON.parse(line) as ReadyLine);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
  return { child, ready };
}

const stopChild = (child: ChildProcess) => async () => {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
};

export async function startPeer(boltUri: string, auth?: Credentials | null): Promise<RunningSide> {
  const { child, ready } = await startChild('bench/peer/server.ts', boltUri, auth);
  return {
    side: 'peer',
    pid: ready.pid,
    target: (q) => ({ url: ready.url, body: JSON.stringify(q.peer) }),
    stop: stopChild(child),
  };
}

export async function startFloor(boltUri: string, auth?: Credentials | null): Promise<RunningSide> {
  const { child, ready } = await startChild('bench/floor/server.ts', boltUri, auth);
  return {
    side: 'floor',
    pid: ready.pid,
    target: (q) => ({ url: `${ready.url}/${q.floor.cypher}`, body: JSON.stringify(q.floor.params) }),
    stop: stopChild(child),
  };
}
