/**
 * Which errors errorLoggingPlugin logs as the server's: the client's own mistakes that Apollo or
 * graphql-js raise without a code must not be among them (an operator reads each one as a bug).
 */
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createFormatError, errorLoggingPlugin } from '../../src/errors.js';
import { createLogger, type Logger } from '../../src/logger.js';

const schema = buildSchema('type Query { echo(ids: [ID!]!): [ID!]! }');

async function run(request: Parameters<ApolloServer<{ logger: Logger }>['executeOperation']>[0]) {
  const lines: { level: string; message: string }[] = [];
  const logger = createLogger({}, (line) => lines.push(JSON.parse(line) as { level: string; message: string }));
  const apollo = new ApolloServer<{ logger: Logger }>({ schema, plugins: [errorLoggingPlugin()], formatError: createFormatError({ debug: false }) });
  await apollo.start();
  try {
    const response = await apollo.executeOperation(request, { contextValue: { logger } });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { errors: response.body.singleResult.errors ?? [], logged: lines.filter((line) => line.level === 'error').map((line) => line.message) };
  } finally {
    await apollo.stop();
  }
}

describe('errors the client caused, raised without a code', () => {
  it('a persisted-query hash that does not match the text: BAD_REQUEST, not logged as unexpected', async () => {
    const { errors, logged } = await run({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(errors.map((error) => [error.message, error.extensions?.['code']])).toEqual([['provided sha does not match query', 'BAD_REQUEST']]);
    expect(logged).toEqual([]);
  });

  it('graphql-js giving up after 50 invalid variables: BAD_USER_INPUT saying so, not logged as unexpected', async () => {
    const names = Array.from({ length: 60 }, (_, i) => `v${i}`);
    const { errors, logged } = await run({
      query: `query (${names.map((name) => `$${name}: ID!`).join(', ')}) { echo(ids: [${names.map((name) => `$${name}`).join(', ')}]) }`,
      variables: Object.fromEntries(names.map((name) => [name, { not: 'an id' }])),
    });
    expect(errors).toHaveLength(51);
    expect(errors.every((error) => error.extensions?.['code'] === 'BAD_USER_INPUT')).toBe(true);
    expect(errors.at(-1)?.message).toMatch(/^More than 50 variable values are invalid/);
    expect(logged).toEqual([]);
  });

  it('still logs and masks a real server error', async () => {
    const failing = new ApolloServer<{ logger: Logger }>({
      typeDefs: 'type Query { boom: Int }',
      resolvers: { Query: { boom: () => { throw new Error('bug'); } } },
      plugins: [errorLoggingPlugin()],
      formatError: createFormatError({ debug: false }),
    });
    const lines: string[] = [];
    await failing.start();
    const response = await failing.executeOperation({ query: '{ boom }' }, { contextValue: { logger: createLogger({}, (line) => lines.push(line)) } });
    await failing.stop();
    expect(response.body.kind === 'single' && response.body.singleResult.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(lines.map((line) => (JSON.parse(line) as { message: string }).message)).toEqual(['unexpected error']);
  });
});

describe('unexpected errors without DEBUG_ERRORS', () => {
  const boom = async (debug: boolean) => {
    const failing = new ApolloServer<{ logger: Logger }>({
      typeDefs: 'type Query { boom: Int }',
      resolvers: { Query: { boom: () => { throw new Error("ENOENT: no such file or directory, open '/work/main/src/secret.ts'"); } } },
      includeStacktraceInErrorResponses: debug,
      formatError: createFormatError({ debug }),
    });
    await failing.start();
    const response = await failing.executeOperation({ query: '{ boom }' }, { contextValue: { logger: createLogger({}, () => undefined) } });
    await failing.stop();
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult.errors ?? [];
  };

  it('error answers carry no stack trace and no server path without DEBUG_ERRORS: an unexpected error is masked', async () => {
    expect(await boom(false)).toEqual([
      { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['boom'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });

  it('with DEBUG_ERRORS=on an unexpected error keeps its message and stack', async () => {
    const [error] = await boom(true);
    expect(error?.message).toBe("ENOENT: no such file or directory, open '/work/main/src/secret.ts'");
    expect(error?.extensions?.['stacktrace']).toEqual(expect.arrayContaining([expect.stringContaining('Error: ENOENT')]));
  });
});
