// The "same facts" check: each side's answer to a question, normalised into a set of facts,
// must equal ours — for the peer, ours less what its generated API cannot express.
import type { Json, Question, Side } from './questions/types.js';
import { roundTripsHeader } from './sideEnv.js';
import type { RunningSide } from './sides.js';

export interface Answer {
  readonly data: Json;
  readonly roundTrips: number;
}

/** Asks a question once; any HTTP or GraphQL error is the side's failure. */
export async function ask(side: RunningSide, question: Question): Promise<Answer> {
  const { url, body } = side.target(question);
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: Json; errors?: unknown; error?: unknown };
  if (!response.ok || parsed.errors || parsed.error || parsed.data === undefined) {
    throw new Error(`${question.name}: ${side.side} answered ${response.status}: ${text.slice(0, 2000)}`);
  }
  return { data: parsed.data, roundTrips: Number(response.headers.get(roundTripsHeader) ?? NaN) };
}

const sorted = (facts: string[]) => [...new Set(facts)].sort();

export interface Difference {
  readonly question: string;
  readonly side: Side;
  readonly missing: string[];
  readonly extra: string[];
}

/** Compares one side's facts with ours; null when they agree. */
export function compare(question: Question, side: Side, ourAnswer: Json, theirAnswer: Json): Difference | null {
  const omitted = side === 'peer' ? (question.peerCannot ?? []).map((c) => c.prefix) : [];
  const keep = (f: string) => !omitted.some((prefix) => f.startsWith(prefix));
  const expected = sorted(question.facts.ours(ourAnswer)).filter(keep);
  const actual = sorted(question.facts[side](theirAnswer)).filter(keep);
  if (expected.length === 0) throw new Error(`${question.name}: our answer holds no facts; the comparison would prove nothing`);
  const have = new Set(actual);
  const want = new Set(expected);
  const missing = expected.filter((f) => !have.has(f));
  const extra = actual.filter((f) => !want.has(f));
  return missing.length || extra.length ? { question: question.name, side, missing, extra } : null;
}

export function describe(d: Difference): string {
  return [
    `${d.question}: ${d.side} differs from ours`,
    ...d.missing.map((f) => `  only ours:      ${f}`),
    ...d.extra.map((f) => `  only ${d.side.padEnd(6)}:   ${f}`),
  ].join('\n');
}
