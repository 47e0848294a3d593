import { describe, expect, it } from 'vitest';
import type * as Ops from '../../src/graphql/generated/operations.js';
import { gql, gqlData } from '../support/graphql.js';
import { runOperation } from '../support/operations.js';

const byName = async (name: string, kinds?: string[]) =>
  (await gqlData<{ actorsByName: { id: string }[] }>('query ($name: String!, $kinds: [ActorKind!]) { actorsByName(name: $name, kinds: $kinds) { id } }', { name, kinds })).actorsByName.map((a) => a.id);

describe('actorsByName', () => {
  it('finds an actor by a whole word of its name ("Defender" finds HMS Defender)', async () => {
    const data = await runOperation<Ops.FindDefenderQuery>('FindDefender');
    expect(data.actorsByName).toEqual([
      { __typename: 'Organisation', id: 'org:hms-defender', name: 'HMS Defender', aliases: [], named: true, country: { name: 'United Kingdom' } },
    ]);
  });

  it('finds an unnamed actor by words of its name, ignoring case ("double agent", "DOUBLE AGENT")', async () => {
    const data = await runOperation<Ops.FindDefenderQuery>('FindDefender', { name: 'double agent' });
    expect(data.actorsByName.map((a) => [a.id, a.named])).toEqual([['person:uk-double-agent', false]]);
    expect(await byName('DOUBLE AGENT')).toEqual(['person:uk-double-agent']);
  });

  it('matches whole words only, in order: part of a word or words out of order find nothing', async () => {
    expect(await byName('Defend')).toEqual([]);
    expect(await byName('agent double')).toEqual([]);
    expect(await byName('the')).toEqual([]);
  });

  it('still finds Volodymyr Zelenskiy alone by any spelling of his name', async () => {
    for (const spelling of ['Zelensky', 'Zelenskyy', 'zelenskiy', 'Volodymyr']) expect(await byName(spelling), spelling).toEqual(['person:volodymyr-zelenskiy']);
  });

  it('ranks the actor whose name it is before those that hold it as a word, each by name', async () => {
    expect(await byName('Russia')).toEqual(['country:rus', 'person:british-ambassador-to-russia', 'org:russian-embassy-london']);
  });

  it('ranks an actor with the name as an alias before word matches (UK: the United Kingdom, then UK officials...)', async () => {
    expect(await byName('UK')).toEqual(['country:gbr', 'person:uk-double-agent', 'org:uk-government', 'org:uk-intelligence-services', 'group:uk-officials']);
    expect(await byName('UK', ['GROUP'])).toEqual(['group:uk-officials']);
  });
});

describe('actors(named)', () => {
  it('lists only the actors the sources do not name, or only the named ones, which together are every actor', async () => {
    const data = await runOperation<Ops.UnnamedActorsQuery>('UnnamedActors');
    expect(data.actors.totalCount).toBe(10);
    expect(data.actors.nodes.map((a) => a.id)).toContain('person:uk-double-agent');
    expect(data.actors.nodes.map((a) => a.id)).toContain('group:russian-oligarchs');
    const counts = await gqlData<{ named: { totalCount: number; nodes: { named: boolean }[] }; unnamed: { nodes: { named: boolean }[] }; all: { totalCount: number } }>(
      '{ named: actors(named: true, first: 100) { totalCount nodes { named } } unnamed: actors(named: false, first: 100) { nodes { named } } all: actors { totalCount } }',
    );
    expect(counts.named.nodes.every((a) => a.named)).toBe(true);
    expect(counts.unnamed.nodes.every((a) => !a.named)).toBe(true);
    expect(counts.named.totalCount + 10).toBe(counts.all.totalCount);
  });
});

interface Step { fromName: string; fromKind: string; relationship: string; label: string; direction: string; toName: string; toKind: string; sentence: string; to: { id: string } }
const paths = async (args: string) =>
  (await gqlData<{ connections: { length: number; steps: Step[] }[] }>(
    `{ connections(${args}) { length steps { fromName fromKind relationship label direction toName toKind sentence to { id } } } }`,
  )).connections;
const through = (path: { steps: Step[] }) => path.steps.slice(0, -1).map((step) => step.to.id);

