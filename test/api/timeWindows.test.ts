/**
 * Time windows and time order, as the schema documents them (TimeRangeInput, TimeMatch,
 * SortOrder): WITHIN (the default) keeps what lies wholly in the window, OVERLAPS what may share
 * a day with it; an unknown start or end is open; nothing with no known time matches a window;
 * lists sort by known start, then id, with no known start last. The rule is restated here and
 * checked against every list that takes a window, besides exact answers from the graph.
 */
import { describe, expect, it } from 'vitest';
import { gql, gqlData } from '../support/graphql.js';
import { readRows } from '../support/neo4j.js';
import { runOperation } from '../support/operations.js';
import type { JuneWindowQuery } from '../../src/graphql/generated/operations.js';

type Match = 'WITHIN' | 'OVERLAPS';
interface Window {
  from?: string;
  to?: string;
  match?: Match;
}
interface Timed {
  id: string;
  time: { start: string | null; end: string | null };
}

const june2021 = { from: '2021-06-01', to: '2021-06-30' };
const upTo2019 = { to: '2019-12-31' };
const from10February = { from: '2022-02-10' };
/** Happenings with neither a known start nor a known end. */
const timeless = [
  'claim:bg-foreign-office-first-visit-in-more-than-four-years',
  'event:plot-to-topple-ukrainian-president',
  'event:russian-invasion-of-ukraine',
  'event:sanctions-on-russia-if-invasion',
  'event:truss-chartered-plane-travel',
];

/** The documented rule, restated. */
function inWindow({ time: { start, end } }: Timed, { from, to, match = 'WITHIN' }: Window): boolean {
  if (!from && !to) return true;
  if (start === null && end === null) return false;
  if (match === 'WITHIN') return (!from || (start !== null && start >= from)) && (!to || (end !== null && end <= to));
  return (!from || end === null || end >= from) && (!to || start === null || start <= to);
}

const happeningFields = '... on Meeting { id time { start end } } ... on Event { id time { start end } } ... on Claim { id time { start end } }';

async function happenings(time: Window | null, order: 'ASC' | 'DESC' = 'ASC'): Promise<string[]> {
  const data = await gqlData<{ happenings: { totalCount: number; nodes: Timed[] } }>(
    `query ($time: TimeRangeInput, $order: SortOrder) {
       happenings(filter: { time: $time }, order: $order, first: 100) { totalCount nodes { ${happeningFields} } } }`,
    { time, order },
  );
  expect(data.happenings.nodes).toHaveLength(data.happenings.totalCount);
  return data.happenings.nodes.map((node) => node.id);
}

