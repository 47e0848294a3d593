import { describe, expect, inject, it } from 'vitest';

interface Answer {
  status: number;
  contentType: string | null;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

/** Sends a raw body, so malformed and oversized requests reach the server as a client sends them. */
async function send(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(inject('graphqlUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body,
  });
  const text = await response.text();
  const parsed = JSON.parse(text) as { errors?: Answer['errors'] };
  return { status: response.status, contentType: response.headers.get('content-type'), errors: parsed.errors ?? [] };
}

const post = (query: string, variables?: Record<string, unknown>) => send(JSON.stringify({ query, variables }));

/** The one error a refused request carries, without the development-only stack. */
const only = (answer: Answer) => {
  expect(answer.errors).toHaveLength(1);
  const [error] = answer.errors;
  return { status: answer.status, message: error?.message, code: error?.extensions?.['code'] };
};

describe('syntax errors', () => {
  it('are a 400 GRAPHQL_PARSE_FAILED saying what the parser expected', async () => {
    expect(only(await post('{ sources { title }'))).toEqual({
      status: 400,
      message: 'Syntax Error: Expected Name, found <EOF>.',
      code: 'GRAPHQL_PARSE_FAILED',
    });
  });

  it('include an operation over the token limit', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ');
    expect(only(await post(`{ ${aliases} }`))).toEqual({
      status: 400,
      message: 'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.',
      code: 'GRAPHQL_PARSE_FAILED',
    });
  });

  it('include a 3,000-deep list literal, which would overflow the parser’s stack', async () => {
    const answer = await post(`{ actors(kinds: ${'['.repeat(3000)}${']'.repeat(3000)}) { totalCount } }`);
    expect(only(answer)).toEqual({
      status: 400,
      message: 'Syntax Error: brackets nest more than 100 deep; no operation of this API needs that.',
      code: 'GRAPHQL_PARSE_FAILED',
    });
  });

  it('do not count brackets inside strings and comments as nesting', async () => {
    const answer = await post(`# ${'['.repeat(300)}\n{ placesByName(name: "${'('.repeat(150)}") { id } }`);
    expect(answer.status).toBe(200);
    expect(answer.errors).toEqual([]);
  });
});

describe('validation errors', () => {
  it('are a 400 GRAPHQL_VALIDATION_FAILED naming the unknown field', async () => {
    expect(only(await post('{ sources { nope } }'))).toEqual({
      status: 400,
      message: 'Cannot query field "nope" on type "Source".',
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });
});

describe('variables of the wrong type', () => {
  it('are a 400 BAD_USER_INPUT for a string given as an Int page size', async () => {
    expect(only(await post('query ($n: Int) { actors(first: $n) { totalCount } }', { n: 'abc' }))).toEqual({
      status: 400,
      message: 'Variable "$n" got invalid value "abc"; Int cannot represent non-integer value: "abc"',
      code: 'BAD_USER_INPUT',
    });
  });

  it('are a 400 BAD_USER_INPUT for a value an enum list lacks', async () => {
    const answer = await post('query ($s: [Status!]) { meetings(filter: { status: $s }) { totalCount } }', { s: ['CONFIRMED'] });
    expect(only(answer)).toEqual({
      status: 400,
      message: 'Variable "$s" got invalid value "CONFIRMED" at "s[0]"; Value "CONFIRMED" does not exist in "Status" enum.',
      code: 'BAD_USER_INPUT',
    });
  });

  it('are a 400 BAD_USER_INPUT for a list where a number belongs', async () => {
    const answer = await post('query ($n: Int) { actors(first: $n) { totalCount } }', { n: [[1]] });
    expect(only(answer)).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
  });
});

describe('cursors', () => {
  it('refuses one with an offset past any list as BAD_USER_INPUT, not a database error', async () => {
    // "offset:2147483648": one past Neo4j's 32-bit SKIP range.
    const answer = await post('{ actors(after: "b2Zmc2V0OjIxNDc0ODM2NDg") { totalCount } }');
    expect(answer.status).toBe(200);
    expect(only(answer)).toEqual({
      status: 200,
      message: 'after must be a cursor returned by this API (an edge\'s cursor or pageInfo.endCursor); got "b2Zmc2V0OjIxNDc0ODM2NDg"',
      code: 'BAD_USER_INPUT',
    });
  });
});

describe('operations other than queries', () => {
  it.each(['mutation', 'subscription'])('refuses a %s with a 400 saying the API is read-only', async (kind) => {
    expect(only(await post(`${kind} { sources { id } }`))).toEqual({
      status: 400,
      message: `This API is read-only and runs only query operations; a ${kind} cannot run here.`,
      code: 'OPERATION_NOT_SUPPORTED',
    });
  });

  it('runs the query when a document also holds a mutation and the query is the one asked for', async () => {
    const answer = await send(JSON.stringify({ query: 'query Q { sources { id } } mutation M { x }', operationName: 'Q' }));
    expect(answer.status).toBe(200);
    expect(answer.errors).toEqual([]);
  });
});

describe('bodies the server cannot read', () => {
  it('answers malformed JSON with a 400 BAD_REQUEST in GraphQL JSON', async () => {
    const answer = await send('{"query":"{ sources { title } "');
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(only(answer)).toEqual({ status: 400, message: 'The request body is not valid JSON.', code: 'BAD_REQUEST' });
  });

  it('answers a body over 100 kB with a 413 PAYLOAD_TOO_LARGE in GraphQL JSON', async () => {
    const answer = await send(JSON.stringify({ query: `{ sources { id } } #${'x'.repeat(110_000)}` }));
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(only(answer)).toEqual({
      status: 413,
      message: 'The request body is larger than the 102400 bytes this API accepts.',
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('answers an unsupported charset with a 415 UNSUPPORTED_MEDIA_TYPE in GraphQL JSON', async () => {
    const answer = await send('{"query":"{ sources { id } }"}', { 'content-type': 'application/json; charset=latin1' });
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(only(answer)).toEqual({
      status: 415,
      message: 'The body\'s charset "latin1" is not supported; send UTF-8.',
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
  });

  it('answers an unsupported content-encoding with a 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const answer = await send('{"query":"{ sources { id } }"}', { 'content-encoding': 'compress' });
    expect(only(answer)).toEqual({
      status: 415,
      message: 'The body\'s content-encoding "compress" is not supported; send it uncompressed, gzip, deflate or br.',
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
  });

  it('answers a body without a query with a 400 BAD_REQUEST', async () => {
    expect(only(await send('{"variables":{}}'))).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});

describe('errors Apollo raises without a code', () => {
  it('give a persisted-query hash that does not match the text a 400 BAD_REQUEST, not an internal error', async () => {
    const answer = await send(JSON.stringify({ query: '{ sources { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }));
    expect(only(answer)).toEqual({ status: 400, message: 'provided sha does not match query', code: 'BAD_REQUEST' });
  });
});

describe('paths the API does not serve', () => {
  it('answer 404 NOT_FOUND in GraphQL JSON', async () => {
    const response = await fetch(`${inject('baseUrl')}/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Nothing is served at GET /nothing-here; the API is at /graphql.', extensions: { code: 'NOT_FOUND' } }],
    });
  });
});
