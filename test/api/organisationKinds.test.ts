import { describe, expect, it } from 'vitest';
import { gqlData } from '../support/graphql.js';
import { readRows } from '../support/neo4j.js';

describe('Organisation.organisationKind', () => {
  it('no organisation of the graph has a null kind', async () => {
    expect(await readRows('MATCH (o:Organisation) WHERE o.orgKind IS NULL RETURN o.id AS id ORDER BY id')).toEqual([]);
    const data = await gqlData<{ actors: { totalCount: number; nodes: { id: string; organisationKind: string | null }[] } }>(
      '{ actors(kinds: [ORGANISATION], first: 100) { totalCount nodes { id ... on Organisation { organisationKind } } } }',
    );
    expect(data.actors.nodes).toHaveLength(data.actors.totalCount);
    expect(data.actors.nodes.filter((organisation) => organisation.organisationKind === null)).toEqual([]);
  });

  it('calls the Commons Foreign Affairs Committee a legislative committee', async () => {
    const data = await gqlData<{ actor: { organisationKind: string } }>(
      '{ actor(id: "org:commons-foreign-affairs-committee") { ... on Organisation { organisationKind } } }',
    );
    expect(data.actor).toEqual({ organisationKind: 'LEGISLATIVE_COMMITTEE' });
  });
});
