import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { projectRoot } from '../config.js';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ProgressReporter } from '../startup/progress.js';

const operationsDir = path.join(projectRoot, 'operations');

/**
 * Errors that say the graph is large, not that the database is unwell: the operation's
 * statements were sent and Neo4j has planned them (or will on a client's first run, which has the
 * plan timeout), so asking again would only fail the same way. On a million-node store the
 * every-pair operation outlasts the query timeout; retrying it kept the server warming forever.
 */
const sizeCodes: ReadonlySet<unknown> = new Set([ErrorCode.QueryTimeout, ErrorCode.QueryTooLarge]);

/** An example operation the warm-up let pass although it failed for the size of the graph. */
export interface SlowOperation {
  readonly file: string;
  readonly code: string;
  readonly message: string;
}

export interface WarmUpOptions {
  readonly progress?: ProgressReporter | undefined;
  /** Told how long each operation took, planning included, so a slow start can be traced to its statements. */
  readonly logger?: Logger | undefined;
  /**
   * How many operations run at once. Neo4j plans a statement on the one thread that runs it, so
   * with a core to spare a second operation plans beside it; past the cores they only contend.
   */
  readonly concurrency?: number | undefined;
}

/**
 * Runs every example operation once, with its default variables, so Neo4j has planned the
 * queries analysts actually send before /ready says yes: after a restart, cold plans made the
 * first requests time out. Rejects when an operation fails for any reason but the size of the
 * graph (a timeout, the memory limit); those are returned, for the log. Operations start in file
 * order; after a failure no further one starts.
 */
export async function warmUp(
  apollo: Pick<ApolloServer<Context>, 'executeOperation'>,
  makeContext: () => Context,
  { progress, logger, concurrency = 1 }: WarmUpOptions = {},
): Promise<SlowOperation[]> {
  const files = readdirSync(operationsDir).filter((name) => name.endsWith('.graphql')).sort();
  const outcomes: (SlowOperation | null)[] = [];
  let next = 0;
  let failure: Error | undefined;
  const worker = async () => {
    while (next < files.length && !failure) {
      const i = next++;
      const file = files[i]!;
      const operation = file.replace(/\.graphql$/, '');
      progress?.report({ kind: 'warmingPlans', index: i + 1, total: files.length, operation });
      const started = Date.now();
      const response = await apollo.executeOperation({ query: readFileSync(path.join(operationsDir, file), 'utf8') }, { contextValue: makeContext() });
      const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
      logger?.info('warm-up operation run', { operation, ms: Date.now() - started, ...(errors[0] ? { code: String(errors[0].extensions?.['code']) } : {}) });
      const other = errors.find((error) => !sizeCodes.has(error.extensions?.['code']));
      if (other) failure ??= new Error(`${file}: ${other.message}`);
      outcomes[i] = errors[0] ? { file, code: String(errors[0].extensions?.['code']), message: errors[0].message } : null;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, worker));
  if (failure) throw failure;
  return outcomes.filter((outcome): outcome is SlowOperation => outcome !== null && outcome !== undefined);
}
