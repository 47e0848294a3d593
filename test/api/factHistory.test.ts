/**
 * Every fact's own account: events, claims, quantities, office holdings and
 * place links keep what each source said of them (`history`, `placeHistory`), as meetings do.
 * Every expected value is read from the annotation files (sources/*.yaml), not from the API:
 * the article (published by 30 January 2022), the readout of the Moscow talks (11 February 2022)
 * and background knowledge (counted from 2026-11-29, listed first). As of 1 February 2022 only
 * the article's accounts remain.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../src/config.js';
import { gqlData } from '../support/graphql.js';

type Entry = Record<string, unknown> & { id?: string };
interface Annotation {
  readonly sourceId: string;
  readonly background: boolean;
  readonly publishedEnd: string;
  readonly doc: Record<string, unknown>;
}

const files = ['background.yaml', 'truss-lavrov.yaml', 'moscow-talks-readout.yaml'];
/** The annotation files, oldest publication first (background knowledge first), as `history` lists them. */
const annotations: Annotation[] = files
  .map((file) => {
    const doc = parse(readFileSync(path.join(projectRoot, 'sources', file), 'utf8')) as Record<string, unknown>;
    const source = doc['source'] as { id: string; kind: string; published: { end: string } };
    return { sourceId: source.id, background: source.kind === 'BACKGROUND', publishedEnd: String(source.published.end), doc };
  })
  .sort((a, b) => Number(!a.background) - Number(!b.background) || a.publishedEnd.localeCompare(b.publishedEnd));

const sections = ['actors', 'places', 'offices', 'meetings', 'events', 'claims', 'quantities'];
const entriesOf = (doc: Record<string, unknown>, section: string) => (doc[section] as Entry[] | undefined) ?? [];

/**
 * Each source's entry for a node of a section, oldest first: its own entry, or `null` when the
 * file only lists the node among those it supports.
 */
function nodeAccounts(section: string, id: string): { sourceId: string; entry: Entry | null }[] {
  return annotations.flatMap(({ sourceId, doc }): { sourceId: string; entry: Entry | null }[] => {
    const entry = entriesOf(doc, section).find((candidate) => candidate.id === id);
    if (entry) return [{ sourceId, entry }];
    return ((doc['supports'] as string[] | undefined) ?? []).includes(id) ? [{ sourceId, entry: null }] : [];
  });
}

/** Each source's statement of a link (from a node's `links`, either end, or a file's `relations`), oldest first. */
function linkAccounts(type: string, from: string, to: string): { sourceId: string; link: Entry }[] {
  return annotations.flatMap(({ sourceId, doc }) => {
    const links: Entry[] = [];
    for (const section of sections) {
      for (const entry of entriesOf(doc, section)) {
        for (const link of (entry['links'] as Entry[] | undefined) ?? []) {
          if (link['type'] !== type) continue;
          if ((entry.id === from && link['to'] === to) || (entry.id === to && link['from'] === from)) links.push(link);
        }
      }
    }
    for (const relation of (doc['relations'] as Entry[] | undefined) ?? []) {
      if (relation['type'] === type && relation['from'] === from && relation['to'] === to) links.push(relation);
    }
    return links.map((link) => ({ sourceId, link }));
  });
}

const publishedEnd = (sourceId: string) => annotations.find((a) => a.sourceId === sourceId)!.publishedEnd;
const words = (list: unknown) => [...new Set((list as string[] | undefined) ?? [])].sort();
const exacts = (evidence: { exact: string }[]) => [...new Set(evidence.map((e) => e.exact))].sort();
const orNull = (value: unknown) => (value === undefined ? null : value);

/** A time as the API gives it, from an annotation's `time` (basis STATED unless given); null when none. */
function timeOf(time: Entry | undefined) {
  if (!time) return null;
  return {
    text: orNull(time['text']),
    start: orNull(time['start']),
    end: orNull(time['end']),
    precision: time['precision'],
    basis: time['basis'] ?? 'STATED',
  };
}

const TIME = 'time { text start end precision basis }';
const ACCOUNT = `source { id } published { end }`;

interface Account {
  source: { id: string };
  published: { end: string };
  evidence: { exact: string }[];
}

