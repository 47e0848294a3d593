/**
 * Before and after, for each kind of fact: asked as of 1 February 2022 (only the article, published
 * by 30 January, had spoken) and as of 11 February 2022 (the readout too), each answer is what the
 * annotation files, compiled and merged as the loader does, had stated by that day. Background
 * knowledge counts from 29 November 2026, so one event is asked either side of that day instead.
 */
import { describe, expect, it } from 'vitest';
import type { Props } from '../../src/ingest/compile.js';
import { compiled, dyadsAsOf, knownBy, pairAsOf, type PairFacts } from '../support/annotatedAsOf.js';
import { useInProcessApi } from '../support/inProcess.js';

const run = useInProcessApi();
const before = '2022-02-01';
const after = '2022-02-11';
const article = 'src:article';
const readout = 'src:moscow-talks-readout';
const background = 'src:background';
const talks = 'meeting:truss-lavrov-moscow-talks';

async function ask<Data>(query: string, day: string): Promise<Data> {
  const result = await run(query, { day });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as Data;
}

/** What one source's file says of a node, compiled. */
function statedBy(sourceId: string, id: string): Props {
  const node = compiled()
    .find((source) => source.sourceId === sourceId)
    ?.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`${sourceId} does not state ${id}`);
  return node.props;
}

/** What one source's file says of a relationship, compiled. */
function relStatedBy(sourceId: string, from: string, type: string, to: string): Props {
  const rel = compiled()
    .find((source) => source.sourceId === sourceId)
    ?.rels.find((candidate) => candidate.from === from && candidate.type === type && candidate.to === to);
  if (!rel) throw new Error(`${sourceId} does not state ${from} ${type} ${to}`);
  return rel.props;
}

/** The view of a node as of a day: its properties merged from the sources published by then. */
const viewOf = (id: string, day: string): Props => {
  const node = knownBy(day).nodes.get(id);
  if (!node) throw new Error(`nothing published by ${day} states ${id}`);
  return node.props;
};

const timeOf = (props: Props) => ({
  text: props['timeText'] ?? null,
  start: props['timeStart'] ?? null,
  end: props['timeEnd'] ?? null,
  precision: props['timePrecision'],
  basis: props['timeBasis'],
});

const timeFields = 'time { text start end precision basis }';

describe('a meeting: the Moscow talks', () => {
  const query = `query ($day: Date) { meeting(id: "${talks}", asOf: $day) {
    status summary cameo { code } ${timeFields} sources { totalCount nodes { id } } quantities { id text value unit } } }`;
  const expected = (day: string, latest: string, sources: string[]) => {
    const said = statedBy(latest, talks);
    const quantities = knownBy(day)
      .rels.filter((rel) => rel.from === talks && rel.type === 'HAS_QUANTITY')
      .map((rel) => viewOf(rel.to, day))
      .map((quantity) => ({ id: quantity['id'], text: quantity['text'], value: quantity['value'], unit: quantity['unit'] }));
    return {
      status: said['status'],
      summary: said['summary'],
      cameo: { code: said['cameoCode'] },
      time: timeOf(said),
      sources: { totalCount: sources.length, nodes: sources.map((id) => ({ id })) },
      quantities,
    };
  };

  it('as of 1 February is the article’s: announced, unconfirmed, within the next two weeks, no duration', async () => {
    const want = expected(before, article, [article]);
    expect(want).toMatchObject({ status: 'ANNOUNCED_UNCONFIRMED', time: { text: 'within next two weeks' }, quantities: [] });
    expect((await ask<{ meeting: unknown }>(query, before)).meeting).toEqual(want);
  });

  it('as of 11 February is the readout’s: held on 10 February, for about two hours, with its CAMEO code', async () => {
    const want = expected(after, readout, [article, readout]);
    expect(want).toMatchObject({
      status: 'OCCURRED',
      time: { start: '2022-02-10', end: '2022-02-10', precision: 'DAY' },
      quantities: [{ id: 'qty:readout-talks-about-two-hours', text: 'about two hours', value: 2, unit: 'hour' }],
    });
    expect(want.cameo).not.toEqual(expected(before, article, [article]).cameo);
    expect((await ask<{ meeting: unknown }>(query, after)).meeting).toEqual(want);
  });
});

