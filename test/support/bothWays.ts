import { Kind, parse } from 'graphql';
import { expect } from 'vitest';
import type { InProcessResult } from './inProcess.js';

type Run = (query: string, variables?: Record<string, unknown>, overrides?: { planner?: boolean }) => Promise<InProcessResult>;

/** How many root fields an operation document asks: the round trips a planned answer may take. */
export const rootFieldCount = (document: string): number =>
  parse(document).definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? definition.selectionSet.selections.filter((s) => s.kind === Kind.FIELD) : [],
  ).length;

/** Runs with the planner and without it (level by level), both without errors, for the caller to compare. */
export async function bothWays(run: Run, document: string, variables: Record<string, unknown> = {}) {
  const planned = await run(document, variables);
  const levelByLevel = await run(document, variables, { planner: false });
  expect(planned.errors).toBeUndefined();
  expect(levelByLevel.errors).toBeUndefined();
  return { planned, levelByLevel };
}