/** The documented order: known start, then id; no known start last, by id. */
function inTimeOrder(items: readonly Timed[]): Timed[] {
  const key = ({ id, time }: Timed) => `${time.start === null ? 1 : 0} ${time.start ?? ''} ${id}`;
  return [...items].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

/** Every meeting, event and claim as stored, in the documented order. */
async function stored(): Promise<Timed[]> {
  const rows = await readRows<{ id: string; start: string | null; end: string | null }>(
    `MATCH (x:Node) WHERE x:Meeting OR x:Event OR x:Claim
     RETURN x.id AS id, toString(x.timeStart) AS start, toString(x.timeEnd) AS end`,
  );
  return inTimeOrder(rows.map((row) => ({ id: row.id, time: { start: row.start, end: row.end } })));
}

describe('a closed window (June 2021)', () => {
  it('WITHIN, the default, keeps only what lies wholly in the month', async () => {
    const expected = ['event:hms-defender-crimea-passage', 'claim:bg-hms-defender-passage-23-june-2021'];
    expect(await happenings(june2021)).toEqual(expected);
    expect(await happenings({ ...june2021, match: 'WITHIN' })).toEqual(expected);
  });

  it('OVERLAPS adds what is known only by a later end, but not what ended before or has no known time', async () => {
    const found = await happenings({ ...june2021, match: 'OVERLAPS' });
    expect(found.slice(0, 2)).toEqual(['event:hms-defender-crimea-passage', 'claim:bg-hms-defender-passage-23-june-2021']);
    expect(found).toHaveLength(19);
    // Known only to have happened by the article's week: it may have been in June 2021.
    expect(found).toContain('event:uk-anti-tank-weapons-to-ukraine');
    expect(found).not.toContain('event:double-agent-poisoning');
    for (const id of timeless) expect(found).not.toContain(id);
  });
});

describe('the JuneWindow example operation', () => {
  it('answers the 2 happenings of June 2021 beside the 19 that may overlap it', async () => {
    const { within, overlapping } = await runOperation<JuneWindowQuery>('JuneWindow');
    expect(within.totalCount).toBe(2);
    expect(within.nodes.map((node) => node.__typename)).toEqual(['Event', 'Claim']);
    expect(overlapping.totalCount).toBe(19);
  });
});

describe('a window open at its start (up to the end of 2019)', () => {
  it('WITHIN keeps what ended by then, in time order (the poisoning and collapse by their record dates)', async () => {
    const found = await happenings(upTo2019);
    expect(found).toEqual([
      'meeting:johnson-moscow-visit-2017',
      'claim:bg-johnson-moscow-visit-22-december-2017',
      // Dated from the record to the day; a claim sorts before an event of the same day by id.
      'claim:bg-salisbury-poisoning-4-march-2018',
      'event:double-agent-poisoning',
      'claim:bg-uk-russia-diplomatic-collapse-14-march-2018',
      'event:uk-russia-diplomatic-collapse',
      'meeting:may-putin-g20-2019',
      'claim:bg-may-putin-osaka-28-june-2019',
    ]);
  });

  it('OVERLAPS also keeps what has no known start, whenever it ended', async () => {
    const found = await happenings({ ...upTo2019, match: 'OVERLAPS' });
    expect(found).toContain('event:uk-anti-tank-weapons-to-ukraine');
    expect(found).not.toContain('meeting:truss-lavrov-moscow-talks');
    for (const id of timeless) expect(found).not.toContain(id);
  });
});

describe('a window open at its end (from 10 February 2022)', () => {
  it('WITHIN keeps what started then or later, and never what has no known start', async () => {
    const found = await happenings(from10February);
    expect(found).toContain('meeting:truss-lavrov-moscow-talks');
    expect(found).not.toContain('event:russian-troop-buildup-near-ukraine');
    expect(found).not.toContain('claim:truss-to-warn-sanctions-will-hit-putins-allies');
  });

  it('OVERLAPS also keeps what was still running then, or is known only by an end on that day', async () => {
    const found = await happenings({ ...from10February, match: 'OVERLAPS' });
    expect(found).toContain('claim:truss-to-warn-sanctions-will-hit-putins-allies');
    expect(found).toContain('event:russian-troop-buildup-near-ukraine');
    expect(found).not.toContain('meeting:truss-kyiv-visit');
    for (const id of timeless) expect(found).not.toContain(id);
  });
});

describe('undated happenings', () => {
  it('never match a window with a bound, in either mode, however wide', async () => {
    for (const match of ['WITHIN', 'OVERLAPS'] as const) {
      for (const window of [{ from: '1900-01-01', to: '2100-12-31' }, { from: '1900-01-01' }, { to: '2100-12-31' }]) {
        const found = await happenings({ ...window, match });
        for (const id of timeless) expect(found, `${match} ${JSON.stringify(window)}`).not.toContain(id);
      }
    }
  });

  it('are all there when the window has no bound, in either mode', async () => {
    const all = await happenings(null);
    expect(await happenings({})).toEqual(all);
    expect(await happenings({ match: 'OVERLAPS' })).toEqual(all);
    for (const id of timeless) expect(all).toContain(id);
  });
});

describe('time order', () => {
  it('sorts by known start then id, with everything of no known start last, by id, both ways', async () => {
    const graph = await stored();
    const asc = await happenings(null);
    expect(asc).toEqual(graph.map((item) => item.id));
    const dated = graph.filter((item) => item.time.start !== null).map((item) => item.id);
    const undated = graph.filter((item) => item.time.start === null).map((item) => item.id);
    expect(await happenings(null, 'DESC')).toEqual([...dated.reverse(), ...undated]);
    // Known only by the article's week (ending 30 January), a warning no longer sorts before the
    // talks of 10 February: it has no known start.
    expect(asc.indexOf('claim:truss-warns-of-severe-consequences')).toBeGreaterThan(asc.indexOf('meeting:truss-lavrov-moscow-talks'));
  });
});

/** Every list that takes a window: a template with TIME where its time argument goes, the type of its items, and where its items are. */
const lists: readonly (readonly [string, string, 'Happening' | 'typed', readonly string[]])[] = [
  ['meetings', '{ list: meetings(first: 100, filter: { TIME }) { nodes { ITEM } } }', 'typed', ['list', 'nodes']],
  ['meetingsBetween', '{ list: meetingsBetween(a: "country:gbr", b: "country:rus", first: 100, filter: { TIME }) { nodes { ITEM } } }', 'typed', ['list', 'nodes']],
  ['events', '{ list: events(first: 100, filter: { TIME }) { nodes { ITEM } } }', 'typed', ['list', 'nodes']],
  ['claims', '{ list: claims(first: 100, filter: { TIME }) { nodes { ITEM } } }', 'typed', ['list', 'nodes']],
  ['timeline', '{ list: timeline(actor: "country:gbr", first: 100, TIME) { nodes { ITEM } } }', 'Happening', ['list', 'nodes']],
  ['Country.meetings', '{ c: country(code: "GBR") { list: meetings(first: 100, TIME) { nodes { ITEM } } } }', 'typed', ['c', 'list', 'nodes']],
  ['Country.events', '{ c: country(code: "GBR") { list: events(first: 100, TIME) { nodes { ITEM } } } }', 'typed', ['c', 'list', 'nodes']],
  ['Country.claimsAbout', '{ c: country(code: "GBR") { list: claimsAbout(first: 100, TIME) { nodes { ITEM } } } }', 'typed', ['c', 'list', 'nodes']],
  ['Person.claimsMade', '{ p: actor(id: "person:liz-truss") { list: claimsMade(first: 100, TIME) { nodes { ITEM } } } }', 'typed', ['p', 'list', 'nodes']],
  ['Person.timeline', '{ p: actor(id: "person:liz-truss") { list: timeline(first: 100, TIME) { nodes { ITEM } } } }', 'Happening', ['p', 'list', 'nodes']],
  ['Place.events', '{ p: place(id: "place:crimea") { list: events(first: 100, TIME) { nodes { ITEM } } } }', 'typed', ['p', 'list', 'nodes']],
  ['Place.claimsAbout', '{ p: place(id: "place:crimea") { list: claimsAbout(first: 100, TIME) { nodes { ITEM } } } }', 'typed', ['p', 'list', 'nodes']],
  ['Place.meetings', '{ p: place(id: "place:moscow") { list: meetings(first: 100, TIME) { nodes { ITEM } } } }', 'typed', ['p', 'list', 'nodes']],
  ['relations.meetings', '{ r: relations(a: "country:gbr", b: "country:rus", TIME) { list: meetings { ITEM } } }', 'typed', ['r', 'list']],
  ['relations.events', '{ r: relations(a: "country:gbr", b: "country:ukr", TIME) { list: events { ITEM } } }', 'typed', ['r', 'list']],
  ['relations.claims', '{ r: relations(a: "country:gbr", b: "country:rus", TIME) { list: claims { ITEM } } }', 'typed', ['r', 'list']],
  ['relations.timeline', '{ r: relations(a: "country:gbr", b: "country:ukr", TIME) { list: timeline(first: 100) { nodes { ITEM } } } }', 'Happening', ['r', 'list', 'nodes']],
];

const windowArgument = (window: Window | null) =>
  window === null ? '' : `time: { ${Object.entries(window).map(([key, value]) => (key === 'match' ? `${key}: ${value}` : `${key}: "${value}"`)).join(', ')} }`;

async function listItems(template: string, items: 'Happening' | 'typed', path: readonly string[], window: Window | null): Promise<Timed[]> {
  const query = template.replace('TIME', windowArgument(window)).replace('ITEM', items === 'Happening' ? happeningFields : 'id time { start end }');
  const response = await gql<Record<string, unknown>>(query);
  expect(response.errors, query).toBeUndefined();
  let value: unknown = response.data;
  for (const key of path) value = (value as Record<string, unknown>)[key];
  return value as Timed[];
}

describe('the same rules in every list', () => {
  const windows: readonly Window[] = [june2021, upTo2019, from10February, { from: '2022-01-24', to: '2022-01-30' }].flatMap((window) => [
    window,
    { ...window, match: 'OVERLAPS' as const },
  ]);
  it.each(lists)('%s keeps, in the same order, exactly the items the rule keeps', async (_name, template, items, path) => {
    const all = await listItems(template, items, path, null);
    expect(all.length).toBeGreaterThan(0);
    expect(all.map((item) => item.id)).toEqual(inTimeOrder(all).map((item) => item.id));
    for (const window of windows) {
      const found = await listItems(template, items, path, window);
      expect(found.map((item) => item.id), JSON.stringify(window)).toEqual(all.filter((item) => inWindow(item, window)).map((item) => item.id));
    }
  });
});