describe('claims: each source’s account', () => {
  const query = `query ($asOf: Date) { meeting(id: "meeting:truss-lavrov-moscow-talks", asOf: $asOf) {
    claimsAbout { id history { ${ACCOUNT} text kind mode status ${TIME} evidence { exact } } } } }`;
  type Data = { meeting: { claimsAbout: { id: string; history: (Account & Record<string, unknown>)[] }[] } };

  it('gives every claim about the Moscow talks as each source states it, oldest publication first', async () => {
    const { meeting } = await gqlData<Data>(query);
    expect(meeting.claimsAbout.length).toBeGreaterThan(5);
    const seen = new Set<string>();
    for (const claim of meeting.claimsAbout) {
      const expected = nodeAccounts('claims', claim.id);
      expect(expected.length, claim.id).toBeGreaterThan(0);
      expect(
        claim.history.map(({ evidence, ...account }) => ({ ...account, evidence: exacts(evidence) })),
        claim.id,
      ).toEqual(
        expected.map(({ sourceId, entry }) => ({
          source: { id: sourceId },
          published: { end: publishedEnd(sourceId) },
          text: orNull(entry?.['text']),
          kind: orNull(entry?.['claimKind']),
          mode: orNull(entry?.['mode']),
          status: orNull(entry?.['status']),
          time: timeOf(entry?.['time'] as Entry | undefined),
          evidence: words(entry?.['evidence']),
        })),
      );
      for (const account of claim.history) seen.add(account.source.id);
    }
    // The three sources each give an account of some claim about the talks.
    expect([...seen].sort()).toEqual(['src:article', 'src:background', 'src:moscow-talks-readout']);
  });

  it('as of 1 February 2022 keeps only the article’s accounts', async () => {
    const { meeting } = await gqlData<Data>(query, { asOf: '2022-02-01' });
    expect(meeting.claimsAbout.length).toBeGreaterThan(0);
    for (const claim of meeting.claimsAbout) {
      expect(claim.history.map((account) => account.source.id), claim.id).toEqual(['src:article']);
      const article = nodeAccounts('claims', claim.id).find((account) => account.sourceId === 'src:article')!;
      expect(claim.history[0]).toMatchObject({ text: article.entry!['text'], status: article.entry!['status'] });
    }
  });
});

describe('quantities: each source’s account', () => {
  const QUANTITY = `id history { ${ACCOUNT} kind value unit money { amount currency } text evidence { exact } }`;
  const query = `query ($asOf: Date) { meeting(id: "meeting:truss-lavrov-moscow-talks", asOf: $asOf) {
    quantities { ${QUANTITY} } claimsAbout { quantities { ${QUANTITY} } } } }`;
  type Quantity = { id: string; history: (Account & Record<string, unknown>)[] };
  type Data = { meeting: { quantities: Quantity[]; claimsAbout: { quantities: Quantity[] }[] } };
  const all = (data: Data) => [...data.meeting.quantities, ...data.meeting.claimsAbout.flatMap((claim) => claim.quantities)];

  it('gives the Moscow talks’ figures (the readout’s two hours, five years against more than four) as each source states them', async () => {
    const quantities = all(await gqlData<Data>(query));
    expect(quantities.map((q) => q.id)).toEqual(
      expect.arrayContaining(['qty:readout-talks-about-two-hours', 'qty:five-years-since-last-visit', 'qty:readout-more-than-four-years', 'qty:bg-more-than-four-years']),
    );
    for (const quantity of quantities) {
      const expected = nodeAccounts('quantities', quantity.id);
      expect(
        quantity.history.map(({ evidence, ...account }) => ({ ...account, evidence: exacts(evidence) })),
        quantity.id,
      ).toEqual(
        expected.map(({ sourceId, entry }) => ({
          source: { id: sourceId },
          published: { end: publishedEnd(sourceId) },
          kind: orNull(entry?.['quantityKind']),
          value: orNull(entry?.['value']),
          unit: orNull(entry?.['unit']),
          money: entry?.['currency'] ? { amount: entry['value'], currency: entry['currency'] } : null,
          text: orNull(entry?.['text']),
          evidence: words(entry?.['evidence']),
        })),
      );
    }
  });

  it('as of 1 February 2022 keeps only the article’s figures', async () => {
    const quantities = all(await gqlData<Data>(query, { asOf: '2022-02-01' }));
    expect(quantities.map((q) => q.id)).toEqual(['qty:five-years-since-last-visit']);
    expect(quantities[0]!.history).toEqual([
      expect.objectContaining({ source: { id: 'src:article' }, value: 5, unit: 'year', text: 'five years', evidence: [{ exact: 'first of its kind for five years' }] }),
    ]);
  });
});

