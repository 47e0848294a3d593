/**
 * One as-of day for every answer: every example operation, and a generated selection of
 * every field of every root field of Query, asked as of 1 February 2022 hold nothing that only a
 * later source states (the readout, published 11 February 2022; background knowledge, counted
 * from 29 November 2026); asked as of 20 January 2022, before the article, they find nothing.
 * The forbidden values are derived from the annotation files (test/support/asOfLeaks.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { getNamedType, getNullableType, isListType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { createSchema } from '../../src/graphql/schema.js';
import { askedAsOf, describeLeaks, findLeaks, laterOnlyValues, rootCalls, type Leak } from '../support/asOfLeaks.js';
import { rootFieldCount } from '../support/bothWays.js';
import { useInProcessApi, type InProcessResult } from '../support/inProcess.js';
import { selectAllOf } from '../support/selectAll.js';

// In process, against the seeded database, with the server's allowance for planning a statement.
const run = useInProcessApi();
const schema = createSchema();
const articleOnly = '2022-02-01';
const beforeAnything = '2022-01-20';
const readout = 'src:moscow-talks-readout';
const background = 'src:background';
const forbidden = laterOnlyValues([readout, background], ['src:article']);

const operationsDir = path.join(projectRoot, 'operations');
const exampleVariables = JSON.parse(readFileSync(path.join(operationsDir, 'variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;
interface Question {
  readonly name: string;
  readonly document: string;
  readonly variables: Record<string, unknown>;
  /** Root fields (response keys) that find nothing as of the article's day, as they name only later facts. */
  readonly laterOnly: readonly string[];
  /** An example operation: one database round trip per root field, with asOf as without. */
  readonly example: boolean;
}

/** The one root field of an example operation that asks only for what a later source states. */
const laterOnlyInOperations: Readonly<Record<string, readonly string[]>> = {
  // Meetings the readout states (filter: { sources: ["src:moscow-talks-readout"] }).
  ReadoutOnly: ['meetings'],
};

const operations: Question[] = readdirSync(operationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => file.slice(0, -'.graphql'.length))
  .map((name) => ({
    name,
    document: readFileSync(path.join(operationsDir, `${name}.graphql`), 'utf8'),
    variables: exampleVariables[name] ?? {},
    laterOnly: laterOnlyInOperations[name] ?? [],
    example: true,
  }));

const rootFields = Object.keys(schema.getQueryType()!.getFields());
/**
 * Every field one level below each root's nodes, as the planner tests select them: a list or a
 * connection reaches its nodes one level down, so it selects a level deeper.
 */
const depthOf = (root: string): number => {
  const type = getNullableType(schema.getQueryType()!.getFields()[root]!.type);
  return isListType(type) || getNamedType(type).name.endsWith('Connection') ? 2 : 1;
};
const generated: Question[] = rootFields.flatMap((root) =>
  (rootCalls[root] ?? []).map(({ call, laterOnly }) => ({
    name: call,
    document: selectAllOf(schema, call, depthOf(root)),
    variables: {},
    laterOnly: laterOnly ? [root] : [],
    example: false,
  })),
);
const everything = [...operations, ...generated];

/** Runs a document as given, or with every root field asked as of a day; no errors allowed. */
async function ask(question: Question, day: string | null): Promise<Record<string, unknown>> {
  const asked = day ? askedAsOf(question.document, question.variables, day) : question;
  const result: InProcessResult = await run(asked.document, asked.variables);
  expect(result.errors, `${question.name}: ${JSON.stringify(result.errors)}`).toBeUndefined();
  expect(result.data).toBeTruthy();
  // With asOf as without: the planner composes each root field of an example operation into one
  // database round trip (test/planner/answers*.test.ts hold the generated selections to theirs).
  if (question.example) expect(result.totalRoundTrips, `${question.name}: ${JSON.stringify(result.roundTrips)}`).toBe(rootFieldCount(asked.document));
  return result.data!;
}

/** The current view of each question, asked once and shared by the checks that the others can fail. */
const currentAnswers = new Map<string, Promise<Record<string, unknown>>>();
const current = (question: Question) => {
  if (!currentAnswers.has(question.name)) currentAnswers.set(question.name, ask(question, null));
  return currentAnswers.get(question.name)!;
};

/**
 * Why a root field's answer is not "nothing known", or null when it is: null, a list of nulls or
 * an empty list, a page with no nodes, statistics of zeros, a relations summary of zeros.
 */
