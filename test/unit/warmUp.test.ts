import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import type { Context } from '../../src/context.js';
import { warmUp } from '../../src/graphql/warmUp.js';
import { silentLogger } from '../../src/logger.js';

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

  it('runs two at a time when asked, starting them in file order, each once', async () => {
    let running = 0;
    let most = 0;
    const asked: string[] = [];
    const apollo = {
      executeOperation: async ({ query }: { query?: string }) => {
        asked.push(operationOf(query ?? '') ?? '?');
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return { http: { status: 200, headers: new Map() }, body: { kind: 'single', singleResult: { data: {} } } };
      },
    } as unknown as Parameters<typeof warmUp>[0];
    const timed: string[] = [];
    const logger = { ...silentLogger, info: (message: string, fields?: Record<string, unknown>) => timed.push(`${message} ${String(fields?.['operation'])}`) };
    expect(await warmUp(apollo, context, { concurrency: 2, logger })).toEqual([]);
    expect(asked).toEqual(operations.map((file) => file.replace(/\.graphql$/, '')));
    expect(most).toBe(2);
    // Each operation's time is logged, so a slow start can be traced to its statements.
    expect([...timed].sort()).toEqual(asked.map((name) => `warm-up operation run ${name}`).sort());
  });
});