describe('events: each source’s account', () => {
  const id = 'event:double-agent-poisoning';
  const query = `query ($asOf: Date) { event(id: "${id}", asOf: $asOf) {
    history { ${ACCOUNT} title summary kind status ${TIME} participants { role actor { id } } evidence { exact } }
    placeHistory { ${ACCOUNT} place { id } country { id } forum { id } wording evidence { exact } } } }`;
  type Data = {
    event: {
      history: (Account & { participants: { role: string; actor: { id: string } }[] } & Record<string, unknown>)[];
      placeHistory: (Account & Record<string, unknown>)[];
    } | null;
  };

  const expectedHistory = (sourceIds?: string[]) =>
    nodeAccounts('events', id)
      .filter(({ sourceId }) => !sourceIds || sourceIds.includes(sourceId))
      .map(({ sourceId, entry }) => ({
        source: { id: sourceId },
        published: { end: publishedEnd(sourceId) },
        title: orNull(entry?.['title']),
        summary: orNull(entry?.['summary']),
        kind: orNull(entry?.['eventKind']),
        status: orNull(entry?.['status']),
        time: timeOf(entry?.['time'] as Entry | undefined),
        participants: (((entry?.['participants'] as Entry[] | undefined) ?? []).map((p) => `${String(p['actor'])} ${String(p['role'])}`)).sort(),
        evidence: words(entry?.['evidence']),
      }));
  const shaped = (history: NonNullable<Data['event']>['history']) =>
    history.map(({ evidence, participants, ...account }) => ({
      ...account,
      participants: participants.map((p) => `${p.actor.id} ${p.role}`).sort(),
      evidence: exacts(evidence),
    }));

  it('keeps the background’s date (4 March 2018) beside the article’s “before 2020”, each with its own words', async () => {
    const { event } = await gqlData<Data>(query);
    const expected = expectedHistory();
    expect(expected.map((account) => account.source.id)).toEqual(['src:background', 'src:article']);
    expect(shaped(event!.history)).toEqual(expected);
    // The two sources date it differently: that is what the history shows.
    expect(event!.history.map((account) => (account['time'] as { end: string }).end)).toEqual(['2018-03-04', '2019-12-31']);
  });

  it('gives where it happened as each source says (background: Salisbury)', async () => {
    const { event } = await gqlData<Data>(query);
    const links = linkAccounts('TAKES_PLACE_IN', id, 'place:salisbury');
    expect(links.map((l) => l.sourceId)).toEqual(['src:background']);
    expect(event!.placeHistory.map(({ evidence, ...account }) => ({ ...account, evidence: exacts(evidence) }))).toEqual(
      links.map(({ sourceId, link }) => ({
        source: { id: sourceId },
        published: { end: publishedEnd(sourceId) },
        place: { id: 'place:salisbury' },
        country: null,
        forum: null,
        wording: orNull(link['wording']),
        evidence: words(link['evidence']),
      })),
    );
  });

  it('as of 1 February 2022 keeps only the article’s account, and no place (only background gives one)', async () => {
    const { event } = await gqlData<Data>(query, { asOf: '2022-02-01' });
    expect(shaped(event!.history)).toEqual(expectedHistory(['src:article']));
    expect(event!.placeHistory).toEqual([]);
  });
});

