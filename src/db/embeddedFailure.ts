import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EmbeddedNeo4j } from '../config.js';

const logEntry = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}\.\d{3})([+-]\d{2})(\d{2}) (\w+)\s+\[[^\]]*\] (.*)$/;

/** When a debug.log entry was written, from its "2024-01-02 03:04:05.678+0000" prefix. */
const entryTime = (entry: RegExpExecArray): number => Date.parse(`${entry[1]}T${entry[2]}${entry[3]}:${entry[4]}`);
const causedBy = /^Caused by: [\w.$]+(?:: (.*))?$/;
const exceptionLine = /^[\w.$]+(?:Exception|Error)(?:: (.*))?$/;

/** The last part of a possibly large file, whole lines only. */
function tail(file: string, bytes: number): string[] {
  const size = statSync(file).size;
  const start = Math.max(0, size - bytes);
  const buffer = Buffer.alloc(size - start);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, start);
  } finally {
    closeSync(fd);
  }
  const lines = buffer.toString('utf8').split(/\r?\n/);
  return start > 0 ? lines.slice(1) : lines;
}

/**
 * What Neo4j's own log (HOME/logs/debug.log) gives as the reason for its last error since
 * `since`: the innermost "Caused by" of the stack under the last ERROR entry, else that entry's
 * message. Neo4j reports a database that fails to open only as "Unable to start"; the log says why.
 */
export function causeFromNeo4jLog(dataDir: string, since: Date): string | undefined {
  const file = path.join(dataDir, 'logs', 'debug.log');
  if (!existsSync(file)) return undefined;
  const lines = tail(file, 512 * 1024);
  let errorAt = -1;
  lines.forEach((line, index) => {
    const entry = logEntry.exec(line);
    if (entry?.[5] === 'ERROR' && entryTime(entry) >= since.getTime()) errorAt = index;
  });
  if (errorAt < 0) return undefined;
  let cause = logEntry.exec(lines[errorAt]!)?.[6];
  for (const line of lines.slice(errorAt + 1)) {
    if (logEntry.test(line)) break;
    const inner = causedBy.exec(line.trim()) ?? exceptionLine.exec(line.trim());
    if (inner?.[1]) cause = inner[1];
  }
  return cause?.trim();
}

export type StartupFailure =
  /** The launcher printed NEO4J_FAILED with this cause. */
  | { readonly kind: 'failed'; readonly cause: string }
  /** The JVM exited without saying why. */
  | { readonly kind: 'exited'; readonly code: number | null; readonly lastWords: string | undefined }
  /** It was still starting when the time ran out, and was stopped. */
  | { readonly kind: 'timeout' };

/** One line for the operator: what failed, in Neo4j's words, and what to do about it. */
export function describeStartupFailure(config: EmbeddedNeo4j, failure: StartupFailure, since: Date): string {
  const where = `(NEO4J_DATA_DIR ${config.dataDir})`;
  const logged = causeFromNeo4jLog(config.dataDir, since);
  switch (failure.kind) {
    case 'timeout':
      return (
        `Embedded Neo4j did not serve queries within ${Math.round(config.startTimeoutMs / 1000)} s (NEO4J_START_TIMEOUT_MS) and was stopped ${where}` +
        (logged ? `; the last error in its log: ${logged}` : '; its log shows no error, so the machine may just be slow')
      );
    case 'exited':
      return `Embedded Neo4j exited with code ${failure.code} while starting ${where}: ${logged ?? failure.lastWords ?? 'no reason given'}`;
    case 'failed':
      break;
    default:
      return unreachable(failure);
  }
  const { cause } = failure;
  // A database that fails to open reports only "Unable to start"; its log has the reason.
  const databaseDown = /^database \S+ is \w+:/.test(cause);
  const reason = databaseDown && logged ? logged : cause;
  if (/Address already in use/i.test(reason)) {
    return `Embedded Neo4j could not start: Bolt port ${config.boltPort} is already in use; stop what uses it or set NEO4J_BOLT_PORT to a free port.`;
  }
  if (/locked by another process|store_lock|database_lock/i.test(reason)) {
    return `Embedded Neo4j could not start: its store ${where} is in use by another Neo4j; stop that server or set NEO4J_DATA_DIR to another folder. Neo4j says: ${reason}`;
  }
  if (/Read-only file system|Permission denied|AccessDenied|not writable/i.test(reason)) {
    return `Embedded Neo4j could not start: its data folder ${where} is not writable. Neo4j says: ${reason}`;
  }
  if (databaseDown) {
    return `Embedded Neo4j could not open its store ${where}, which looks damaged; restore it, or run npm run db:reset to reload the graph. Neo4j says: ${reason}`;
  }
  return `Embedded Neo4j could not start ${where}: ${reason}`;
}

/** One line for a password file that cannot be made or read (credentials.ts), before any JVM starts. */
export function describeCredentialsFailure(config: EmbeddedNeo4j, error: unknown): string {
  const where = `(NEO4J_DATA_DIR ${config.dataDir})`;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return `Embedded Neo4j could not start: its data folder ${where} is not writable: ${message}`;
  }
  return `Embedded Neo4j could not start ${where}: ${message}`;
}

function unreachable(value: never): never {
  throw new Error(`unhandled start-up failure ${JSON.stringify(value)}`);
}