describe('an event', () => {
  const poisoning = 'event:double-agent-poisoning';
  const poisoningQuery = `query ($day: Date) { event(id: "${poisoning}", asOf: $day) { title status ${timeFields} sources { nodes { id } } } }`;
  type Answer = { event: { title: string; status: string; time: unknown; sources: { nodes: { id: string }[] } } | null };
  const sorted = (answer: Answer) => answer.event && { ...answer.event, sources: answer.event.sources.nodes.map((s) => s.id).sort() };

  it('the 2018 poisoning: the article’s undated time until background knowledge (29 November 2026) dates it', async () => {
    const articleOnly = '2026-11-28';
    const withBackground = '2026-11-29';
    const undated = viewOf(poisoning, articleOnly);
    const dated = viewOf(poisoning, withBackground);
    expect(timeOf(undated)).toEqual(timeOf(statedBy(article, poisoning)));
    expect(timeOf(dated)).toEqual(timeOf(statedBy(background, poisoning)));
    expect(timeOf(dated)).toMatchObject({ start: '2018-03-04', precision: 'DAY', basis: 'RECORD' });
    expect(sorted(await ask<Answer>(poisoningQuery, articleOnly))).toEqual({
      title: undated['title'],
      status: undated['status'],
      time: timeOf(undated),
      sources: [article],
    });
    expect(sorted(await ask<Answer>(poisoningQuery, withBackground))).toEqual({
      title: dated['title'],
      status: dated['status'],
      time: timeOf(dated),
      sources: [article, background].sort(),
    });
  });

  it('the Russian troop build-up, which only the readout states: not found, then the readout’s', async () => {
    const buildup = 'event:russian-troop-buildup-near-ukraine';
    const query = `query ($day: Date) { event(id: "${buildup}", asOf: $day) { title status ${timeFields} sources { nodes { id } } } }`;
    expect(knownBy(before).nodes.has(buildup)).toBe(false);
    expect((await ask<Answer>(query, before)).event).toBeNull();
    const said = statedBy(readout, buildup);
    expect((await ask<Answer>(query, after)).event).toEqual({
      title: said['title'],
      status: said['status'],
      time: timeOf(said),
      sources: { nodes: [{ id: readout }] },
    });
  });
});

describe('claims', () => {
  const claimsAboutTalks = (day: string) =>
    knownBy(day)
      .rels.filter((rel) => rel.type === 'ABOUT' && rel.to === talks && knownBy(day).nodes.get(rel.from)?.labels.includes('Claim'))
      .map((rel) => rel.from)
      .sort();

  it('about the Moscow talks: the article’s, then the readout’s too', async () => {
    const query = `query ($day: Date) { meeting(id: "${talks}", asOf: $day) { claimsAbout { id } } }`;
    const ids = async (day: string) =>
      (await ask<{ meeting: { claimsAbout: { id: string }[] } }>(query, day)).meeting.claimsAbout.map((claim) => claim.id).sort();
    const articleClaims = claimsAboutTalks(before);
    const readoutClaims = claimsAboutTalks(after).filter((id) => !articleClaims.includes(id));
    expect(articleClaims.length).toBeGreaterThan(0);
    expect(readoutClaims).toContain('claim:readout-lavrov-talks-like-mute-and-deaf');
    expect(readoutClaims.every((id) => id.startsWith('claim:readout-'))).toBe(true);
    expect(await ids(before)).toEqual(articleClaims);
    expect(await ids(after)).toEqual(claimsAboutTalks(after));
  });

  it('a readout claim: not found, then the readout’s text, status and time', async () => {
    const claim = 'claim:readout-truss-demands-troop-pullback';
    const query = `query ($day: Date) { claim(id: "${claim}", asOf: $day) { text status ${timeFields} reportedIn { id } } }`;
    expect((await ask<{ claim: unknown }>(query, before)).claim).toBeNull();
    const said = statedBy(readout, claim);
    expect((await ask<{ claim: unknown }>(query, after)).claim).toEqual({
      text: said['text'],
      status: said['status'],
      time: timeOf(said),
      reportedIn: [{ id: readout }],
    });
  });
});

describe('an office holding: Liz Truss as foreign secretary', () => {
  const office = 'office:uk-foreign-secretary';
  const query = `query ($day: Date) { actor(id: "person:liz-truss", asOf: $day) { ... on Person {
    offices { office { id } wording current ${timeFields} source { id } history { source { id } wording ${timeFields} } } } } }`;
  type Holding = { office: { id: string }; wording: string; current: boolean; time: unknown; source: { id: string }; history: unknown[] };
  const holding = async (day: string) =>
    (await ask<{ actor: { offices: Holding[] } }>(query, day)).actor.offices.find((held) => held.office.id === office);
  const account = (sourceId: string) => {
    const said = relStatedBy(sourceId, 'person:liz-truss', 'HOLDS_OFFICE', office);
    return { source: { id: sourceId }, wording: said['wording'], time: timeOf(said) };
  };

  it('has the article’s wording and time (its publication week) as of 1 February, with only its account', async () => {
    const said = relStatedBy(article, 'person:liz-truss', 'HOLDS_OFFICE', office);
    expect(await holding(before)).toEqual({
      office: { id: office },
      wording: said['wording'],
      current: said['current'],
      time: timeOf(said),
      source: { id: article },
      history: [account(article)],
    });
  });

  it('has the readout’s (10 February) as of 11 February, keeping each source’s account', async () => {
    const said = relStatedBy(readout, 'person:liz-truss', 'HOLDS_OFFICE', office);
    expect(account(readout)).not.toEqual({ ...account(article), source: { id: readout } });
    expect(await holding(after)).toEqual({
      office: { id: office },
      wording: said['wording'],
      current: said['current'],
      time: timeOf(said),
      source: { id: readout },
      history: [account(article), account(readout)],
    });
  });
});

