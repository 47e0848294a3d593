/**
 * Corroboration: how many sources state a meeting, event or claim, background knowledge apart
 * (`sourceCount`), and the lists' `minSources`, which keeps what enough sources state.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { listSourceFiles } from '../../src/ingest/sources.js';
import { gql, gqlData, type Page } from '../support/graphql.js';
import { useInProcessApi } from '../support/inProcess.js';

interface AnnotationFile {
  readonly source: { readonly id: string; readonly kind: string };
  readonly supports?: readonly string[];
  readonly meetings?: readonly { readonly id: string }[];
  readonly events?: readonly { readonly id: string }[];
  readonly claims?: readonly { readonly id: string }[];
}

const files = listSourceFiles(path.join(projectRoot, 'sources')).map((file) => parse(readFileSync(file, 'utf8')) as AnnotationFile);

/**
 * Which sources state each meeting, event and claim, as the loader writes them
 * (src/ingest/compile.ts, load.ts): a meeting or event is stated by every file that defines it
 * or lists it under `supports` (SUPPORTED_BY); a claim by every file that defines it, each
 * reporting it (REPORTED_IN), since `supports` writes no report. Background files are left out.
 */
function statingSources(): Map<string, Set<string>> {
  const happenings = new Set(files.flatMap((file) => [...(file.meetings ?? []), ...(file.events ?? []), ...(file.claims ?? [])].map((item) => item.id)));
  const claims = new Set(files.flatMap((file) => (file.claims ?? []).map((claim) => claim.id)));
  const stating = new Map<string, Set<string>>([...happenings].map((id) => [id, new Set<string>()]));
  for (const file of files) {
    if (file.source.kind === 'BACKGROUND') continue;
    const defined = [...(file.meetings ?? []), ...(file.events ?? []), ...(file.claims ?? [])].map((item) => item.id);
    const supported = (file.supports ?? []).filter((id) => happenings.has(id) && !claims.has(id));
    for (const id of [...defined, ...supported]) stating.get(id)!.add(file.source.id);
  }
  return stating;
}

const atLeast = (minimum: number): string[] =>
  [...statingSources()].filter(([, sources]) => sources.size >= minimum).map(([id]) => id).sort();

interface Counted {
  readonly __typename: string;
  readonly id: string;
  readonly sourceCount: number;
}

const happeningsQuery = `query ($min: Int) {
  happenings(filter: { minSources: $min }, first: 100) {
    totalCount
    nodes {
      __typename
      ... on Meeting { id sourceCount }
      ... on Event { id sourceCount }
      ... on Claim { id sourceCount }
    }
  }
}`;

const talks = 'meeting:truss-lavrov-moscow-talks';
const run = useInProcessApi();

describe('happenings(filter: { minSources })', () => {
  it('lists exactly the meetings, events and claims two or more non-background sources state, as the annotation files say', async () => {
    const expected = atLeast(2);
    expect(expected).toContain(talks);
    const data = await gqlData<{ happenings: Page<Counted> }>(happeningsQuery, { min: 2 });
    expect(data.happenings.totalCount).toBe(expected.length);
    expect(data.happenings.nodes.map((node) => node.id).sort()).toEqual(expected);
    for (const node of data.happenings.nodes) expect(node.sourceCount, node.id).toBe(statingSources().get(node.id)!.size);
  });

  it('with 1 leaves out only what background knowledge alone states', async () => {
    const expected = atLeast(1);
    const everything = await gqlData<{ happenings: Page<Counted> }>(happeningsQuery, { min: null });
    expect(expected.length).toBeLessThan(everything.happenings.totalCount);
    const data = await gqlData<{ happenings: Page<Counted> }>(happeningsQuery, { min: 1 });
    expect(data.happenings.nodes.map((node) => node.id).sort()).toEqual(expected);
  });

  it('keeps one database round trip for the root field, with the same answer when loaded level by level', async () => {
    const query = `{ happenings(filter: { minSources: 2 }) { nodes {
      ... on Meeting { id sourceCount participants { sourceCount sources { nodes { id kind } } } }
      ... on Event { id sourceCount participants { sourceCount sources { nodes { id kind } } } }
      ... on Claim { id sourceCount } } } }`;
    const planned = await run(query);
    expect(planned.errors).toBeUndefined();
    expect(planned.roundTrips).toEqual({ 'planned:happenings': 1 });
    expect((await run(query, {}, { planner: false })).data).toEqual(planned.data);
  });
});

