import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import type { Context } from '../../src/context.js';
import { warmUp } from '../../src/graphql/warmUp.js';

const operations = readdirSync(path.join(projectRoot, 'operations'))
  .filter((name) => name.endsWith('.graphql'))
  .sort();
const operationOf = (query: string) => /(?:query|mutation)\s+(\w+)/.exec(query)?.[1];

/** Apollo's executeOperation as the warm-up sees it: each operation answers with the error its name is given, or data. */
function apolloAnswering(errors: Record<string, { code: string; message: string }>) {
  const asked: string[] = [];
  return {
    asked,
    apollo: {
      executeOperation: async ({ query }: { query?: string }) => {
        const name = operationOf(query ?? '') ?? '?';
        asked.push(name);
        const error = errors[name];
        return {
          http: { status: 200, headers: new Map() },
          body: { kind: 'single', singleResult: error ? { data: null, errors: [{ message: error.message, extensions: { code: error.code } }] } : { data: {} } },
        };
      },
    } as unknown as Parameters<typeof warmUp>[0],
  };
}
const context = () => ({}) as Context;

describe('warm-up', () => {
  it('runs every example operation once, in file order', async () => {
    const { apollo, asked } = apolloAnswering({});
    expect(await warmUp(apollo, context)).toEqual([]);
    expect(asked).toEqual(operations.map((file) => file.replace(/\.graphql$/, '')));
  });

  it('lets an operation too large for the limits pass, names it, and still runs the rest', async () => {
    // On a million-node store the every-pair operation outlasts the query timeout: asking it
    // again cannot succeed, and a warm-up retried for it never ended.
    const { apollo, asked } = apolloAnswering({
      Dyads: { code: 'QUERY_TIMEOUT', message: 'The query took longer than the server allows; narrow it and retry.' },
      UkUkraineRelations: { code: 'QUERY_TOO_LARGE', message: 'The question needs more database memory than the server allows.' },
    });
    expect(await warmUp(apollo, context)).toEqual([
      { file: 'Dyads.graphql', code: 'QUERY_TIMEOUT', message: 'The query took longer than the server allows; narrow it and retry.' },
      { file: 'UkUkraineRelations.graphql', code: 'QUERY_TOO_LARGE', message: 'The question needs more database memory than the server allows.' },
    ]);
    expect(asked).toHaveLength(operations.length);
  });

  it('fails at the first operation the database could not answer, so the warm-up is retried', async () => {
    const { apollo, asked } = apolloAnswering({
      Dyads: { code: 'SERVICE_UNAVAILABLE', message: 'The graph database is unavailable; try again shortly.' },
    });
    await expect(warmUp(apollo, context)).rejects.toThrow('Dyads.graphql: The graph database is unavailable; try again shortly.');
    expect(asked.at(-1)).toBe('Dyads');
    expect(asked.length).toBeLessThan(operations.length);
  });
});
