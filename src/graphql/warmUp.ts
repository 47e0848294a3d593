import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { projectRoot } from '../config.js';
import type { Context } from '../context.js';

const operationsDir = path.join(projectRoot, 'operations');

/**
 * Runs every example operation once, with its default variables, so Neo4j has planned the
 * queries analysts actually send before /ready says yes: after a restart, cold plans made the
 * first requests time out. Rejects when any operation answers with an error.
 */
export async function warmUp(apollo: ApolloServer<Context>, makeContext: () => Context): Promise<void> {
  // One at a time: on a cold JVM, planning and compiling are CPU work, and operations run side
  // by side only contend for the same cores (measured: slower together than in turn).
  for (const file of readdirSync(operationsDir).filter((name) => name.endsWith('.graphql')).sort()) {
    const response = await apollo.executeOperation({ query: readFileSync(path.join(operationsDir, file), 'utf8') }, { contextValue: makeContext() });
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    if (errors?.length) throw new Error(`${file}: ${errors[0]?.message}`);
  }
}
