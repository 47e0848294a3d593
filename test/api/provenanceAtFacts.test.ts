import { describe, expect, it } from 'vitest';
import type * as Ops from '../../src/graphql/generated/operations.js';
import { gqlData } from '../support/graphql.js';
import { runOperation } from '../support/operations.js';

const zelenskiyTitle = 'disc:zelenskiy-prime-minister-or-president';
const troopFigures = 'disc:readout-troop-figures';

describe('discrepancies where the fact is', () => {
  it('reach the meeting, the person, each office and the disputed holding itself', async () => {
    const data = await runOperation<Ops.MeetingDiscrepanciesQuery>('MeetingDiscrepancies');
    expect(data.meeting?.discrepancies.map((d) => [d.id, d.kind])).toEqual([[zelenskiyTitle, 'INTERNAL']]);
    expect(data.actor?.discrepancies.map((d) => d.id)).toEqual([zelenskiyTitle]);
    if (data.actor?.__typename !== 'Person') throw new Error('Zelenskiy is not a Person');
    // Only the holding the article words wrongly carries the discrepancy; both offices are concerned by it.
    expect(data.actor.offices.map((o) => [o.office.title, o.wording, o.discrepancies.map((d) => d.id), o.office.discrepancies.map((d) => d.id)])).toEqual([
      ['President of Ukraine', null, [], [zelenskiyTitle]],
      ['Prime Minister of Ukraine', 'the Ukrainian prime minister', [zelenskiyTitle], [zelenskiyTitle]],
    ]);
  });

  it('reach claims, events and quantities: the readout’s two troop figures', async () => {
    const data = await gqlData<{ claim: { discrepancies: { id: string }[] }; event: { discrepancies: { id: string }[] }; quantity: { discrepancies: { id: string }[] } }>(`{
      claim(id: "claim:readout-truss-demands-troop-pullback") { discrepancies { id } }
      event(id: "event:russian-troop-buildup-near-ukraine") { discrepancies { id } }
      quantity: node(id: "qty:readout-about-130000-troops") { ... on Quantity { discrepancies { id } } }
    }`);
    expect(data.claim.discrepancies).toEqual([{ id: troopFigures }]);
    expect(data.event.discrepancies).toEqual([{ id: troopFigures }]);
    expect(data.quantity.discrepancies).toEqual([{ id: troopFigures }]);
  });

  it('every node a discrepancy concerns lists that discrepancy, and a node no discrepancy concerns lists none', async () => {
    const { discrepancies } = await gqlData<{ discrepancies: { id: string; concerns: { id: string }[] }[] }>('{ discrepancies { id concerns { id } } }');
    const expected = new Map<string, string[]>();
    for (const d of discrepancies) for (const node of d.concerns) expected.set(node.id, [...(expected.get(node.id) ?? []), d.id].sort());
    expect(expected.size).toBeGreaterThan(15);
    const ids = [...expected.keys(), 'person:liz-truss', 'place:moscow', 'country:gbr'];
    const { nodes } = await gqlData<{ nodes: { id: string; discrepancies: { id: string }[] }[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Actor { discrepancies { id } } ... on Place { discrepancies { id } } ... on Office { discrepancies { id } }
         ... on Meeting { discrepancies { id } } ... on Event { discrepancies { id } } ... on Claim { discrepancies { id } } ... on Quantity { discrepancies { id } } } }`,
      { ids },
    );
    for (const node of nodes) expect(node.discrepancies.map((d) => d.id), node.id).toEqual(expected.get(node.id) ?? []);
  });
});

interface ClaimLite { id: string; kind: string; status: string; reportedIn: { id: string }[] }
const article = 'src:article';
const readout = 'src:moscow-talks-readout';
const background = 'src:background';

describe('claims about a meeting or event, filtered', () => {
  const talks = (args: string) =>
    gqlData<{ meeting: { claimsAbout: ClaimLite[] } }>(`{ meeting(id: "meeting:truss-lavrov-moscow-talks") { claimsAbout${args} { id kind status reportedIn { id } } } }`).then((d) => d.meeting.claimsAbout);

  it('by source: the article’s claims apart from the readout’s and the background’s', async () => {
    const all = await talks('');
    const fromArticle = await talks(`(sources: ["${article}"])`);
    expect(fromArticle.map((c) => c.id)).toEqual([
      'claim:truss-to-warn-sanctions-will-hit-putins-allies',
      'claim:russia-says-uk-requested-talks',
      'claim:foreign-office-does-not-confirm-talks',
      'claim:embassy-announces-truss-lavrov-talks',
      'claim:article-talks-likely-to-go-ahead',
      'claim:article-first-such-visit-in-five-years',
    ]);
    for (const source of [article, readout, background]) {
      const filtered = await talks(`(sources: ["${source}"])`);
      expect(filtered.length, source).toBeGreaterThan(0);
      expect(filtered, source).toEqual(all.filter((c) => c.reportedIn.some((r) => r.id === source)));
    }
    expect((await talks(`(sources: ["${article}", "${background}"])`)).length).toBe(8);
  });

  it('by kind and status: the one warning still to be given', async () => {
    expect((await talks('(status: [PLANNED])')).map((c) => [c.id, c.kind])).toEqual([['claim:truss-to-warn-sanctions-will-hit-putins-allies', 'WARNING']]);
    expect((await talks('(kinds: [ACCUSATION], sources: ["src:moscow-talks-readout"])')).map((c) => c.id)).toEqual(['claim:readout-lavrov-british-delegation-unprepared']);
  });

  it('on an event alike', async () => {
    const data = await gqlData<{ event: { claimsAbout: ClaimLite[] } }>(
      '{ event(id: "event:russian-troop-buildup-near-ukraine") { claimsAbout(kinds: [DENIAL]) { id kind status reportedIn { id } } } }',
    );
    expect(data.event.claimsAbout.map((c) => c.id)).toEqual(['claim:readout-lavrov-troops-threaten-nobody']);
  });
});

type Item = { id: string; sources?: { nodes: { id: string }[] }; reportedIn?: { id: string }[] };
// The graph has three sources, so a page of five holds every fact's (and costs a fifth of the default twenty).
const mixed = '... on Meeting { id sources(first: 5) { nodes { id } } } ... on Event { id sources(first: 5) { nodes { id } } } ... on Claim { id reportedIn { id } }';
const fact = 'id sources(first: 5) { nodes { id } }';
const claim = 'id reportedIn { id }';
/** What a list's nodes must select: claims name their sources as reportedIn. */
const fieldsOf = (field: string) => (field === 'timeline' ? mixed : field.startsWith('claims') ? claim : fact);
const statedBy = (item: Item, source: string) => [...(item.sources?.nodes ?? []), ...(item.reportedIn ?? [])].some((s) => s.id === source);

/** Every list of facts, by the path to its nodes, with a place to put the sources argument. */
const lists: [string, (sources: string) => string, (data: Record<string, unknown>) => Item[]][] = [
  ['meetings', (s) => `meetings(first: 100${s && `, filter: { sources: ${s} }`}) { nodes { ${fact} } }`, (d) => (d['meetings'] as { nodes: Item[] }).nodes],
  ['meetingsBetween', (s) => `meetingsBetween(a: "country:gbr", b: "country:rus", first: 100${s && `, filter: { sources: ${s} }`}) { nodes { ${fact} } }`, (d) => (d['meetingsBetween'] as { nodes: Item[] }).nodes],
  ['events', (s) => `events(first: 100${s && `, filter: { sources: ${s} }`}) { nodes { ${fact} } }`, (d) => (d['events'] as { nodes: Item[] }).nodes],
  ['claims', (s) => `claims(first: 100${s && `, filter: { sources: ${s} }`}) { nodes { ${claim} } }`, (d) => (d['claims'] as { nodes: Item[] }).nodes],
  ['happenings', (s) => `happenings(first: 100${s && `, filter: { sources: ${s} }`}) { nodes { ${mixed} } }`, (d) => (d['happenings'] as { nodes: Item[] }).nodes],
  ['timeline', (s) => `timeline(actor: "person:liz-truss", first: 100${s && `, sources: ${s}`}) { nodes { ${mixed} } }`, (d) => (d['timeline'] as { nodes: Item[] }).nodes],
  ...(['meetings', 'events', 'claimsMade', 'claimsAbout', 'timeline'] as const).map(
    (field) =>
      [
        `Country.${field}`,
        (s: string) => `actor(id: "country:gbr") { ${field}(first: 100${s && `, sources: ${s}`}) { nodes { ${fieldsOf(field)} } } }`,
        (d: Record<string, unknown>) => ((d['actor'] as Record<string, { nodes: Item[] }>)[field]!).nodes,
      ] as [string, (sources: string) => string, (data: Record<string, unknown>) => Item[]],
  ),
  ...(['meetings', 'events', 'claimsAbout'] as const).map(
    (field) =>
      [
        `Place.${field}`,
        (s: string) => `place(id: "${field === 'meetings' ? 'place:moscow' : 'place:crimea'}") { ${field}(first: 100${s && `, sources: ${s}`}) { nodes { ${fieldsOf(field)} } } }`,
        (d: Record<string, unknown>) => ((d['place'] as Record<string, { nodes: Item[] }>)[field]!).nodes,
      ] as [string, (sources: string) => string, (data: Record<string, unknown>) => Item[]],
  ),
];

describe('every list of facts can be limited to sources', () => {
  it.each(lists)('%s keeps exactly the items one of the given sources states, in the same order', async (_name, field, nodesOf) => {
    const all = nodesOf(await gqlData(`{ ${field('')} }`));
    const answers = new Set<string>();
    for (const source of [article, readout, background]) {
      const kept = nodesOf(await gqlData(`{ ${field(`["${source}"]`)} }`)).map((i) => i.id);
      expect(kept, source).toEqual(all.filter((item) => statedBy(item, source)).map((i) => i.id));
      answers.add(JSON.stringify(kept));
    }
    // The sources give different answers, so the filter is at work here.
    expect(answers.size).toBeGreaterThan(1);
  });
});

describe('claims linked to a claim, filtered', () => {
  it('echoes and echoedBy keep the claims of the given kinds, statuses and sources', async () => {
    const query = (args: string) =>
      gqlData<{ claims: { nodes: { id: string; echoes: { id: string; kind: string }[]; echoedBy: { id: string; status: string }[] }[] } }>(
        `{ claims(first: 100) { nodes { id echoes${args} { id kind } echoedBy${args} { id status } } } }`,
      ).then((d) => d.claims.nodes);
    const all = await query('');
    const echoing = all.filter((c) => c.echoes.length > 0);
    expect(echoing.length).toBeGreaterThan(0);
    const kind = echoing[0]!.echoes[0]!.kind;
    const byKind = await query(`(kinds: [${kind}])`);
    for (const [i, claim] of all.entries()) expect(byKind[i]!.echoes, claim.id).toEqual(claim.echoes.filter((e) => e.kind === kind));
    const occurred = await query('(status: [OCCURRED])');
    for (const [i, claim] of all.entries()) expect(occurred[i]!.echoedBy, claim.id).toEqual(claim.echoedBy.filter((e) => e.status === 'OCCURRED'));
    const noSource = await query('(sources: ["src:no-such-source"])');
    expect(noSource.every((c) => c.echoes.length === 0 && c.echoedBy.length === 0)).toBe(true);
    const allSources = await query(`(sources: ["${article}", "${readout}", "${background}"])`);
    expect(allSources.map((c) => [c.echoes.map((e) => e.id), c.echoedBy.map((e) => e.id)])).toEqual(all.map((c) => [c.echoes.map((e) => e.id), c.echoedBy.map((e) => e.id)]));
  });
});
