/**
 * The planner with one as-of day for the whole answer: every field of every type below the roots
 * of test/planner/answers.test.ts, asked as of 1 February 2022, still takes one database round
 * trip and gives the same answer as level-by-level loading; the rewrite that asks the example
 * operations as of the day (test/support/asOfLeaks.ts) reaches every root field, whose round
 * trips test/api/asOfEverywhere.test.ts counts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { createSchema } from '../../src/graphql/schema.js';
import { askedAsOf } from '../support/asOfLeaks.js';
import { bothWays } from '../support/bothWays.js';
import { useInProcessApi } from '../support/inProcess.js';
import { selectAllOf } from '../support/selectAll.js';

// With the server's allowance for planning: the as-of statements are larger to plan.
const run = useInProcessApi();
const schema = createSchema();
const asOf = '2022-02-01';
const operationsDir = path.join(projectRoot, 'operations');
const exampleVariables = JSON.parse(readFileSync(path.join(operationsDir, 'variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const operations = readdirSync(operationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => file.slice(0, -'.graphql'.length))
  .map((name) => [name, askedAsOf(readFileSync(path.join(operationsDir, `${name}.graphql`), 'utf8'), exampleVariables[name] ?? {}, asOf)] as const);

describe(`the planner on every example operation asked as of ${asOf}`, () => {
  it('asks every root field of every operation as of the day', () => {
    for (const [name, { document }] of operations) {
      const asked = parse(document).definitions.flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION ? definition.selectionSet.selections.filter((s) => s.kind === Kind.FIELD) : [],
      );
      for (const field of asked) {
        const day = field.arguments?.find((argument) => argument.name.value === 'asOf')?.value;
        expect(day, `${name}.${field.name.value}`).toEqual(expect.objectContaining({ kind: Kind.STRING, value: asOf }));
      }
    }
  });
});

// test/planner/answers.test.ts's everyField, each root asked as of the day (the two already asked
// as of a day are asked as of this one; the organisation is one the article names, since the
// Russian foreign ministry is unknown before the readout and would answer a trivial null).
const everyField: readonly (readonly [string, string, number])[] = [
  ['a person', `actor(id: "person:liz-truss", asOf: "${asOf}")`, 1],
  ['a country', `country(code: "GBR", asOf: "${asOf}")`, 1],
  ['an organisation', `actor(id: "org:chatham-house", asOf: "${asOf}")`, 1],
  ['a meeting', `meeting(id: "meeting:truss-lavrov-moscow-talks", asOf: "${asOf}")`, 1],
  ['a place', `place(id: "place:moscow", asOf: "${asOf}")`, 1],
  ['an office', `office(id: "office:uk-foreign-secretary", asOf: "${asOf}")`, 1],
  ["the sources", `sources(asOf: "${asOf}")`, 2],
  ['the discrepancies', `discrepancies(asOf: "${asOf}")`, 1],
  ['events', `events(first: 5, asOf: "${asOf}")`, 2],
  ['claims', `claims(first: 5, asOf: "${asOf}")`, 2],
  ['meetings', `meetings(first: 5, filter: { asOf: "${asOf}" })`, 2],
  ['a timeline', `timeline(actor: "person:boris-johnson", first: 5, asOf: "${asOf}")`, 2],
  ['search hits', `search(text: "sanctions", first: 5, asOf: "${asOf}")`, 2],
  ['the relations of two countries', `relations(a: "country:gbr", b: "country:ukr", asOf: "${asOf}")`, 1],
  ['the pairs of countries', `dyads(first: 5, asOf: "${asOf}")`, 2],
  ['a path', `connections(from: "org:hms-defender", to: "country:rus", maxHops: 4, first: 2, asOf: "${asOf}")`, 1],
];

describe(`the planner on every field of every type, as of ${asOf}`, () => {
  it.each(everyField)('%s: one round trip, the same answer as level-by-level loading', async (_name, rootCall, depth) => {
    const { planned, levelByLevel } = await bothWays(run, selectAllOf(schema, rootCall, depth));
    expect(planned.totalRoundTrips, JSON.stringify(planned.roundTrips)).toBe(1);
    expect(planned.data).toEqual(levelByLevel.data);
    // Not an empty answer that would trivially agree.
    expect(JSON.stringify(planned.data).length).toBeGreaterThan(500);
  }, 180_000);
});