describe('sourceCount', () => {
  it('is 2 for the Moscow talks (the article and the readout), whose background mention does not count', async () => {
    const data = await gqlData<{ meeting: { sourceCount: number; sources: { totalCount: number; nodes: { id: string }[] } } }>(
      `{ meeting(id: "${talks}") { sourceCount sources { totalCount nodes { id } } } }`,
    );
    // Background knowledge first, then by publication.
    expect(data.meeting.sources).toEqual({ totalCount: 3, nodes: [{ id: 'src:background' }, { id: 'src:article' }, { id: 'src:moscow-talks-readout' }] });
    expect(data.meeting.sourceCount).toBe(2);
  });

  it('is 0 for a fact background knowledge alone states', async () => {
    const backgroundOnly = 'claim:bg-salisbury-poisoning-4-march-2018';
    expect(statingSources().get(backgroundOnly)?.size).toBe(0);
    const data = await gqlData<{ claim: { sourceCount: number; reportedIn: { id: string }[] } }>(
      `{ claim(id: "${backgroundOnly}") { sourceCount reportedIn { id } } }`,
    );
    expect(data.claim).toEqual({ sourceCount: 0, reportedIn: [{ id: 'src:background' }] });
  });

  it('counts, as of a day, only the sources published by then, as the lists do', async () => {
    const data = await gqlData<Record<string, { sourceCount: number } | Page<{ id: string }>>>(
      `{ before: meeting(id: "${talks}", asOf: "2022-02-01") { sourceCount }
         after: meeting(id: "${talks}", asOf: "2022-02-11") { sourceCount }
         listedBefore: meetings(filter: { asOf: "2022-02-01", minSources: 2 }) { totalCount nodes { id } }
         listedAfter: meetings(filter: { asOf: "2022-02-11", minSources: 2 }) { totalCount nodes { id } } }`,
    );
    expect(data['before']).toEqual({ sourceCount: 1 });
    expect(data['after']).toEqual({ sourceCount: 2 });
    expect((data['listedBefore'] as Page<{ id: string }>).nodes.map((node) => node.id)).not.toContain(talks);
    expect((data['listedAfter'] as Page<{ id: string }>).nodes.map((node) => node.id)).toContain(talks);
  });

  it("of a participation counts the sources stating it, background knowledge apart", async () => {
    const data = await gqlData<{ meeting: { participants: { sourceCount: number; sources: { totalCount: number; nodes: { id: string; kind: string }[] } }[] } }>(
      `{ meeting(id: "${talks}") { participants { sourceCount sources { totalCount nodes { id kind } } } } }`,
    );
    expect(data.meeting.participants.length).toBeGreaterThan(0);
    for (const participation of data.meeting.participants) {
      expect(participation.sources.totalCount).toBe(participation.sources.nodes.length);
      expect(participation.sourceCount).toBe(participation.sources.nodes.filter((source) => source.kind !== 'BACKGROUND').length);
    }
    expect(Math.max(...data.meeting.participants.map((participation) => participation.sourceCount))).toBe(2);
  });
});

describe('minSources on every list', () => {
  it('keeps the talks on the lists of actors and places, and in meetings, meetingsBetween and the timeline', async () => {
    const data = await gqlData<Record<string, unknown>>(
      `{ meetings(filter: { minSources: 2 }) { nodes { id } }
         meetingsBetween(a: "country:gbr", b: "country:rus", filter: { minSources: 2 }) { nodes { id } }
         timeline(actor: "person:liz-truss", minSources: 2) { nodes { ... on Meeting { id } } }
         lavrov: actor(id: "person:sergei-lavrov") { meetings(minSources: 2) { nodes { id } } }
         moscow: place(id: "place:moscow") { meetings(minSources: 2) { nodes { id } } } }`,
    );
    const text = JSON.stringify(data);
    for (const field of ['meetings', 'meetingsBetween', 'timeline', 'lavrov', 'moscow']) {
      expect(JSON.stringify(data[field]), field).toContain(talks);
    }
    expect(text).not.toContain('meeting:johnson-moscow-visit-2017');
  });

  it('keeps on events and claims only what enough sources state', async () => {
    const data = await gqlData<Record<string, Page<{ id: string }>>>(
      `{ events(filter: { minSources: 2 }) { totalCount nodes { id } }
         claims(filter: { minSources: 2 }) { totalCount nodes { id } } }`,
    );
    const expected = atLeast(2);
    expect(data['events']!.nodes.map((node) => node.id).sort()).toEqual(expected.filter((id) => id.startsWith('event:')));
    expect(data['claims']!.nodes.map((node) => node.id).sort()).toEqual(expected.filter((id) => id.startsWith('claim:')));
  });

  it.each([0, 101, -3])('refuses %s with BAD_USER_INPUT saying what is allowed', async (minSources) => {
    for (const query of [
      'query ($n: Int) { happenings(filter: { minSources: $n }) { totalCount } }',
      'query ($n: Int) { claims(filter: { minSources: $n }) { totalCount } }',
      'query ($n: Int) { actor(id: "person:liz-truss") { ... on Person { meetings(minSources: $n) { totalCount } } } }',
    ]) {
      const response = await gql(query, { n: minSources });
      expect(response.errors?.[0]?.extensions?.['code'], query).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toBe(
        `minSources must be between 1 and 100 (how many sources, background knowledge apart, must state each item); got ${minSources}. Omit it for no minimum`,
      );
    }
  });
});