describe('office holdings: each source’s time, wording and words', () => {
  const HOLDING = `office { id } history { ${ACCOUNT} ${TIME} wording current evidence { exact } }`;
  const query = `query ($id: ID!, $asOf: Date) { actor(id: $id, asOf: $asOf) { ... on Person { offices { ${HOLDING} } } } }`;
  type Data = { actor: { offices: { office: { id: string }; history: (Account & Record<string, unknown>)[] }[] } | null };

  const expected = (person: string, office: string, sourceIds?: string[]) =>
    linkAccounts('HOLDS_OFFICE', person, office)
      .filter(({ sourceId }) => !sourceIds || sourceIds.includes(sourceId))
      .map(({ sourceId, link }) => ({
        source: { id: sourceId },
        published: { end: publishedEnd(sourceId) },
        time: timeOf(link['time'] as Entry | undefined),
        wording: orNull(link['wording']),
        current: orNull(link['current']),
        evidence: words(link['evidence']),
      }));
  const historyOf = (data: Data, office: string) =>
    data.actor?.offices
      .find((holding) => holding.office.id === office)
      ?.history.map(({ evidence, ...account }) => ({ ...account, evidence: exacts(evidence) }));

  it('keeps the article’s and the readout’s account of Liz Truss as foreign secretary, each with its own time', async () => {
    const data = await gqlData<Data>(query, { id: 'person:liz-truss' });
    const accounts = expected('person:liz-truss', 'office:uk-foreign-secretary');
    expect(accounts.map((a) => a.source.id)).toEqual(['src:article', 'src:moscow-talks-readout']);
    expect(historyOf(data, 'office:uk-foreign-secretary')).toEqual(accounts);
    // The article's week of publication, the readout's 10 February: not the latest source's only.
    expect(accounts.map((a) => a.time?.precision)).toEqual(['WEEK', 'DAY']);
  });

  it('keeps background knowledge’s and the readout’s account of Sergei Lavrov as foreign minister', async () => {
    const data = await gqlData<Data>(query, { id: 'person:sergei-lavrov' });
    const accounts = expected('person:sergei-lavrov', 'office:russia-foreign-minister');
    expect(accounts.map((a) => a.source.id)).toEqual(['src:background', 'src:moscow-talks-readout']);
    expect(historyOf(data, 'office:russia-foreign-minister')).toEqual(accounts);
  });

  it('as of 1 February 2022 keeps only the article’s account (Lavrov’s holding is not yet known)', async () => {
    const truss = await gqlData<Data>(query, { id: 'person:liz-truss', asOf: '2022-02-01' });
    expect(historyOf(truss, 'office:uk-foreign-secretary')).toEqual(expected('person:liz-truss', 'office:uk-foreign-secretary', ['src:article']));
    const lavrov = await gqlData<Data>(query, { id: 'person:sergei-lavrov', asOf: '2022-02-01' });
    expect(lavrov.actor).not.toBeNull();
    expect(historyOf(lavrov, 'office:russia-foreign-minister')).toBeUndefined();
  });
});

describe('place links: each source’s account', () => {
  const talks = 'meeting:truss-lavrov-moscow-talks';
  const query = `query ($asOf: Date) {
    meeting(id: "${talks}", asOf: $asOf) { placeHistory { ${ACCOUNT} place { id } country { id } forum { id } wording evidence { exact } } }
    rostov: place(id: "place:rostov-region", asOf: $asOf) { countries { country { id } history { ${ACCOUNT} contested evidence { exact } } } }
  }`;
  type Data = {
    meeting: { placeHistory: (Account & Record<string, unknown>)[] };
    rostov: { countries: { country: { id: string }; history: (Account & Record<string, unknown>)[] }[] } | null;
  };
  const expectedPlace = (sourceIds?: string[]) =>
    linkAccounts('TAKES_PLACE_IN', talks, 'place:moscow')
      .filter(({ sourceId }) => !sourceIds || sourceIds.includes(sourceId))
      .map(({ sourceId, link }) => ({
        source: { id: sourceId },
        published: { end: publishedEnd(sourceId) },
        place: { id: 'place:moscow' },
        country: null,
        forum: null,
        wording: orNull(link['wording']),
        evidence: words(link['evidence']),
      }));
  const shaped = (accounts: (Account & Record<string, unknown>)[]) => accounts.map(({ evidence, ...account }) => ({ ...account, evidence: exacts(evidence) }));

  it('gives where the Moscow talks are held as the article and the readout each word it', async () => {
    const data = await gqlData<Data>(query);
    const expected = expectedPlace();
    expect(expected.map((a) => a.source.id)).toEqual(['src:article', 'src:moscow-talks-readout']);
    expect(shaped(data.meeting.placeHistory)).toEqual(expected);
  });

  it('gives a place’s country as the source that states it (the readout: the Rostov region lies in Russia)', async () => {
    const data = await gqlData<Data>(query);
    const links = linkAccounts('LOCATED_IN', 'place:rostov-region', 'country:rus');
    expect(links.map((l) => l.sourceId)).toEqual(['src:moscow-talks-readout']);
    const link = data.rostov!.countries.find((c) => c.country.id === 'country:rus')!;
    expect(shaped(link.history)).toEqual(
      links.map(({ sourceId, link: stated }) => ({
        source: { id: sourceId },
        published: { end: publishedEnd(sourceId) },
        contested: orNull(stated['contested']),
        evidence: words(stated['evidence']),
      })),
    );
  });

  it('as of 1 February 2022 keeps only the article’s account; the Rostov region is not yet known', async () => {
    const data = await gqlData<Data>(query, { asOf: '2022-02-01' });
    expect(shaped(data.meeting.placeHistory)).toEqual(expectedPlace(['src:article']));
    expect(data.rostov).toBeNull();
  });
});
