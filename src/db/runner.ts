import neo4j, { isRetryableError, Neo4jError, type Driver } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors.js';
import { planKey, type PlanMemory } from './planMemory.js';
import { textFor, type NamedQuery } from './queries.js';
import { recordToRow } from './records.js';

export type Params = Readonly<Record<string, unknown>>;

/** The one choke point for Cypher: names the database, times out, tags and translates errors. */
export interface QueryRunner {
  /** Runs a named read query in a read transaction and returns its rows as plain objects. */
  read<Row>(name: string, params?: Params): Promise<Row[]>;
  /** Runs a named write query; never reachable from the GraphQL API. */
  write<Row>(name: string, params?: Params): Promise<Row[]>;
  /** A named query's texts, for the planner to compose into one statement. */
  namedQuery(name: string): NamedQuery | undefined;
  /**
   * The day every read of this runner is asked as of (src/db/asOfView.ts), or null for today's
   * view, whose statements leave out the as-of parts (NamedQuery.today).
   */
  readonly asOf: string | null;
  /** Runs a read statement the planner composed from named queries (`name` says which, for logs and counts). */
  readComposed<Row>(name: string, text: string, params: Params): Promise<Row[]>;
  /**
   * False while a fresh database is warming its plans: composed statements would each be compiled
   * first (seconds under load), so reads go level by level through the small named queries.
   */
  plansWarm(): boolean;
}

export interface RunnerOptions {
  readonly driver: Driver;
  readonly queries: ReadonlyMap<string, NamedQuery>;
  readonly database: string | undefined;
  readonly timeoutMs: number;
  /** Called once per database round trip; the API counts them per request. */
  readonly onRoundTrip?: (name: string) => void;
  /**
   * False while the database is known to be down: queries then fail at once instead of waiting
   * out the driver's connection and retry budgets (seconds) for an answer that cannot come.
   */
  readonly available?: () => boolean;
  /** The debug switch (LOG_CYPHER): sees the text and parameters of every statement run. */
  readonly onStatement?: (name: string, text: string, params: Params) => void;
  /** See QueryRunner.plansWarm; always true when not given. */
  readonly plansWarm?: () => boolean;
  /**
   * The reads already run. With it, a read statement's first run (text and parameter types, as
   * Neo4j files its plans) has planTimeoutMs, since it includes Neo4j planning it, and later runs
   * timeoutMs: the query timeout bounds the question, not how busy the machine was when its plan
   * was made.
   */
  readonly plans?: PlanMemory;
  readonly planTimeoutMs?: number;
  /** Called after each first run of a statement, with how long it took, planning included. */
  readonly onFirstRun?: (name: string, ms: number) => void;
}

const unavailable = (name: string): AppError =>
  new AppError(ErrorCode.ServiceUnavailable, 'The graph database is unavailable; try again shortly.', { query: name });

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
/**
 * Neo4j refused the memory a statement needed (its own limit or the pool of every transaction):
 * Neo4j calls this transient, but the same question asks for the same memory again, so it is
 * neither retried nor shown as an internal error; the client is told to narrow it.
 */
const memoryCodes = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.TransactionMemoryLimit']);

export function translateNeo4jError(error: unknown, name: string): unknown {
  if (error instanceof Neo4jError) {
    if (unavailableCodes.has(error.code) || error.code.startsWith('Neo.ClientError.Database.DatabaseNotFound')) {
      return unavailable(name);
    }
    if (memoryCodes.has(error.code)) {
      return new AppError(
        ErrorCode.QueryTooLarge,
        'The question needs more database memory than the server allows; narrow it (a shorter time window, fewer statuses or sources, one actor instead of a country) and retry.',
        { query: name },
      );
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || error.code.includes('TransactionTimedOut')) {
      return new AppError(ErrorCode.QueryTimeout, 'The query took longer than the server allows; narrow it and retry.', { query: name });
    }
  }
  return error;
}

