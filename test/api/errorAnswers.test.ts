/**
 * Error answers without DEBUG_ERRORS (the shared test server runs without it, as every server does
 * by default): no stack traces, no server file paths, in any environment.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { gql } from '../support/graphql.js';

const leaks = (body: unknown): string[] => {
  const text = JSON.stringify(body);
  return ['/work/', 'src/', 'node_modules', '.ts:', '.js:'].filter((part) => text.includes(part));
};

describe('error answers without DEBUG_ERRORS', () => {
  it('error answers carry no stack trace and no server path without DEBUG_ERRORS: a validation error', async () => {
    const response = await gql('{ actors { nodes { noSuchField } } }');
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: 'Cannot query field "noSuchField" on type "Actor".',
        locations: [{ line: 1, column: 20 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    expect(leaks(response)).toEqual([]);
  });

  it('error answers carry no stack trace and no server path without DEBUG_ERRORS: a bad argument', async () => {
    const response = await gql('{ actors(first: 101) { totalCount } }');
    expect(response.errors).toEqual([
      {
        message: 'first must be between 1 and 100; got 101',
        locations: [{ line: 1, column: 3 }],
        path: ['actors'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
      },
    ]);
    expect(leaks(response)).toEqual([]);
  });

  it('error answers carry no stack trace and no server path without DEBUG_ERRORS: a parse error and a bad variable', async () => {
    const parse = await gql('{ actors(');
    expect(parse.status).toBe(400);
    expect(parse.errors?.map((error) => [error.extensions, leaks(error)])).toEqual([[{ code: 'GRAPHQL_PARSE_FAILED' }, []]]);
    const variable = await gql('query ($n: Int) { actors(first: $n) { totalCount } }', { n: 'many' });
    expect(variable.status).toBe(400);
    expect(variable.errors?.map((error) => [error.extensions, leaks(error)])).toEqual([[{ code: 'BAD_USER_INPUT' }, []]]);
  });
});

describe('DEBUG_ERRORS', () => {
  it('is off by default, on only when asked, and a bad value is reported like any other flag', () => {
    expect(loadConfig({}).debugErrors).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).debugErrors).toBe(false);
    expect(loadConfig({ DEBUG_ERRORS: 'on' }).debugErrors).toBe(true);
    expect(() => loadConfig({ DEBUG_ERRORS: 'verbose' })).toThrow('DEBUG_ERRORS="verbose" must be on or off (also 1/0, true/false, yes/no)');
  });
});
