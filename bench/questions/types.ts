// What one benchmark question is on each side: the request each side receives, and how each
// side's answer becomes comparable facts (sorted strings), so "same facts" means the same set.
export type Side = 'ours' | 'peer' | 'floor';
export const sides: readonly Side[] = ['ours', 'peer', 'floor'];

/** A parsed JSON answer, walked loosely: each normaliser knows its side's shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface GraphqlRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export interface Question {
  /** The name used in BENCH_QUESTIONS and the table. */
  readonly name: string;
  /**
   * Our API: an operation file in operations/ (its default variables are the question), or, with
   * `document`, that operation text under this name (the scale bench's questions).
   */
  readonly ours: { readonly operation: string; readonly variables?: Record<string, unknown>; readonly document?: string };
  /** The peer's generated API: the best single operation it allows (none when it cannot ask it at all). */
  readonly peer?: GraphqlRequest;
  /** The floor: bench/floor/<cypher>.cypher with these parameters. */
  readonly floor: { readonly cypher: string; readonly params: Record<string, unknown> };
  /** Facts from each side's answer (`data` for GraphQL, the rows for the floor). */
  readonly facts: Record<Side, (answer: Json) => string[]>;
  /**
   * Facts the peer's generated API cannot give (fact prefixes), each with why: they are left out
   * of the ours–peer comparison and reported.
   */
  readonly peerCannot?: readonly { readonly prefix: string; readonly why: string }[];
}

const show = (value: unknown): string => (value === null || value === undefined || value === '' ? '-' : String(value));

/** One fact: a kind and its values, joined so a difference reads plainly. */
export const fact = (kind: string, ...values: unknown[]): string => [kind, ...values.map(show)].join(' | ');

/** A time interval as our API gives it (text, start, end, precision; precision UNKNOWN when unset). */
export const time = (text: unknown, start: unknown, end: unknown, precision?: unknown): string =>
  [show(text), show(start), show(end), show(precision ?? 'UNKNOWN')].join(' ~ ');

/** A Goldstein figure at one decimal place more than the data carries, so float noise never differs. */
export const num = (value: unknown): string => (typeof value === 'number' ? value.toFixed(2) : show(value));

/** The sides that can ask a question: the peer only where its generated API can express it. */
export const sidesOf = (question: Question): readonly Side[] => sides.filter((side) => side !== 'peer' || question.peer !== undefined);