/** Tries a read up to three times while Neo4j calls its failure transient (a leader switch, a deadlock). */
export async function withRetries<T>(attempt: () => Promise<T>, delaysMs: readonly number[] = [50, 200]): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = delaysMs[tries];
      const code = (error as Neo4jError).code;
      if (delay === undefined || !isRetryableError(error) || unavailableCodes.has(code) || memoryCodes.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Starts a run with stack capture off. The driver captures the caller's stack for every result,
 * to graft onto a failure's; with source maps on (as `npm start` runs) formatting that stack was
 * several per cent of the API's CPU per request. A failure still carries Neo4j's code and
 * message, and the runner names its query; only the frames leading to session.run are lost.
 */
function runWithoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Composed statements as sent, by their readable text. */
const wireTexts = new Map<string, string>();

/**
 * A composed statement as sent: without the indentation that makes it read like a hand-written
 * one (cypher/planned/). The driver writes a statement to the socket 1400 bytes at a time, so
 * every byte saved on the large ones is fewer writes per request. No string literal in the
 * named queries spans lines, so only layout changes.
 */
export function wireText(text: string): string {
  let wire = wireTexts.get(text);
  if (wire === undefined) {
    wire = text.replace(/\n[ \t]+/g, '\n');
    if (wireTexts.size >= 2000) wireTexts.clear();
    wireTexts.set(text, wire);
  }
  return wire;
}

export function createRunner(options: RunnerOptions): QueryRunner {
  const { driver, queries, database, timeoutMs, onRoundTrip, available, onStatement, plansWarm, plans, planTimeoutMs = timeoutMs, onFirstRun } = options;
  const run = async <Row>(name: string, params: Params, mode: 'read' | 'write'): Promise<Row[]> => {
    const query = queries.get(name);
    if (!query) throw new Error(`no named query "${name}" in cypher/queries`);
    if (mode === 'read' && query.mode !== 'read') throw new Error(`query "${name}" writes; it cannot run as a read`);
    // Today's view runs the text without the as-of parts: cheaper for Neo4j to plan.
    return runText(name, textFor(query, params['asOf'] != null), params, mode);
  };
  const runText = async <Row>(name: string, text: string, given: Params, mode: 'read' | 'write'): Promise<Row[]> => {
    if (available && !available()) throw unavailable(name);
    // Every read may ask `$asOf` (the day an answer is seen as of); null is the current view.
    const params = mode === 'read' && !('asOf' in given) ? { ...given, asOf: null } : given;
    onStatement?.(name, text, params);
    onRoundTrip?.(name);
    const key = mode === 'read' && plans ? planKey(text, params) : undefined;
    const settleFirstRun = key === undefined ? undefined : await plans!.claim(key);
    const firstRun = settleFirstRun !== undefined;
    let ran = false;
    const session = driver.session({
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(database ? { database } : {}),
    });
    try {
      const config = { timeout: firstRun ? Math.max(timeoutMs, planTimeoutMs) : timeoutMs, metadata: { app: 'diplomatic-graph', query: name } };
      const started = Date.now();
      // A read is one statement: an auto-commit run in a READ session is one exchange where a
      // managed transaction takes three (BEGIN, RUN, COMMIT), so transient failures are retried
      // here instead of by the driver. Writes keep the driver's managed, retried transaction.
      const result =
        mode === 'read'
          ? await withRetries(() => runWithoutCallerStack(() => session.run(text, params, config)))
          : await session.executeWrite((tx) => tx.run(text, params), config);
      ran = true;
      if (firstRun) onFirstRun?.(name, Date.now() - started);
      return result.records.map((record) => recordToRow<Row>(record));
    } catch (error) {
      throw translateNeo4jError(error, name);
    } finally {
      settleFirstRun?.(ran);
      await session.close();
    }
  };
  return {
    read: (name, params = {}) => run(name, params, 'read'),
    write: (name, params = {}) => run(name, params, 'write'),
    namedQuery: (name) => queries.get(name),
    asOf: null,
    readComposed: (name, text, params) => runText(name, wireText(text), params, 'read'),
    plansWarm: () => plansWarm?.() ?? true,
  };
}
