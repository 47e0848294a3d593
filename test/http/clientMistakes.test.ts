import http from 'node:http';
import zlib from 'node:zlib';
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
    expect(only(await post('{ sources { nodes { nope } } }'))).toEqual({
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
    const answer = await send(JSON.stringify({ query: 'query Q { sources { nodes { id } } } mutation M { x }', operationName: 'Q' }));
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

/** A GET of any path, its status, content type and the one error of its GraphQL JSON body. */
async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${inject('baseUrl')}${path}`, { headers, redirect: 'manual' });
  const text = await response.text();
  const parsed = JSON.parse(text) as { errors?: Answer['errors'] };
  return { response, ...only({ status: response.status, contentType: response.headers.get('content-type'), errors: parsed.errors ?? [] }) };
}

describe('compressed bodies', () => {
  const query = JSON.stringify({ query: '{ __typename }' });

  it.each([
    ['gzip', zlib.gzipSync(query)],
    ['deflate', zlib.deflateSync(query)],
    ['br', zlib.brotliCompressSync(query)],
  ])('runs a body compressed with %s', async (encoding, body) => {
    const response = await fetch(inject('graphqlUrl'), { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body });
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it.each(['gzip', 'deflate', 'br'])('answers a %s body that does not decompress with a 400 BAD_REQUEST, not a 500', async (encoding) => {
    const response = await fetch(inject('graphqlUrl'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': encoding },
      body: Buffer.from('garbage, not compressed'),
    });
    const body = (await response.json()) as { errors: Answer['errors'] };
    expect({ status: response.status, errors: body.errors.map(({ message, extensions }) => ({ message, code: extensions?.['code'] })) }).toEqual({
      status: 400,
      errors: [
        {
          message: `The request body is not valid ${encoding} data, as its content-encoding says; send it compressed that way, or uncompressed.`,
          code: 'BAD_REQUEST',
        },
      ],
    });
  });

  it('answers a gzip body cut short with a 400 BAD_REQUEST', async () => {
    const cut = zlib.gzipSync(query).subarray(0, 15);
    const response = await fetch(inject('graphqlUrl'), { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: cut });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Answer['errors'] }).errors[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });
});

describe('paths that are not valid percent-encoding', () => {
  it.each(['/%E0%A4%A', '/browser/%zz', '/sources/%ff/text', '/graphql/%', '/ide/%E0%A4'])('answer %s with a 400 BAD_REQUEST naming the path', async (path) => {
    const { response, ...answer } = await get(path);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer).toEqual({
      status: 400,
      message: `The URL path ${JSON.stringify(path)} is not valid percent-encoding: each % must begin an escape of two hex digits, and the escapes must spell UTF-8.`,
      code: 'BAD_REQUEST',
    });
  });

  it('leave a bad escape in the query string to the page, which keeps it as it is', async () => {
    const response = await fetch(`${inject('baseUrl')}/ide/?actor=%zz`);
    expect(response.status).toBe(200);
  });
});

describe('files missing under /browser', () => {
  it('are a 404 NOT_FOUND in GraphQL JSON, not a 500', async () => {
    const { response: _response, ...answer } = await get('/browser/nope.js');
    expect(answer).toEqual({ status: 404, message: 'Nothing is served at GET /browser/nope.js; the API is at /graphql.', code: 'NOT_FOUND' });
  });
});

describe('over-long URLs', () => {
  const longGet = (length: number) => get(`/graphql?query=${'a'.repeat(length)}`, { accept: 'application/json' });

  it('answers a URL over 8192 bytes with a 414 URI_TOO_LONG saying the limit', async () => {
    const { response: _response, ...answer } = await longGet(9000);
    expect(answer).toEqual({
      status: 414,
      message: 'The URL is 9015 bytes long; this server reads URLs of at most 8192 bytes. Send a long operation as a POST body (JSON, or application/graphql).',
      code: 'URI_TOO_LONG',
    });
  });

  it.each([20_000, 1_000_000])('answers a %i-byte URL, past the HTTP parser’s limit, with a 431 in GraphQL JSON rather than a bare status or a reset', async (length) => {
    const { response, ...answer } = await longGet(length);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect([response.headers.get('x-content-type-options'), response.headers.get('x-frame-options')]).toEqual(['nosniff', 'SAMEORIGIN']);
    expect(answer).toEqual({
      status: 431,
      message: `The request's URL and headers together are larger than the ${http.maxHeaderSize} bytes this server reads. Send a long operation as a POST body (JSON, or application/graphql).`,
      code: 'REQUEST_HEADERS_TOO_LARGE',
    });
  });
});

describe('more than 50 invalid variables', () => {
  it('are all BAD_USER_INPUT, the cap graphql-js adds after 50 too, with a message saying what happened', async () => {
    const names = Array.from({ length: 51 }, (_, i) => `v${i}`);
    const answer = await post(
      `query (${names.map((name) => `$${name}: ID!`).join(', ')}) { nodes(ids: [${names.map((name) => `$${name}`).join(', ')}]) { id } }`,
      Object.fromEntries(names.map((name) => [name, {}])),
    );
    expect(answer.status).toBe(400);
    expect(answer.errors).toHaveLength(51);
    expect(new Set(answer.errors.map((error) => error.extensions?.['code']))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(answer.errors.at(-1)?.message).toBe(
      'More than 50 variable values are invalid; the first 50 are listed and the rest were not checked. Nothing ran: fix them and send the operation again.',
    );
  });
});

describe('security headers', () => {
  it.each(['/graphql', '/health', '/sources/nope/text', '/ide/operations.json'])('%s: no sniffing, no framing by other sites, no X-Powered-By', async (path) => {
    const response = await fetch(`${inject('baseUrl')}${path}`, { headers: { accept: 'application/json' } });
    expect({
      nosniff: response.headers.get('x-content-type-options'),
      frameOptions: response.headers.get('x-frame-options'),
      poweredBy: response.headers.get('x-powered-by'),
      policy: response.headers.get('content-security-policy'),
    }).toEqual({ nosniff: 'nosniff', frameOptions: 'SAMEORIGIN', poweredBy: null, policy: "frame-ancestors 'self'" });
  });

  it.each(['/', '/ide/', '/explorer/', '/graphql', ...(process.env['NEO4J_URI'] ? [] : ['/browser/'])])(
    'page %s: frame-ancestors merged into its own policy',
    async (path) => {
      const response = await fetch(`${inject('baseUrl')}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toMatch(/^default-src 'self'; /);
      expect(policy.split('; ')).toContain("frame-ancestors 'self'");
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('x-powered-by')).toBeNull();
    },
  );
});
