import { buildASTSchema, parse } from 'graphql';
import { describe, expect, inject, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { gqlData } from '../support/graphql.js';
import { OperationFuzzer, type FuzzRequest } from './fuzzer.js';
import { HttpFuzzer, type RawRequest } from './httpFuzzer.js';
import { sendRaw } from './rawHttp.js';

/** Fixed so CI replays the same requests; FUZZ_SEED explores others locally. */
const seed = Number(process.env['FUZZ_SEED'] ?? 20_240_609);
const plan: readonly [family: keyof Pick<OperationFuzzer, 'valid' | 'badValue' | 'wrongVariableTypes' | 'mutatedText' | 'protocol'>, count: number][] = [
  // Valid operations are the slow ones: each new selection shape is a statement Neo4j plans on
  // its first run (up to seconds under load); the rest are mostly refused before any Cypher.
  ['valid', 300],
  ['badValue', 500],
  ['wrongVariableTypes', 450],
  ['mutatedText', 500],
  ['protocol', 250],
];
const concurrency = 4;
// Past the server's own bound on a statement's first run (PLAN_TIMEOUT_MS, 60 s), which includes
// planning it: a new selection shape may take that long on a busy machine, and is then answered.
const requestTimeoutMs = 90_000;

interface Outcome {
  readonly request: FuzzRequest;
  readonly status: number;
  readonly problem?: string;
  /** The distinct error codes of the answer, joined by +. */
  readonly codes?: string;
}

async function send(request: FuzzRequest): Promise<Outcome> {
  const url = inject('graphqlUrl');
  const response = await fetch(request.method === 'GET' ? `${url}?${request.body}` : url, {
    method: request.method,
    headers: {
      accept: 'application/graphql-response+json, application/json',
      ...(request.contentType ? { 'content-type': request.contentType } : {}),
    },
    ...(request.method === 'POST' ? { body: request.body } : {}),
    signal: AbortSignal.timeout(requestTimeoutMs),
  }).catch((error: unknown) => error as Error);
  if (response instanceof Error) return { request, status: 0, problem: `no answer: ${response.message}` };
  const text = await response.text();
  let body: { errors?: { message?: string; extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { request, status: response.status, problem: `not JSON: ${text.slice(0, 200)}` };
  }
  if (response.status >= 500) return { request, status: response.status, problem: `status ${response.status}: ${text.slice(0, 300)}` };
  const internal = body.errors?.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
  if (internal) return { request, status: response.status, problem: `INTERNAL_SERVER_ERROR: ${internal.message ?? ''}` };
  return { request, status: response.status, codes: [...new Set(body.errors?.map((error) => String(error.extensions?.code)))].join('+') };
}

describe('hostile and careless input, generated from the schema', () => {
  // The time limit is a bound for a server that stops answering, not a speed: a busy machine plans slowly.
  it(`gets no server error for ${plan.reduce((sum, [, count]) => sum + count, 0)} seeded operations`, async () => {
    // Real ids and names from the seeded graph, so valid operations reach the database.
    const known = await gqlData<{
      actors: { nodes: { id: string; name: string }[] };
      meetings: { nodes: { id: string }[] };
      events: { nodes: { id: string }[] };
      claims: { nodes: { id: string }[] };
      sources: { nodes: { id: string }[] };
    }>('{ actors(first: 100) { nodes { id name } } meetings(first: 30) { nodes { id } } events(first: 30) { nodes { id } } claims(first: 30) { nodes { id } } sources(first: 100) { nodes { id } } }');
    const fuzzer = new OperationFuzzer(
      buildASTSchema(parse(loadTypeDefs().join('\n'))),
      {
        ids: [
          ...known.actors.nodes.map((actor) => actor.id),
          ...known.meetings.nodes.map((meeting) => meeting.id),
          ...known.events.nodes.map((event) => event.id),
          ...known.claims.nodes.map((claim) => claim.id),
          ...known.sources.nodes.map((source) => source.id),
          'person:nobody',
        ],
        words: [...known.actors.nodes.map((actor) => actor.name), 'Truss', 'Lavrov', 'sanctions', 'Moscow', 'invasion', 'London', 'zelensky'],
      },
      seed,
    );
    const requests = plan.flatMap(([family, count]) => Array.from({ length: count }, () => fuzzer[family]()));

    const started = Date.now();
    const outcomes: Outcome[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests.length) {
          const request = requests[next++]!;
          outcomes.push(await send(request));
        }
      }),
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    const count = (test: (outcome: Outcome) => boolean) => outcomes.filter(test).length;
    const families = [...new Set(requests.map((request) => request.family))]
      .map((family) => `${family} ${count((outcome) => outcome.request.family === family)}`)
      .join(', ');
    const problems = outcomes.filter((outcome) => outcome.problem);
    console.log(
      `fuzz seed=${seed}: ${outcomes.length} requests (${families}) in ${seconds}s: ` +
        `2xx ${count((o) => o.status >= 200 && o.status < 300)}, 4xx ${count((o) => o.status >= 400 && o.status < 500)}, ` +
        `5xx ${count((o) => o.status >= 500)}, INTERNAL_SERVER_ERROR ${count((o) => o.problem?.startsWith('INTERNAL') ?? false)}, ` +
        `other problems ${count((o) => Boolean(o.problem) && o.status < 500 && !o.problem?.startsWith('INTERNAL'))}`,
    );
    if (process.env['FUZZ_DEBUG']) {
      // Which answers each family gets, to check a generator change still reaches what it aims at.
      const tally = new Map<string, number>();
      for (const { request, status, codes } of outcomes) {
        const key = `${request.family} ${status} ${codes ?? ''}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
      console.log([...tally].sort().map(([key, n]) => `${key}: ${n}`).join('\n'));
    }
    expect(outcomes).toHaveLength(requests.length);
    expect(problems.slice(0, 10).map(({ request, problem }) => ({ problem, request: { ...request, body: request.body.slice(0, 400) } }))).toEqual([]);
  }, 900_000);
});

/** Requests broken below GraphQL; refused before any Cypher, so many are cheap. */
const httpPlan: readonly [family: keyof Pick<HttpFuzzer, 'compressedBody' | 'percentEncoding' | 'longUrl'>, count: number][] = [
  ['compressedBody', 150],
  ['percentEncoding', 200],
  ['longUrl', 60],
];

interface HttpOutcome {
  readonly request: RawRequest;
  readonly status: number;
  readonly problem?: string;
}

/** A problem is a 5xx, an INTERNAL_SERVER_ERROR, no answer, or a refusal that is not GraphQL JSON with a code. */
async function sendHttp(request: RawRequest): Promise<HttpOutcome> {
  const answer = await sendRaw(inject('baseUrl'), request, 30_000);
  if (answer instanceof Error) return { request, status: 0, problem: `no answer: ${answer.message}` };
  const { status, contentType, text } = answer;
  if (status >= 500) return { request, status, problem: `status ${status}: ${text.slice(0, 300)}` };
  if (!contentType?.startsWith('application/json')) {
    return status >= 400 ? { request, status, problem: `a ${status} as ${contentType ?? 'no type'}: ${text.slice(0, 200)}` } : { request, status };
  }
  let codes: unknown[] = [];
  try {
    codes = ((JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] }).errors ?? []).map((error) => error.extensions?.code);
  } catch {
    return { request, status, problem: `not JSON: ${text.slice(0, 200)}` };
  }
  if (codes.includes('INTERNAL_SERVER_ERROR')) return { request, status, problem: `INTERNAL_SERVER_ERROR: ${text.slice(0, 300)}` };
  if (status >= 400 && (codes.length === 0 || codes.some((code) => typeof code !== 'string'))) return { request, status, problem: `a ${status} without a code: ${text.slice(0, 200)}` };
  return { request, status };
}

describe('HTTP broken below GraphQL: compressed bodies, percent-encoding, long URLs', () => {
  it(`gets no server error for ${httpPlan.reduce((sum, [, count]) => sum + count, 0)} seeded requests`, async () => {
    const fuzzer = new HttpFuzzer(seed);
    const requests = httpPlan.flatMap(([family, count]) => Array.from({ length: count }, () => fuzzer[family]()));
    const started = Date.now();
    const outcomes: HttpOutcome[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests.length) outcomes.push(await sendHttp(requests[next++]!));
      }),
    );
    const statuses = new Map<string, number>();
    for (const { request, status } of outcomes) statuses.set(`${request.family} ${status}`, (statuses.get(`${request.family} ${status}`) ?? 0) + 1);
    console.log(
      `http fuzz seed=${seed}: ${outcomes.length} requests in ${((Date.now() - started) / 1000).toFixed(1)}s: ` +
        [...statuses].sort().map(([key, n]) => `${key}: ${n}`).join(', '),
    );
    expect(outcomes).toHaveLength(requests.length);
    // Each refusal the families aim at happened, so a generator change cannot quietly stop reaching it.
    for (const expected of ['compressed body 200', 'compressed body 400', 'compressed body 413', 'compressed body 415', 'percent-encoding 400', 'long URL 414', 'long URL 431']) {
      expect(statuses.has(expected), expected).toBe(true);
    }
    const problems = outcomes.filter((outcome) => outcome.problem);
    expect(problems.slice(0, 10).map(({ request, problem }) => ({ problem, request: { ...request, path: request.path.slice(0, 200), body: undefined } }))).toEqual([]);
  }, 300_000);
});
