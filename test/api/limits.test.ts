import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { gql } from '../support/graphql.js';

const limits = loadConfig({}).limits;

/** A query nested `levels` deep through claim ↔ speaker hops. */
function deepQuery(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i += 1) {
    selection = i % 2 === 0 ? `speakers { ${selection} }` : `claimsMade { nodes { ${selection} } }`;
  }
  return `{ claim(id: "claim:truss-accuses-russia-of-plot") { ${selection} } }`;
}

describe('operation limits', () => {
  it('refuses an operation deeper than the depth limit, naming the limit', async () => {
    const response = await gql(deepQuery(limits.maxDepth + 2));
    expect(response.data ?? null).toBeNull();
    const messages = response.errors?.map((error) => error.message).join('\n') ?? '';
    expect(messages).toMatch(new RegExp(`depth limit of ${limits.maxDepth}`));
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an operation with more aliases than allowed', async () => {
    const aliases = Array.from({ length: limits.maxAliases + 1 }, (_, i) => `a${i}: node(id: "country:gbr") { id }`);
    const response = await gql(`{ ${aliases.join(' ')} }`);
    expect(response.errors?.map((error) => error.message).join('\n')).toMatch(new RegExp(`aliases limit of ${limits.maxAliases}`, "i"));
  });

  it('refuses an operation whose cost is over the limit', async () => {
    const wide = Array.from({ length: 25 }, (_, i) => `c${i}: claims(first: 100) { nodes { speakers { meetings { nodes { participants { actor { name } } } } } } }`);
    const response = await gql(`{ ${wide.join(' ')} }`);
    expect(response.errors?.map((error) => error.message).join('\n')).toMatch(/cost/i);
  });
});

describe('the cost limit', () => {
  it("the cost limit's error says the cost found, the limit and how to lower it", async () => {
    // graphql-armor counts 62,121.875 (deeper fields weigh more); the message rounds up.
    const response = await gql('{ claims(first: 100) { nodes { speakers { meetings(first: 25) { nodes { id } } } } } }');
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([
      [
        'This operation costs 62,122; the limit is 50,000 (GRAPHQL_MAX_COST). Ask for fewer items (lower `first`), fewer nested lists, or split the operation.',
        'GRAPHQL_VALIDATION_FAILED',
      ],
    ]);
  });


  const nested = 'query ($n: Int) { claims(first: $n) { nodes { speakers { meetings { nodes { participants { actor { name } } } } } } } }';

  it('counts a page size passed as a variable, as if written in the query', async () => {
    const small = await gql(nested, { n: 1 });
    expect(small.errors).toBeUndefined();
    const large = await gql(nested, { n: 100 });
    expect(large.status).toBe(400);
    expect(large.errors?.[0]?.message).toMatch(/^This operation costs [\d,]+; the limit is 50,000 \(GRAPHQL_MAX_COST\)\./);
    expect(large.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('counts omitted page sizes at their schema defaults', async () => {
    const response = await gql(
      '{ claims(first: 100) { nodes { speakers { meetings { nodes { participants { actor { name } } } } } } } }',
    );
    expect(response.errors?.[0]?.message).toMatch(/^This operation costs [\d,]+; the limit is 50,000/);
  });
});

describe('the cost limit, for page sizes left to their default', () => {
  // Two aliases of a list nested three pages deep: within the limit at one item per page,
  // over it at the default 20, which is what the resolvers run with when first is null.
  const twice = (first: string) => {
    const body = `claims${first} { nodes { speakers { meetings { nodes { participants { actor { name } } } } } } }`;
    return `query ${first.includes('$n') ? '($n: Int) ' : ''}{ a: ${body} b: ${body} }`;
  };
  const overLimit =
    'This operation costs 57,924; the limit is 50,000 (GRAPHQL_MAX_COST). Ask for fewer items (lower `first`), fewer nested lists, or split the operation.';

  it('runs a literal first: null at the default page size', async () => {
    const response = await gql<{ actors: { totalCount: number; nodes: unknown[] } }>('{ actors(first: null) { totalCount nodes { id } } }');
    expect(response.data?.actors.totalCount).toBeGreaterThan(20);
    expect(response.data?.actors.nodes).toHaveLength(20);
  });

  it.each([
    ['an omitted first', '', {}],
    ['first: 20 written out', '(first: 20)', {}],
    ['a literal first: null', '(first: null)', {}],
    ['an unsent variable', '(first: $n)', {}],
    ['a variable sent as null', '(first: $n)', { n: null }],
  ])('counts %s at the default page size', async (_name, first, variables) => {
    const response = await gql(twice(first), variables);
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([[overLimit, 'GRAPHQL_VALIDATION_FAILED']]);
  });

  it('still runs the same operation at one item per page', async () => {
    const response = await gql(twice('(first: $n)'), { n: 1 });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });
});

describe('bad arguments', () => {
  it('refuses a page size over the limit with BAD_USER_INPUT saying what is allowed', async () => {
    const response = await gql('{ actors(first: 101) { totalCount } }');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe(`first must be between 1 and ${limits.maxPageSize}; got 101`);
  });

  it('refuses a cursor the API did not issue', async () => {
    const response = await gql('{ actors(after: "not-a-cursor") { totalCount } }');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/after must be a cursor returned by this API/);
  });

  it('refuses a malformed date with BAD_USER_INPUT and the expected form', async () => {
    const response = await gql('query ($from: Date) { meetings(filter: { time: { from: $from } }) { totalCount } }', {
      from: '2022-02-30',
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/calendar day written YYYY-MM-DD/);
  });

  it('refuses a date literal that is not a string', async () => {
    const response = await gql('{ meetings(filter: { time: { from: 2022 } }) { totalCount } }');
    expect(response.errors?.[0]?.message).toMatch(/Date must be a string written YYYY-MM-DD/);
  });

  it('refuses a time range that ends before it starts', async () => {
    const response = await gql('{ meetings(filter: { time: { from: "2022-03-01", to: "2022-01-01" } }) { totalCount } }');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe('time.from (2022-03-01) must not be after time.to (2022-01-01)');
  });

  it('answers unknown ids and names with null or an empty list, not an error', async () => {
    const response = await gql('{ node(id: "person:nobody") { id } actor(id: "nope") { id } actorsByName(name: "Nobody Atall") { id } country(code: "XXX") { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: null, actor: null, actorsByName: [], country: null });
  });

  it('refuses writes: the API has no mutations', async () => {
    const response = await gql('mutation { deleteEverything }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('OPERATION_NOT_SUPPORTED');
  });
});
