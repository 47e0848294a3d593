import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config.js';
import { StartupError } from './errors.js';

/**
 * What a running server says about itself in its data folder, beside the Bolt password file, so
 * that the tools (`npm run ingest`, `npm run import`) find it whatever ports it was given and
 * never start a second Neo4j on a store it owns.
 */
export interface RunInfo {
  /** Where the server answers HTTP (its index; /graphql below it). */
  readonly httpUrl: string;
  /** Where its Neo4j answers Bolt (the password is in the folder's bolt-password). */
  readonly boltUri: string;
  readonly dataDir: string;
  readonly pid: number;
  readonly startedAt: string;
}

/** What the run file tells whoever reads it. */
export type RunFileState =
  | { readonly kind: 'none'; readonly file: string }
  | { readonly kind: 'running'; readonly file: string; readonly info: RunInfo }
  /** The file outlived its server (killed, or the machine stopped): its pid is gone. */
  | { readonly kind: 'stale'; readonly file: string; readonly info: RunInfo }
  | { readonly kind: 'unreadable'; readonly file: string; readonly reason: string };

export interface RunFileDeps {
  readonly pid: number;
  readonly now: () => Date;
  readonly isAlive: (pid: number) => boolean;
}

export interface RunFileHandle {
  readonly file: string;
  readonly info: RunInfo;
  /** Removes the file if it still names this process (a clean shutdown). */
  remove(): void;
}

export const runFilePath = (dataDir: string): string => path.join(dataDir, 'server.json');

/** Signal 0 checks a pid without touching it; EPERM means alive but someone else's. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const processDeps: RunFileDeps = { pid: process.pid, now: () => new Date(), isAlive: pidAlive };

/** Writes the run file whole or not at all: a reader never sees half of it. */
export function writeRunFile(where: Pick<RunInfo, 'httpUrl' | 'boltUri' | 'dataDir'>, deps: RunFileDeps): RunFileHandle {
  const file = runFilePath(where.dataDir);
  const info: RunInfo = { ...where, pid: deps.pid, startedAt: deps.now().toISOString() };
  const temporary = `${file}.${deps.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(info, null, 2)}\n`);
  renameSync(temporary, file);
  return {
    file,
    info,
    remove() {
      const now = readRunFile(where.dataDir, { isAlive: () => true });
      try {
        if (now.kind === 'running' && now.info.pid === deps.pid) rmSync(file, { force: true });
      } catch {
        // Left behind, it is stale once this process has exited: readers skip it.
      }
    },
  };
}

const isRunInfo = (value: unknown): value is RunInfo => {
  const info = value as Partial<RunInfo> | null;
  return (
    typeof info === 'object' && info !== null &&
    typeof info.httpUrl === 'string' && typeof info.boltUri === 'string' && typeof info.dataDir === 'string' &&
    Number.isInteger(info.pid) && (info.pid ?? 0) > 0 && typeof info.startedAt === 'string'
  );
};

export function readRunFile(dataDir: string, deps: Pick<RunFileDeps, 'isAlive'>): RunFileState {
  const file = runFilePath(dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none', file };
    return { kind: 'unreadable', file, reason: (error as Error).message };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { kind: 'unreadable', file, reason: (error as Error).message };
  }
  if (!isRunInfo(parsed)) return { kind: 'unreadable', file, reason: 'it lacks httpUrl, boltUri, dataDir, pid or startedAt' };
  return deps.isAlive(parsed.pid) ? { kind: 'running', file, info: parsed } : { kind: 'stale', file, info: parsed };
}

/** An address the tools on this machine can reach the server at, whatever interface it listens on. */
function localUrl(host: string, port: number): string {
  const local = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${local.includes(':') ? `[${local}]` : local}:${port}`;
}

/**
 * Called once the server listens and its database is known: writes the run file of an embedded
 * store (a server on NEO4J_URI owns no store, and the tools reach that database by NEO4J_URI too).
 */
export function announceRunning(config: Config, port: number, boltUri: string, deps: RunFileDeps = processDeps): RunFileHandle | null {
  if (config.neo4j.kind !== 'embedded') return null;
  return writeRunFile({ httpUrl: localUrl(config.host, port), boltUri, dataDir: config.neo4j.dataDir }, deps);
}

/**
 * Whether anything answers HTTP at a run file's address. A live pid alone may be another program's
 * (pids are reused after a crash and a reboot); a server answers from the moment it wrote the file.
 */
export async function serverAnswers(httpUrl: string, timeoutMs = 2000): Promise<boolean> {
  try {
    await fetch(new URL('/health', httpUrl), { signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Fails fast, naming the server, when another live server's run file claims the data folder:
 * before the JVM starts, which Neo4j's store lock would refuse only after seconds.
 */
export async function assertStoreFree(config: Config, deps: Pick<RunFileDeps, 'isAlive' | 'pid'> = processDeps): Promise<void> {
  if (config.neo4j.kind !== 'embedded') return;
  const run = readRunFile(config.neo4j.dataDir, deps);
  if (run.kind !== 'running' || run.info.pid === deps.pid || !(await serverAnswers(run.info.httpUrl))) return;
  throw new StartupError(
    `The server ${run.info.httpUrl} (pid ${run.info.pid}) is already running on ${config.neo4j.dataDir}; ` +
      `use that one, stop it, or set NEO4J_DATA_DIR to another folder.`,
  );
}
