/**
 * What converting the seed to annotation files fixed, each checked against the loaded graph: values
 * the schema can represent, the UK–Russia pair of the poisoning, Ukraine's part in HMS Defender's
 * passage, quotes that carry their facts, honest times, and where each interval's dates come from.
 */
import {
  GraphQLEnumType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  buildSchema,
  getNamedType,
  isLeafType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { gql, gqlData } from '../support/graphql.js';
import { readRows } from '../support/neo4j.js';
import { evidenceWords, node, props, rel, rels, statedBy, time, T } from './graph.js';

const schema: GraphQLSchema = buildSchema(loadTypeDefs().join('\n'));

/**
 * A selection of every field of an object type that needs no argument: leaves as they are (so
 * every enum value is serialised), objects through their own fields down to `depth` levels, and
 * abstract types (another node) by `__typename` only, as those nodes are read themselves.
 */
function selection(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((field: GraphQLField<unknown, unknown>) =>
    field.args.every((arg) => !arg.type.toString().endsWith('!') || arg.defaultValue !== undefined),
  );
  const parts = fields.flatMap((field) => {
    const named: GraphQLNamedType = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (named.name.endsWith('Connection')) return [];
    if (!(named instanceof GraphQLObjectType)) return [`${field.name} { __typename }`];
    return depth > 0 ? [`${field.name} ${selection(named, depth - 1)}`] : [];
  });
  return `{ __typename ${parts.join(' ')} }`;
}

describe('every stored value is one the API can represent', () => {
  let ids: string[] = [];
  beforeAll(async () => {
    ids = (await readRows<{ id: string }>('MATCH (n:Node) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY id')).map((r) => r.id);
  });

  it('reads every node, with every enum and scalar of it and of its relationships, without a GraphQL error', async () => {
    expect(ids.length).toBeGreaterThan(250);
    const nodeTypes = schema.getPossibleTypes(schema.getType('Node') as GraphQLInterfaceType);
    const selections = new Map(nodeTypes.map((type) => [type.name, selection(type, 2)]));
    // The enums of stored values are all selected (org kinds, roles, statuses, precisions, time bases...).
    const all = [...selections.values()].join(' ');
    for (const field of ['organisationKind', 'role', 'precision', 'basis', 'quadClass', 'status', 'mode', 'kind']) {
      expect(all.includes(` ${field} `), field).toBe(true);
    }
    expect(schema.getType('TimeBasis')).toBeInstanceOf(GraphQLEnumType);

    const byType = new Map<string, string[]>();
    for (let at = 0; at < ids.length; at += 50) {
      const data = await gqlData<{ nodes: ({ __typename: string; id: string } | null)[] }>(
        'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
        { ids: ids.slice(at, at + 50) },
      );
      for (const found of data.nodes) if (found) byType.set(found.__typename, [...(byType.get(found.__typename) ?? []), found.id]);
    }
    // Loader records are not nodes of the API; everything else is.
    const [{ records }] = (await readRows<{ records: number }>('MATCH (n:Node) WHERE n:SeedScript RETURN count(n) AS records')) as [{ records: number }];
    expect([...byType.values()].flat().length).toBe(ids.length - records);

    const errors: string[] = [];
    for (const [type, typeIds] of byType) {
      for (let at = 0; at < typeIds.length; at += 5) {
        const batch = typeIds.slice(at, at + 5);
        const response = await gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type} ${selections.get(type)} } }`, { ids: batch });
        for (const error of response.errors ?? []) errors.push(`${type} ${batch.join(', ')}: ${error.message} at ${JSON.stringify(error.path)}`);
      }
    }
    expect(errors).toEqual([]);
  }, 180_000);

  it('answers the UK government as a GOVERNMENT', async () => {
    const data = await gqlData<{ actor: { organisationKind: string } }>('{ actor(id: "org:uk-government") { ... on Organisation { organisationKind } } }');
    expect(data.actor.organisationKind).toBe('GOVERNMENT');
  });
});

describe('the poisoning is between the UK and Russia', () => {
  it('the double agent is the UK’s, in the article’s words', async () => {
    const national = await rel('person:uk-double-agent', 'NATIONAL_OF', 'country:gbr');
    expect(national['sourceId']).toBe('src:article');
    expect(await evidenceWords(national['evidenceIds'])).toEqual(['poisoning of a UK double agent by Russia']);
  });

  it('the record’s day (basis RECORD) dates the events over the article’s unknown time; background also dates them in claims of its own', async () => {
    expect(time(await props('event:double-agent-poisoning'))).toEqual(T(null, '2018-03-04', '2018-03-04', 'DAY'));
    expect(time(await props('event:uk-russia-diplomatic-collapse'))).toEqual(T(null, '2018-03-14', '2018-03-14', 'DAY'));
    for (const id of ['event:double-agent-poisoning', 'event:uk-russia-diplomatic-collapse']) expect((await props(id))['timeBasis'], id).toBe('RECORD');
    // The article's own account keeps its time ("before the 2019 meeting") in its assertion.
    const article = await readRows<{ assertion: string }>(
      `MATCH (e:Event)-[a:SUPPORTED_BY]->(:Source {id: 'src:article'})
       WHERE e.id IN ['event:double-agent-poisoning', 'event:uk-russia-diplomatic-collapse'] RETURN a.assertion AS assertion`,
    );
    for (const { assertion } of article) expect(time((JSON.parse(assertion) as { props: Record<string, unknown> }).props)).toEqual(T(null, null, '2019-12-31', 'UNKNOWN'));
    expect(article).toHaveLength(2);
    const dating = await readRows<{ claim: string; event: string; start: string; basis: string }>(
      `MATCH (c:Claim)-[:REPORTED_IN]->(:Source {id: 'src:background'})
       MATCH (c)-[:ABOUT]->(e:Event) WHERE e.id IN ['event:double-agent-poisoning', 'event:uk-russia-diplomatic-collapse']
       RETURN c.id AS claim, e.id AS event, toString(c.timeStart) AS start, c.timeBasis AS basis ORDER BY event, claim`,
    );
    expect(dating).toEqual([
      { claim: 'claim:bg-salisbury-poisoning-4-march-2018', event: 'event:double-agent-poisoning', start: '2018-03-04', basis: 'RECORD' },
      { claim: 'claim:bg-uk-russia-diplomatic-collapse-14-march-2018', event: 'event:double-agent-poisoning', start: '2018-03-14', basis: 'RECORD' },
      { claim: 'claim:bg-uk-russia-diplomatic-collapse-14-march-2018', event: 'event:uk-russia-diplomatic-collapse', start: '2018-03-14', basis: 'RECORD' },
    ]);
  });

  it('relations between the UK and Russia include the poisoning and the collapse', async () => {
    const data = await gqlData<{ relations: { events: { id: string }[] } }>(
      '{ relations(a: "country:gbr", b: "country:rus") { events { id } } }',
    );
    expect(data.relations.events.map((e) => e.id)).toEqual(
      expect.arrayContaining(['event:double-agent-poisoning', 'event:uk-russia-diplomatic-collapse']),
    );
  });
});

describe('HMS Defender’s passage is for Ukraine', () => {
  it('Ukraine is its beneficiary, in the words that say the peninsula remains Ukrainian', async () => {
    const ukraine = await rel('country:ukr', 'PARTICIPATED_IN', 'event:hms-defender-crimea-passage');
    expect(ukraine).toMatchObject({ role: 'BENEFICIARY', sourceId: 'src:article' });
    expect(await evidenceWords(ukraine['evidenceIds'])).toEqual(['peninsula remains Ukrainian']);
    // Done to Russia for Ukraine: it lies between the UK and Russia, not the UK and Ukraine.
    const data = await gqlData<{ ukr: { events: { id: string }[] }; rus: { events: { id: string }[] } }>(
      '{ ukr: relations(a: "country:gbr", b: "country:ukr") { events { id } } rus: relations(a: "country:gbr", b: "country:rus") { events { id } } }',
    );
    expect(data.ukr.events.map((e) => e.id)).not.toContain('event:hms-defender-crimea-passage');
    expect(data.rus.events.map((e) => e.id)).toContain('event:hms-defender-crimea-passage');
  });
});

describe('quotes carry the facts they back', () => {
  it('Truss’s office is not backed by the standfirst’s “Embassy says”, nor are the counterparts, the visitor or the request', async () => {
    const facts: [string, string, string][] = [
      ['person:liz-truss', 'HOLDS_OFFICE', 'office:uk-foreign-secretary'],
      ['person:sergei-lavrov', 'COUNTERPART_OF', 'person:liz-truss'],
      ['country:gbr', 'PARTICIPATED_IN', 'meeting:truss-lavrov-moscow-talks'],
      ['country:gbr', 'REQUESTED', 'meeting:truss-lavrov-moscow-talks'],
    ];
    for (const [from, type, to] of facts) {
      expect(await evidenceWords((await rel(from, type, to))['evidenceIds']), `${from} ${type} ${to}`).not.toContain('Embassy says');
    }
  });

  it('the plot accusation is backed by “accused Russia”, not by Truss’s title', async () => {
    const words = await evidenceWords((await rel('person:liz-truss', 'ASSERTED', 'claim:truss-accuses-russia-of-plot'))['evidenceIds']);
    expect(words).toContain('accused Russia');
    expect(words).not.toContain('head of the intelligence services');
  });

  it('what UK officials insist on is in their claim’s words', async () => {
    const words = await evidenceWords((await rel('group:uk-officials', 'ASSERTED', 'claim:uk-officials-insist-strong-anti-corruption-law'))['evidenceIds']);
    expect(words).toEqual(['UK officials continue to insist', 'strong anti-corruption legislation']);
  });

  it('the collapse is backed by “full-scale diplomatic collapse”', async () => {
    const collapse = await node('event:uk-russia-diplomatic-collapse');
    expect(collapse.props['title']).toMatch(/collapse/);
    const words = await readRows<{ exact: string }>(
      "MATCH ({id: 'event:uk-russia-diplomatic-collapse'})-[:EVIDENCED_BY]->(e:Evidence) RETURN e.exact AS exact",
    );
    expect(words.map((w) => w.exact)).toEqual(['full-scale diplomatic collapse']);
  });

  it('each participant of Johnson’s 2017 visit is backed by words that name it', async () => {
    const expected: Record<string, string[]> = {
      'country:gbr': ['British foreign secretary'],
      'country:rus': ['Moscow was Boris Johnson'],
      'person:boris-johnson': ['Moscow was Boris Johnson', 'December 2017'],
    };
    const article = (await rels('meeting:johnson-moscow-visit-2017', 'PARTICIPATED_IN', 'in')).filter((r) => r.props['sourceId'] === 'src:article');
    expect(article.map((r) => r.from).sort()).toEqual(Object.keys(expected));
    for (const participant of article) expect(await evidenceWords(participant.props['evidenceIds']), participant.from).toEqual(expected[participant.from]);
  });
});

describe('honest words and times', () => {
  it('Chatham House says “many” of Russia’s commercial partners, and so does the paraphrase', async () => {
    const text = String((await props('claim:chatham-house-city-of-london-gives-uk-leverage'))['text']);
    expect(text).toContain('many of Russia’s other commercial partners');
    expect(text).not.toMatch(/\bmost\b/);
  });

  it('“Over the weekend” is the two days before the publication week, known to the day', async () => {
    expect(time(await props('claim:truss-accuses-russia-of-plot'))).toEqual(T('Over the weekend', '2022-01-22', '2022-01-23', 'DAY'));
  });

  it('“on Friday” is one of two Fridays the publication week allows, so its interval has no calendar precision', async () => {
    for (const id of ['event:chatham-house-russia-strategy-report', 'claim:chatham-house-city-of-london-gives-uk-leverage', 'claim:chatham-house-uk-not-done-enough-on-oligarchs']) {
      expect(time(await props(id)), id).toEqual(T('on Friday', '2022-01-21', '2022-01-28', 'UNKNOWN'));
    }
  });
});

describe('where the dates of a time come from', () => {
  it('every time of the article dated only by its publication says so, on nodes and relationships', async () => {
    // The publication week with no time words of the fact's own, or "some time before publication".
    const inferred = await readRows<{ id: string; basis: string | null }>(
      `MATCH (n)-[a:SUPPORTED_BY]->(:Source {id: 'src:article'})
       WHERE a.timeEnd = date('2022-01-30') AND (a.timeStart IS NULL OR a.timeStart = date('2022-01-24'))
       RETURN n.id AS id, a.timeBasis AS basis ORDER BY id`,
    );
    expect(inferred.length).toBeGreaterThan(25);
    expect(inferred.filter((r) => r.basis !== 'PUBLICATION')).toEqual([]);
    // Relationships as the article states them (the readout restates Truss's office with a day of its own).
    const holdings = (await statedBy('src:article', ['HOLDS_OFFICE'])).filter((r) => r.props['timeEnd'] === '2022-01-30');
    expect(holdings.map((h) => `${h.from} ${h.to}`)).toEqual([
      'person:liz-truss office:uk-foreign-secretary',
      'person:liz-truss office:uk-intelligence-political-head',
      'person:volodymyr-zelenskiy office:ukraine-prime-minister',
    ]);
    expect(holdings.map((h) => h.props['timeBasis'])).toEqual(['PUBLICATION', 'PUBLICATION', 'PUBLICATION']);
    // Times in the article's own words stay STATED.
    const stated = await readRows<{ basis: string }>("MATCH (m {id: 'meeting:truss-kyiv-visit'}) RETURN m.timeBasis AS basis");
    expect(stated).toEqual([{ basis: 'STATED' }]);
  });

  it('the API gives each interval its basis', async () => {
    const data = await gqlData<Record<string, { time: { basis: string } } | { offices: { office: { id: string }; time: { basis: string } | null }[] }>>(
      `{ announced: claim(id: "claim:embassy-announces-truss-lavrov-talks") { time { basis } }
         kyiv: meeting(id: "meeting:truss-kyiv-visit") { time { basis } }
         salisbury: claim(id: "claim:bg-salisbury-poisoning-4-march-2018") { time { basis } }
         truss: actor(id: "person:liz-truss") { ... on Person { offices { office { id } time { basis } } } } }`,
    );
    expect(data['announced']).toEqual({ time: { basis: 'PUBLICATION' } });
    expect(data['kyiv']).toEqual({ time: { basis: 'STATED' } });
    expect(data['salisbury']).toEqual({ time: { basis: 'RECORD' } });
    const offices = (data['truss'] as { offices: { office: { id: string }; time: { basis: string } | null }[] }).offices;
    expect(offices.find((o) => o.office.id === 'office:uk-intelligence-political-head')?.time).toEqual({ basis: 'PUBLICATION' });
  });
});
