/**
 * Knowledge time: the graph answers as the sources published by a given day had it. The article
 * (known to the week of 24–30 January 2022) announced the Moscow talks; the readout (11 February
 * 2022) reports them held; background knowledge was compiled later still.
 */
import { describe, expect, it } from 'vitest';
import type { MoscowTalksAsOfQuery } from '../../src/graphql/generated/operations.js';
import { gql, gqlData } from '../support/graphql.js';
import { runOperation } from '../support/operations.js';

const talks = 'meeting:truss-lavrov-moscow-talks';
const roles = (participants: { role: string; actor: { name: string } }[]) =>
  participants.map((p) => `${p.actor.name} ${p.role}`).sort();

describe('the Moscow talks as of a day (the MoscowTalksAsOf example)', () => {
  it('as of 1 February 2022 are announced and unconfirmed, on the word of one source', async () => {
    const { before } = await runOperation<MoscowTalksAsOfQuery>('MoscowTalksAsOf');
    expect(before).toMatchObject({
      asOf: '2022-02-01',
      status: 'ANNOUNCED_UNCONFIRMED',
      time: { text: 'within next two weeks', start: '2022-01-24', end: '2022-02-13', precision: 'WEEK' },
    });
    expect(before!.sources).toEqual({ totalCount: 1, nodes: [expect.objectContaining({ id: 'src:article' })] });
    expect(before!.history.map((h) => [h.source.id, h.status])).toEqual([['src:article', 'ANNOUNCED_UNCONFIRMED']]);
    expect(roles(before!.participants)).toEqual(['Liz Truss VISITOR', 'Russia HOST', 'Sergei Lavrov HOST', 'United Kingdom VISITOR']);
    for (const participant of before!.participants) expect(participant.sources).toEqual({ totalCount: 1, nodes: [{ id: 'src:article' }] });
  });

  it('as of 11 February 2022 took place on 10 February, with both sources and the history of each', async () => {
    const { after } = await runOperation<MoscowTalksAsOfQuery>('MoscowTalksAsOf');
    expect(after).toMatchObject({
      asOf: '2022-02-11',
      status: 'OCCURRED',
      time: { start: '2022-02-10', end: '2022-02-10', precision: 'DAY' },
    });
    expect(after!.sources.nodes.map((s) => s.id)).toEqual(['src:article', 'src:moscow-talks-readout']);
    expect(after!.sources.totalCount).toBe(2);
    expect(after!.history).toEqual([
      {
        source: { id: 'src:article' },
        published: { start: '2022-01-24', end: '2022-01-30', precision: 'WEEK' },
        status: 'ANNOUNCED_UNCONFIRMED',
        // Both sources give the talks' time themselves: neither is inferred.
        time: { start: '2022-01-24', end: '2022-02-13', precision: 'WEEK', inferred: false },
      },
      {
        source: { id: 'src:moscow-talks-readout' },
        published: { start: '2022-02-11', end: '2022-02-11', precision: 'DAY' },
        status: 'OCCURRED',
        time: { start: '2022-02-10', end: '2022-02-10', precision: 'DAY', inferred: false },
      },
    ]);
    const truss = after!.participants.find((p) => p.actor.name === 'Liz Truss');
    expect(truss?.sources).toEqual({ totalCount: 2, nodes: [{ id: 'src:article' }, { id: 'src:moscow-talks-readout' }] });
    // The readout adds the ministry as host and the delegation as visitor.
    expect(roles(after!.participants)).toEqual(expect.arrayContaining(['Liz Truss VISITOR', 'Sergei Lavrov HOST']));
    expect(after!.participants.length).toBeGreaterThan(4);
  });

  it('is unknown before any source mentions it, and current without asOf, with every account in its history', async () => {
    const data = await gqlData<{ early: unknown; now: { asOf: string | null; status: string; history: { source: { id: string }; status: string | null }[] } }>(
      `{ early: meeting(id: "${talks}", asOf: "2022-01-20") { id }
         now: meeting(id: "${talks}") { asOf status history { source { id } status } } }`,
    );
    expect(data.early).toBeNull();
    expect(data.now.asOf).toBeNull();
    expect(data.now.status).toBe('OCCURRED');
    expect(data.now.history).toEqual([
      { source: { id: 'src:background' }, status: null },
      { source: { id: 'src:article' }, status: 'ANNOUNCED_UNCONFIRMED' },
      { source: { id: 'src:moscow-talks-readout' }, status: 'OCCURRED' },
    ]);
  });

  it('filters and orders meeting lists by what was known then', async () => {
    const query = `query ($asOf: Date) {
      meetings(filter: { status: [OCCURRED], asOf: $asOf }, first: 50) { nodes { id status asOf } }
      announced: meetingsBetween(a: "country:gbr", b: "country:rus", filter: { status: [ANNOUNCED_UNCONFIRMED], asOf: $asOf }) { nodes { id } }
    }`;
    type Lists = { meetings: { nodes: { id: string; status: string; asOf: string | null }[] }; announced: { nodes: { id: string }[] } };
    const before = await gqlData<Lists>(query, { asOf: '2022-02-01' });
    expect(before.meetings.nodes.map((m) => m.id)).not.toContain(talks);
    expect(before.meetings.nodes.every((m) => m.asOf === '2022-02-01')).toBe(true);
    expect(before.announced.nodes.map((m) => m.id)).toEqual([talks]);
    const after = await gqlData<Lists>(query, { asOf: '2022-02-11' });
    expect(after.meetings.nodes.map((m) => m.id)).toContain(talks);
    expect(after.announced.nodes).toEqual([]);
    // The readout's own meetings (Johnson in Brussels and Warsaw) are unknown before it.
    expect(before.meetings.nodes.map((m) => m.id)).not.toContain('meeting:johnson-warsaw-visit');
    expect(after.meetings.nodes.map((m) => m.id)).toContain('meeting:johnson-warsaw-visit');
  });

  it('refuses a malformed day with a message that says what is allowed', async () => {
    const { errors } = await gql(`{ meeting(id: "${talks}", asOf: "11 February 2022") { id } }`);
    expect(errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});
