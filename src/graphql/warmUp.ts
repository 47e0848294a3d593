import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { projectRoot } from '../config.js';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
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

/**
 * Runs every example operation once, with its default variables, so Neo4j has planned the
 * queries analysts actually send before /ready says yes: after a restart, cold plans made the
 * first requests time out. Rejects when an operation fails for any reason but the size of the
 * graph (a timeout, the memory limit); those are returned, for the log.
 */
export async function warmUp(
  apollo: Pick<ApolloServer<Context>, 'executeOperation'>,
  makeContext: () => Context,
  progress?: ProgressReporter,
): Promise<SlowOperation[]> {
  const slow: SlowOperation[] = [];
  const files = readdirSync(operationsDir).filter((name) => name.endsWith('.graphql')).sort();
  // One at a time: on a cold JVM, planning and compiling are CPU work, and operations run side
  // by side only contend for the same cores (measured: slower together than in turn).
  for (const [i, file] of files.entries()) {
    progress?.report({ kind: 'warmingPlans', index: i + 1, total: files.length, operation: file.replace(/\.graphql$/, '') });
    const response = await apollo.executeOperation({ query: readFileSync(path.join(operationsDir, file), 'utf8') }, { contextValue: makeContext() });
    const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
    const other = errors.find((error) => !sizeCodes.has(error.extensions?.['code']));
    if (other) throw new Error(`${file}: ${other.message}`);
    if (errors[0]) slow.push({ file, code: String(errors[0].extensions?.['code']), message: errors[0].message });
  }
  return slow;
}