function somethingIn(field: string, value: unknown): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.every((item) => item === null) ? null : `${value.length} items`;
  if (typeof value !== 'object') return `the value ${JSON.stringify(value)}`;
  const answer = value as Record<string, unknown>;
  if ('totalCount' in answer || 'nodes' in answer) {
    const nodes = (answer['nodes'] ?? []) as unknown[];
    const edges = (answer['edges'] ?? []) as unknown[];
    return answer['totalCount'] === 0 && nodes.length === 0 && edges.length === 0 ? null : `totalCount ${String(answer['totalCount'])}, ${nodes.length} nodes`;
  }
  const numbers = Object.entries(answer).filter(([, inner]) => typeof inner === 'number');
  if (field === 'statistics' || numbers.length === Object.keys(answer).length) {
    const counted = numbers.filter(([, count]) => count !== 0);
    return counted.length === 0 ? null : `counts ${JSON.stringify(Object.fromEntries(counted))}`;
  }
  if ('summary' in answer) {
    const lists = Object.entries(answer).filter(([, inner]) => Array.isArray(inner) && inner.length > 0);
    const summary = JSON.stringify(answer['summary']);
    const nonZero = summary.match(/"(total|coded|cooperation|conflict|neutral|count)":[1-9]/g) ?? [];
    return lists.length === 0 && nonZero.length === 0 ? null : `lists ${lists.map(([key]) => key).join(', ')}; ${nonZero.join(', ')}`;
  }
  return `an object with ${Object.keys(answer).join(', ')}`;
}

const rootFieldsOf = (data: Record<string, unknown>) => Object.entries(data);

describe('the values only a later source states, derived from the annotation files', () => {
  it('include the later sources’ ids, a readout quote, its dates and its figures, and nothing the article states', () => {
    expect(forbidden.strings.get(readout)?.statedBy).toBe(`${readout} id`);
    expect(forbidden.strings.get(background)?.statedBy).toBe(`${background} id`);
    expect(forbidden.strings.has('lasted about two hours')).toBe(true);
    expect(forbidden.contained.map((quote) => quote.value)).toContain('lasted about two hours');
    for (const day of ['2022-02-10', '2022-02-11', '2026-11-29', '2018-03-04']) expect(forbidden.strings.has(day), day).toBe(true);
    expect([...forbidden.figures.keys()].sort((x, y) => x - y)).toEqual([2, 4, 100000, 130000]);
    for (const stated of ['src:article', 'country:gbr', 'meeting:truss-lavrov-moscow-talks', 'Liz Truss', '2022-01-30', '2022-02-13']) {
      expect(forbidden.strings.has(stated), stated).toBe(false);
    }
  });
});

describe(`asked as of ${articleOnly}, when only the article had been published`, () => {
  it('every root field of Query has calls to ask (add one to rootCalls in test/support/asOfLeaks.ts for a new root field)', () => {
    expect(rootFields.filter((root) => !rootCalls[root]?.length)).toEqual([]);
  });

  it.each(everything.map((question) => [question.name, question] as const))(
    '%s holds no id, quote, date, figure or text only a later source states',
    async (_name, question) => {
      const answer = await ask(question, articleOnly);
      const leaks: Leak[] = findLeaks(answer, forbidden);
      expect(describeLeaks(leaks)).toBe('');
      // Not trivially: what the article states is found, only what it does not is missing.
      const empty = rootFieldsOf(answer)
        .filter(([field, value]) => somethingIn(field, value) === null)
        .map(([field]) => field);
      expect(empty).toEqual(question.laterOnly);
    },
    180_000,
  );
});

describe('asked without asOf (the check can fail)', () => {
  it.each(everything.map((question) => [question.name, question] as const))(
    '%s answers',
    async (_name, question) => {
      await current(question);
    },
    180_000,
  );

  it('the same walk finds the readout’s id, a readout quote and 10 February 2022 in the current answers', async () => {
    const leaks = (await Promise.all(everything.map(async (question) => findLeaks(await current(question), forbidden)))).flat();
    const values = new Set(leaks.map((leak) => leak.value));
    expect(values.has(readout)).toBe(true);
    expect(values.has(background)).toBe(true);
    expect(values.has('2022-02-10')).toBe(true);
    expect(leaks.some((leak) => leak.statedBy.startsWith(`${readout} evidence`))).toBe(true);
    expect(values.has('lasted about two hours')).toBe(true);
    expect(leaks.some((leak) => typeof leak.value === 'number')).toBe(true);
  }, 600_000);
});

describe(`asked as of ${beforeAnything}, before the article`, () => {
  it.each(everything.map((question) => [question.name, question] as const))(
    '%s finds nothing: not found, empty lists and pages, zero counts',
    async (_name, question) => {
      const answer = await ask(question, beforeAnything);
      const found = rootFieldsOf(answer)
        .map(([field, value]) => [field, somethingIn(field, value)] as const)
        .filter(([, something]) => something !== null);
      expect(found, JSON.stringify(answer).slice(0, 2000)).toEqual([]);
      // The same check finds something in today's answer to every root field: it can fail.
      const today = rootFieldsOf(await current(question)).filter(([field, value]) => somethingIn(field, value) === null);
      expect(today.map(([field]) => field)).toEqual([]);
    },
    180_000,
  );
});
