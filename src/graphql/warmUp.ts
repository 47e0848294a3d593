import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { projectRoot } from '../config.js';
import type { Context } from '../context.js';

const operationsDir = path.join(projectRoot, 'operations');

/**
 * Plans every example operation's statements once, with its default variables, so Neo4j has
 * compiled the queries analysts actually send before /ready says yes: after a restart, cold
 * plans made the first requests time out. The context's runner only EXPLAINs (see
 * RunnerOptions.explainOnly), so the cost is the planning, whatever the size of the graph; the
 * answers come back empty, so their GraphQL errors mean nothing here. Rejects when Neo4j refuses
 * a statement.
 */
export async function warmUp(
  apollo: ApolloServer<Context>,
  makeContext: (failed: (name: string, error: unknown) => void) => Context,
): Promise<void> {
  // One at a time: on a cold JVM, planning and compiling are CPU work, and operations run side
  // by side only contend for the same cores (measured: slower together than in turn).
  for (const file of readdirSync(operationsDir).filter((name) => name.endsWith('.graphql')).sort()) {
    const failures: string[] = [];
    await apollo.executeOperation(
      { query: readFileSync(path.join(operationsDir, file), 'utf8') },
      { contextValue: makeContext((name, error) => failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)) },
    );
    if (failures.length) throw new Error(`${file}: ${failures[0]}`);
  }
}