describe('a quantity: the talks’ “about two hours”', () => {
  const quantity = 'qty:readout-talks-about-two-hours';
  const query = `query ($day: Date) { node(id: "${quantity}", asOf: $day) { ... on Quantity { id kind value unit text sources { nodes { id } } } } }`;

  it('is not found as of 1 February, and is the readout’s figure as of 11 February', async () => {
    expect((await ask<{ node: unknown }>(query, before)).node).toBeNull();
    const said = statedBy(readout, quantity);
    expect((await ask<{ node: unknown }>(query, after)).node).toEqual({
      id: quantity,
      kind: said['quantityKind'],
      value: said['value'],
      unit: said['unit'],
      text: said['text'],
      sources: { nodes: [{ id: readout }] },
    });
  });
});

const summaryFields = 'summary { total coded cooperation conflict neutral goldsteinSum excluded { status count } }';
type Summary = PairFacts['summary'];
const sortedSummary = (summary: Summary): Summary => ({
  ...summary,
  // Rounded as the derivation rounds, and -0 (a sum of opposite values) read as 0, as JSON writes it.
  goldsteinSum: Math.round(summary.goldsteinSum * 1e6) / 1e6 + 0,
  excluded: [...summary.excluded].sort((x, y) => x.status.localeCompare(y.status)),
});

describe('the relations summary of the UK and Russia', () => {
  const query = `query ($day: Date) { relations(a: "country:gbr", b: "country:rus", asOf: $day) {
    meetings { id status } events { id } claims { id } ${summaryFields} } }`;
  type Answer = { relations: { meetings: { id: string; status: string }[]; events: { id: string }[]; claims: { id: string }[]; summary: Summary } };
  const asked = async (day: string): Promise<PairFacts> => {
    const { relations } = await ask<Answer>(query, day);
    return {
      meetings: [...relations.meetings].sort((x, y) => x.id.localeCompare(y.id)),
      events: relations.events.map((event) => event.id).sort(),
      claims: relations.claims.map((claim) => claim.id).sort(),
      summary: sortedSummary(relations.summary),
    };
  };

  it('counts the talks as announced (left out of the tally) as of 1 February, and as held as of 11 February', async () => {
    const was = pairAsOf('country:gbr', 'country:rus', before);
    const is = pairAsOf('country:gbr', 'country:rus', after);
    expect(was.meetings).toContainEqual({ id: talks, status: 'ANNOUNCED_UNCONFIRMED' });
    expect(is.meetings).toContainEqual({ id: talks, status: 'OCCURRED' });
    expect(is.summary.total).toBe(was.summary.total + 1);
    expect(await asked(before)).toEqual(was);
    expect(await asked(after)).toEqual(is);
  });
});

describe('dyads', () => {
  const query = `query ($day: Date) { dyads(first: 100, asOf: $day) { totalCount nodes { a { id } b { id } ${summaryFields} } } }`;
  type Answer = { dyads: { totalCount: number; nodes: { a: { id: string }; b: { id: string }; summary: Summary }[] } };
  const asked = async (day: string) => {
    const { dyads } = await ask<Answer>(query, day);
    return {
      totalCount: dyads.totalCount,
      pairs: dyads.nodes.map((dyad) => ({ pair: `${dyad.a.id} ${dyad.b.id}`, summary: sortedSummary(dyad.summary) })).sort((x, y) => x.pair.localeCompare(y.pair)),
    };
  };
  const expected = (day: string) => {
    const pairs = dyadsAsOf(day).map((dyad) => ({ pair: `${dyad.a} ${dyad.b}`, summary: dyad.facts.summary }));
    return { totalCount: pairs.length, pairs };
  };

  it.each([before, after])('as of %s: every pair of countries with its summary, the UK–Russia one changing with the talks', async (day) => {
    const want = expected(day);
    const ukRussia = want.pairs.find((pair) => pair.pair === 'country:gbr country:rus');
    expect(ukRussia?.summary).toEqual(pairAsOf('country:gbr', 'country:rus', day).summary);
    expect(await asked(day)).toEqual(want);
  });

  it('the UK–Russia pair differs between the two days', () => {
    const summary = (day: string) => expected(day).pairs.find((pair) => pair.pair === 'country:gbr country:rus')?.summary;
    expect(summary(before)).not.toEqual(summary(after));
  });
});