describe('connections limited to relationship types and kinds of node', () => {
  const trussZelenskiy = 'from: "person:liz-truss", to: "person:volodymyr-zelenskiy"';

  it('by default, Truss reaches Zelenskiy through her accusation about him as well as through her visit', async () => {
    expect((await paths(trussZelenskiy)).map(through)).toEqual([['claim:truss-accuses-russia-of-plot'], ['meeting:truss-kyiv-visit']]);
  });

  it('with excludeClaims, only through the meeting they share, each step named and labelled', async () => {
    const data = await runOperation<Ops.PathThroughMeetingQuery>('PathThroughMeeting');
    expect(data.connections).toEqual([
      {
        length: 2,
        steps: [
          {
            fromName: 'Liz Truss', fromKind: 'PERSON', relationship: 'PARTICIPATED_IN', label: 'is due to take part in', direction: 'OUTGOING', role: 'VISITOR',
            toName: 'Truss’s visit to Kyiv to meet Zelenskiy', toKind: 'MEETING', sentence: 'Liz Truss is due to take part in Truss’s visit to Kyiv to meet Zelenskiy',
          },
          {
            fromName: 'Truss’s visit to Kyiv to meet Zelenskiy', fromKind: 'MEETING', relationship: 'PARTICIPATED_IN', label: 'is due to take part in', direction: 'INCOMING', role: 'HOST',
            toName: 'Volodymyr Zelenskiy', toKind: 'PERSON', sentence: 'Volodymyr Zelenskiy is due to take part in Truss’s visit to Kyiv to meet Zelenskiy',
          },
        ],
      },
    ]);
  });

  it('with nodeKinds, only through nodes of those kinds', async () => {
    expect((await paths(`${trussZelenskiy}, nodeKinds: [MEETING]`)).map(through)).toEqual([['meeting:truss-kyiv-visit']]);
    expect((await paths(`${trussZelenskiy}, nodeKinds: [CLAIM]`)).map(through)).toEqual([['claim:truss-accuses-russia-of-plot']]);
  });

  it('with relationshipTypes, the shortest path over those types even when a shorter one exists over others', async () => {
    const direct = await paths('from: "person:liz-truss", to: "person:sergei-lavrov"');
    expect(direct.map((path) => path.steps.map((step) => step.relationship))).toEqual([['COUNTERPART_OF']]);
    expect(direct[0]!.steps[0]!.sentence).toBe('Sergei Lavrov is the counterpart of Liz Truss');
    const viaMeetings = await paths('from: "person:liz-truss", to: "person:sergei-lavrov", relationshipTypes: [PARTICIPATED_IN]');
    expect(viaMeetings.map(through)).toEqual([['meeting:truss-lavrov-moscow-talks']]);
  });

  it('refuses a relationship type it never follows, naming the allowed ones', async () => {
    const response = await gql('{ connections(from: "person:liz-truss", to: "person:sergei-lavrov", relationshipTypes: [SUPPORTED_BY]) { length } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toContain('"SUPPORTED_BY" does not exist in "PathRelationship" enum');
  });
});

const placesNamed = async (name: string) =>
  (await gqlData<{ placesByName: { id: string }[] }>('query ($name: String!) { placesByName(name: $name) { id } }', { name })).placesByName.map((p) => p.id);

describe('placesByName', () => {
  it('placesByName matches whole words as actorsByName does ("Rostov" finds the Rostov region)', async () => {
    expect(await placesNamed('Rostov')).toEqual(['place:rostov-region']);
    expect(await placesNamed('VORONEZH')).toEqual(['place:voronezh-region']);
    expect(await placesNamed('oblast')).toEqual(['place:rostov-region', 'place:voronezh-region']);
  });

  it('placesByName still finds a place by its whole name or alias, exact names first', async () => {
    expect(await placesNamed('Rostov region')).toEqual(['place:rostov-region']);
    expect(await placesNamed('Voronezh Oblast')).toEqual(['place:voronezh-region']);
  });

  it('placesByName matches whole words only, in order', async () => {
    expect(await placesNamed('Rost')).toEqual([]);
    expect(await placesNamed('oblast rostov')).toEqual([]);
    expect(await placesNamed('the')).toEqual([]);
  });
});

