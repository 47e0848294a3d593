import { describe, expect, it } from 'vitest';
import { type Page, gqlData, ids } from '../support/graphql.js';

describe('happenings and timelines', () => {
  it('lists everything only planned, proposed, unconfirmed, hypothetical or alleged, across kinds', async () => {
    const data = await gqlData<{ happenings: Page<{ __typename: string; id: string; status: string }> }>(
      `query ($first: Int) {
         happenings(filter: { status: [PLANNED, PROPOSED, ANNOUNCED_UNCONFIRMED, HYPOTHETICAL, ALLEGED] }, first: $first) {
           totalCount nodes { __typename ... on Meeting { id status } ... on Event { id status } ... on Claim { id status } } } }`,
      { first: 100 },
    );
    const nodes = data.happenings.nodes;
    expect(nodes.every((node) => node.status !== 'OCCURRED')).toBe(true);
    expect(new Set(nodes.map((node) => node.__typename))).toEqual(new Set(['Meeting', 'Event', 'Claim']));
    // The Moscow talks are no longer unconfirmed: the readout of them reports them held.
    expect(nodes.map((node) => node.id)).not.toContain('meeting:truss-lavrov-moscow-talks');
    expect(nodes).toContainEqual({ __typename: 'Meeting', id: 'meeting:truss-kyiv-visit', status: 'PLANNED' });
    expect(nodes).toContainEqual({ __typename: 'Claim', id: 'claim:readout-alleged-truss-never-recognise', status: 'ALLEGED' });
    expect(nodes).toContainEqual({ __typename: 'Event', id: 'event:plot-to-topple-ukrainian-president', status: 'ALLEGED' });
    expect(data.happenings.totalCount).toBe(nodes.length);
  });

  it("shows Boris Johnson's timeline, and null for an unknown actor", async () => {
    const data = await gqlData<{ timeline: Page<{ __typename: string; id: string }>; nobody: unknown }>(
      `{ timeline(actor: "person:boris-johnson") { totalCount nodes { __typename ... on Meeting { id } ... on Event { id } ... on Claim { id } } }
         nobody: timeline(actor: "person:nobody") { totalCount } }`,
    );
    // The readout adds his day of 10 February 2022: Brussels, Warsaw, and what he said there.
    expect(data.timeline.nodes).toEqual([
      { __typename: 'Meeting', id: 'meeting:johnson-moscow-visit-2017' },
      { __typename: 'Claim', id: 'claim:readout-johnson-crisis-at-most-dangerous-moment' },
      { __typename: 'Meeting', id: 'meeting:johnson-nato-brussels-visit' },
      { __typename: 'Meeting', id: 'meeting:johnson-warsaw-visit' },
    ]);
    expect(data.nobody).toBeNull();
  });

  it("mixes an actor's meetings, claims made and claims about it, the same from the root and from the actor", async () => {
    const query = '{ __typename ... on Meeting { id } ... on Event { id } ... on Claim { id } }';
    const data = await gqlData<{ timeline: Page<{ id: string }>; actor: { timeline: Page<{ id: string }> }; happenings: Page<{ id: string }> }>(
      `query ($first: Int) {
         timeline(actor: "person:liz-truss", first: $first) { totalCount nodes ${query} }
         actor(id: "person:liz-truss") { timeline(first: $first) { totalCount nodes ${query} } }
         happenings(filter: { actor: "person:liz-truss" }, first: $first) { totalCount nodes ${query} } }`,
      { first: 100 },
    );
    expect(data.actor.timeline).toEqual(data.timeline);
    expect(data.happenings).toEqual(data.timeline);
    expect(ids(data.timeline)).toEqual(
      expect.arrayContaining([
        'meeting:truss-lavrov-moscow-talks',
        'claim:truss-accuses-russia-of-plot',
        'claim:russia-says-truss-reads-too-many-spy-novels',
        'event:truss-jet-bill',
      ]),
    );
  });
});
