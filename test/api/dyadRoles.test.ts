/**
 * Who did what to whom: an event links two countries only where their roles in it face
 * each other. HMS Defender's passage was done by the UK to Russia for Ukraine: it is conflict
 * between the UK and Russia, not between the UK and Ukraine, in `relations` and `dyads` alike.
 */
import { describe, expect, it } from 'vitest';
import { gqlData } from '../support/graphql.js';

const passage = 'event:hms-defender-crimea-passage';

interface Summary {
  total: number;
  coded: number;
  goldsteinSum: number;
  cooperation: number;
  conflict: number;
  neutral: number;
  excluded: { status: string; count: number }[];
}
const summaryFields = 'total coded goldsteinSum cooperation conflict neutral excluded { status count }';

async function relations(a: string, b: string, args = ''): Promise<{ events: { id: string }[]; aid: { id: string }[]; summary: Summary }> {
  const data = await gqlData<{ relations: Awaited<ReturnType<typeof relations>> }>(
    `{ relations(a: "${a}", b: "${b}"${args}) { events { id } aid { id } summary { ${summaryFields} } } }`,
  );
  return data.relations;
}

async function dyads(args = ''): Promise<Map<string, Summary>> {
  const data = await gqlData<{ dyads: { nodes: { a: { id: string }; b: { id: string }; summary: Summary }[] } }>(
    `{ dyads(first: 100${args}) { nodes { a { id } b { id } summary { ${summaryFields} } } } }`,
  );
  return new Map(data.dyads.nodes.map((d) => [`${d.a.id}|${d.b.id}`, d.summary]));
}

const eventIds = (list: { id: string }[]) => list.map((event) => event.id);

describe('the pair summary counted a third party’s target as conflict between the actor and the beneficiary', () => {
  it('leaves HMS Defender’s passage (UK source, Russia target, Ukraine beneficiary) out of UK–Ukraine and keeps it in UK–Russia', async () => {
    const [ukUkraine, ukRussia] = await Promise.all([relations('country:gbr', 'country:ukr'), relations('country:gbr', 'country:rus')]);
    expect(eventIds(ukUkraine.events)).not.toContain(passage);
    expect(eventIds(ukRussia.events)).toContain(passage);
  });

  it('does not make the passage anything between Russia, its target, and Ukraine, its beneficiary', async () => {
    expect(eventIds((await relations('country:rus', 'country:ukr')).events)).not.toContain(passage);
  });

  it('still counts the UK’s aid and loans to Ukraine (UK source, Ukraine beneficiary, aimed at no one else) between them', async () => {
    const ukUkraine = await relations('country:gbr', 'country:ukr');
    expect(eventIds(ukUkraine.aid)).toEqual(['event:uk-anti-tank-weapons-to-ukraine', 'event:uk-navy-loans-to-ukraine']);
    expect(eventIds(ukUkraine.events)).toEqual(expect.arrayContaining(eventIds(ukUkraine.aid)));
  });

  it('gives the dyads entry for UK–Ukraine the summary relations gives, without the passage’s conflict', async () => {
    const [pairs, ukUkraine] = await Promise.all([dyads(), relations('country:gbr', 'country:ukr')]);
    expect(pairs.get('country:gbr|country:ukr')).toEqual(ukUkraine.summary);
    expect(ukUkraine.summary.conflict).toBe(0);
  });

  it('puts the passage, the one coded happening of June 2021, under UK–Russia only, in dyads as in relations', async () => {
    const june = ', time: { from: "2021-06-01", to: "2021-06-30" }';
    const pairs = await dyads(june);
    expect([...pairs.keys()]).toEqual(['country:gbr|country:rus']);
    expect(pairs.get('country:gbr|country:rus')).toMatchObject({ total: 1, conflict: 1 });
    expect(pairs.get('country:gbr|country:rus')).toEqual((await relations('country:gbr', 'country:rus', june)).summary);
    expect((await relations('country:gbr', 'country:ukr', june)).events).toEqual([]);
  });

  it('writes the rule in the schema, where an analyst reads what is counted', async () => {
    const data = await gqlData<{ relations: { description: string }; role: { enumValues: { name: string; description: string }[] } }>(
      '{ relations: __type(name: "Relations") { description } role: __type(name: "ParticipantRole") { enumValues { name description } } }',
    );
    expect(data.relations.description).toMatch(/HMS Defender's passage \(the UK SOURCE, Russia TARGET, Ukraine BENEFICIARY\)\s+links the UK and Russia only/);
    expect(data.relations.description).toMatch(/unless\s+the event is also aimed \(TARGET or VICTIM\) at someone outside both sides/);
    expect(data.role.enumValues.find((value) => value.name === 'BENEFICIARY')?.description).toMatch(/outside their two sides/);
  });
});
