import { describe, expect, it } from 'vitest';
import { cameoCodes } from '../../src/modules/common/cameo.js';
import type * as Ops from '../../src/graphql/generated/operations.js';
import { gqlData } from '../support/graphql.js';
import { readRows } from '../support/neo4j.js';
import { runOperation } from '../support/operations.js';

describe('CAMEO labels', () => {
  it('label 013 with its meaning', async () => {
    const data = await gqlData<{ claims: { nodes: { id: string; cameo: { code: string; label: string; goldstein: number } | null }[] } }>(
      '{ claims(first: 100) { nodes { id cameo { code label goldstein } } } }',
    );
    const optimistic = data.claims.nodes.filter((c) => c.cameo?.code === '013');
    expect(optimistic.length).toBeGreaterThan(0);
    for (const claim of optimistic) expect(claim.cameo).toEqual({ code: '013', label: 'make optimistic comment', goldstein: 0.4 });
  });

  it('come from the one code table for every code stored in the graph', async () => {
    const stored = await readRows<{ code: string }>('MATCH (n) WHERE n.cameoCode IS NOT NULL RETURN DISTINCT n.cameoCode AS code ORDER BY code');
    expect(stored.length).toBeGreaterThan(15);
    expect(stored.map((row) => row.code).filter((code) => !cameoCodes[code])).toEqual([]);
    const data = await gqlData<{ happenings: { nodes: ({ cameo: { code: string; label: string } | null } | Record<string, never>)[] } }>(
      '{ happenings(first: 100) { nodes { ... on Meeting { cameo { code label } } ... on Event { cameo { code label } } ... on Claim { cameo { code label } } } } }',
    );
    const answered = data.happenings.nodes.flatMap((n) => ('cameo' in n && n.cameo ? [n.cameo] : []));
    expect(new Set(answered.map((c) => c.code))).toEqual(new Set(stored.map((row) => row.code)));
    for (const cameo of answered) expect(cameo.label, cameo.code).toBe(cameoCodes[cameo.code]!.label);
  });
});

describe('country codes and memberships', () => {
  it('UK, in any case, finds the United Kingdom (the code ISO reserves for it), as GB and GBR do', async () => {
    const data = await runOperation<Ops.UkInNatoQuery>('UkInNato');
    expect(data.country).toMatchObject({ id: 'country:gbr', name: 'United Kingdom', iso2: 'GB' });
    for (const code of ['uk', 'GB', 'gbr']) {
      expect((await runOperation<Ops.UkInNatoQuery>('UkInNato', { code })).country?.id, code).toBe('country:gbr');
    }
  });

  it('an organisation’s members are marked partial: only the member countries the graph holds', async () => {
    const data = await runOperation<Ops.UkInNatoQuery>('UkInNato');
    const nato = data.country?.memberships.find((m) => m.name === 'Nato');
    expect(nato).toEqual({ name: 'Nato', membersComplete: false, members: [{ name: 'Poland' }, { name: 'United Kingdom' }, { name: 'United States' }] });
    const schema = await gqlData<{ __type: { fields: { name: string; description: string }[] } }>('{ __type(name: "Organisation") { fields { name description } } }');
    expect(schema.__type.fields.find((f) => f.name === 'members')?.description).toContain('partial list');
  });
});
