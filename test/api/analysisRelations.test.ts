import { describe, expect, it } from 'vitest';
import { gql, gqlData } from '../support/graphql.js';
import { readRows } from '../support/neo4j.js';

interface Happening {
  id: string;
  kind?: string;
  status?: string;
}

interface Quantity {
  kind: string;
  value: number;
  unit: string;
  money: { amount: number; currency: string } | null;
  text: string | null;
}

interface RelationsData {
  relations: {
    a: { id: string; name: string };
    b: { id: string; name: string };
    meetings: Happening[];
    events: Happening[];
    aid: (Happening & { title: string; quantities: Quantity[] })[];
    alliances: (Happening & { participants: { actor: { id: string } }[] })[];
    claims: Happening[];
    summary: {
      statuses: string[];
      excluded: { status: string; count: number }[];
      total: number;
      coded: number;
      goldsteinSum: number;
      goldsteinMean: number | null;
      cooperation: number;
      conflict: number;
      neutral: number;
      byQuadClass: { quadClass: string; count: number; goldsteinSum: number }[];
      byKind: { kind: string; count: number; goldsteinSum: number }[];
    };
  } | null;
}

const relationsQuery = `
  query ($a: ID!, $b: ID!, $time: TimeRangeInput) {
    relations(a: $a, b: $b, time: $time) {
      a { id name }
      b { id name }
      meetings { id status }
      events { id kind status }
      aid { id title kind quantities { kind value unit money { amount currency } text } }
      alliances { id status participants { actor { id } } }
      claims { id kind status }
      summary {
        statuses excluded { status count }
        total coded goldsteinSum goldsteinMean cooperation conflict neutral
        byQuadClass { quadClass count goldsteinSum }
        byKind { kind count goldsteinSum }
      }
    }
  }`;

const relations = async (a: string, b: string, time?: { from?: string; to?: string }) =>
  (await gqlData<RelationsData>(relationsQuery, { a, b, time })).relations;

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

/**
 * The meetings both countries take part in, and the events they face each other in, each with its
 * nationals and organisations: the rule of the schema's `Relations` restated independently.
 */
async function sharedHappenings(a: string, b: string): Promise<string[]> {
  const rows = await readRows<{ id: string }>(
    `MATCH (ca:Country {id: $a}), (cb:Country {id: $b})
     MATCH (x:Actor)-[rx:PARTICIPATED_IN]->(h)<-[ry:PARTICIPATED_IN]-(y:Actor)
     WHERE (h:Meeting OR h:Event)
       AND (x = ca OR (x)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(ca))
       AND (y = cb OR (y)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(cb))
     WITH ca, cb, h, [rx.role, ry.role] AS roles
     WITH ca, cb, h, roles,
          any(r IN roles WHERE r IN ['SOURCE', 'PERPETRATOR', 'AUTHOR', 'INSTRUMENT']) AS acting,
          any(r IN roles WHERE r IN ['TARGET', 'VICTIM']) AS actedOn,
          any(r IN roles WHERE r = 'BENEFICIARY') AS actedFor,
          any(r IN roles WHERE r IS NULL OR r IN ['PARTICIPANT', 'VISITOR', 'HOST']) AS alongside
     WHERE h:Meeting OR alongside OR (acting AND actedOn)
        OR (acting AND actedFor AND NOT EXISTS {
              MATCH (h)<-[t:PARTICIPATED_IN]-(z)
              WHERE t.role IN ['TARGET', 'VICTIM'] AND z <> ca AND z <> cb
                AND NOT (z)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(ca) AND NOT (z)-[:NATIONAL_OF|BELONGS_TO|REPRESENTS]->(cb)
            })
     RETURN DISTINCT h.id AS id ORDER BY id`,
    { a, b },
  );
  return rows.map((row) => row.id);
}

describe('relations between the United Kingdom and Ukraine', () => {
  it('lists the Kyiv visit, the aid, the loans and the proposed alliance, but not HMS Defender’s passage, done to Russia', async () => {
    const result = (await relations('country:gbr', 'country:ukr'))!;
    expect(result.a.name).toBe('United Kingdom');
    expect(result.b.name).toBe('Ukraine');
    expect(ids(result.meetings)).toEqual(['meeting:truss-kyiv-visit']);
    // HMS Defender sailed "to underline ... that the peninsula remains Ukrainian": Ukraine is its
    // beneficiary, but the show of force was aimed at Russia, so it lies between the UK and Russia.
    expect(ids(result.events)).toEqual([
      'event:uk-anti-tank-weapons-to-ukraine',
      'event:uk-navy-loans-to-ukraine',
      'event:uk-ukraine-poland-alliance-proposal',
    ]);
    expect([...ids(result.meetings), ...ids(result.events)].sort()).toEqual(await sharedHappenings('country:gbr', 'country:ukr'));
  });

  it('lists the 2,000 anti-tank weapons and the £1.8bn in loans as aid, with their quantities', async () => {
    const result = (await relations('country:gbr', 'country:ukr'))!;
    expect(ids(result.aid)).toEqual(['event:uk-anti-tank-weapons-to-ukraine', 'event:uk-navy-loans-to-ukraine']);
    const weapons = result.aid.find((event) => event.kind === 'AID');
    expect(weapons?.quantities).toEqual([
      expect.objectContaining({ kind: 'COUNT', value: 2000, unit: 'anti-tank weapon', money: null }),
    ]);
    const loans = result.aid.find((event) => event.kind === 'LOAN');
    expect(loans?.quantities).toEqual([
      expect.objectContaining({ kind: 'MONEY', value: 1_800_000_000, unit: 'GBP', money: { amount: 1_800_000_000, currency: 'GBP' }, text: '£1.8bn' }),
    ]);
  });

  it('lists the proposed trilateral alliance with the UK, Ukraine and Poland taking part', async () => {
    const result = (await relations('country:gbr', 'country:ukr'))!;
    expect(result.alliances).toHaveLength(1);
    expect(result.alliances[0]).toMatchObject({ id: 'event:uk-ukraine-poland-alliance-proposal', status: 'PROPOSED' });
    expect(ids(result.alliances[0]!.participants.map((p) => p.actor))).toEqual(['country:gbr', 'country:pol', 'country:ukr']);
  });

  it('lists British claims about Ukraine, leaving out those aimed at a third party', async () => {
    const result = (await relations('country:gbr', 'country:ukr'))!;
    expect(ids(result.claims)).toEqual(['claim:british-diplomats-say-closest-relations-ever', 'claim:uk-government-crimea-is-ukrainian']);
    // Truss's accusation mentions Zelenskiy but is aimed at Russia: it belongs to UK–Russia relations.
    const withRussia = (await relations('country:gbr', 'country:rus'))!;
    expect(ids(withRussia.claims)).toContain('claim:truss-accuses-russia-of-plot');
    expect(ids(result.claims)).not.toContain('claim:truss-accuses-russia-of-plot');
  });

  it('summarises the balance from the CAMEO codes in the graph, each happening that occurred counted once', async () => {
    const result = (await relations('country:gbr', 'country:ukr'))!;
    // Only what occurred is weighed by default: the planned Kyiv visit and the proposed alliance
    // used to count as cooperation, which overstated the balance; they are now counted apart.
    const occurred = (items: readonly Happening[]) => items.filter((item) => item.status === 'OCCURRED').map((item) => item.id);
    const listed = [...occurred(result.meetings), ...occurred(result.events), ...occurred(result.claims)];
    expect(listed).toHaveLength(4);
    expect(result.summary.statuses).toEqual(['OCCURRED']);
    expect(result.summary.excluded).toEqual([{ status: 'PLANNED', count: 1 }, { status: 'PROPOSED', count: 1 }]);
    const [expected] = await readRows<{ coded: number; sum: number; cooperation: number; conflict: number; neutral: number }>(
      `MATCH (n:Node) WHERE n.id IN $ids AND n.cameoCode IS NOT NULL
       RETURN count(n) AS coded, sum(n.goldstein) AS sum,
              count(CASE WHEN n.goldstein > 0 THEN 1 END) AS cooperation,
              count(CASE WHEN n.goldstein < 0 THEN 1 END) AS conflict,
              count(CASE WHEN n.goldstein = 0 THEN 1 END) AS neutral`,
      { ids: listed },
    );
    const { summary } = result;
    expect(summary.total).toBe(new Set(listed).size);
    expect(summary.coded).toBe(expected!.coded);
    expect(summary.goldsteinSum).toBeCloseTo(expected!.sum, 6);
    expect(summary.goldsteinMean).toBeCloseTo(expected!.sum / expected!.coded, 6);
    expect(summary).toMatchObject({ cooperation: expected!.cooperation, conflict: expected!.conflict, neutral: expected!.neutral });
    expect(summary.goldsteinSum).toBeGreaterThan(0);
  });

  it('breaks the summary down by quad class and by kind', async () => {
    const { summary } = (await relations('country:gbr', 'country:ukr'))!;
    expect(summary.byQuadClass.map((q) => q.quadClass)).toEqual(['VERBAL_COOPERATION', 'MATERIAL_COOPERATION', 'VERBAL_CONFLICT', 'MATERIAL_CONFLICT']);
    expect(summary.byQuadClass.reduce((sum, q) => sum + q.count, 0)).toBe(summary.coded);
    const [material] = await readRows<{ sum: number }>(
      `MATCH (e:Event) WHERE e.id IN ['event:uk-anti-tank-weapons-to-ukraine', 'event:uk-navy-loans-to-ukraine'] RETURN sum(e.goldstein) AS sum`,
    );
    expect(summary.byQuadClass.find((q) => q.quadClass === 'MATERIAL_COOPERATION')).toMatchObject({ count: 2 });
    expect(summary.byQuadClass.find((q) => q.quadClass === 'MATERIAL_COOPERATION')?.goldsteinSum).toBeCloseTo(material!.sum, 6);
    expect(summary.byKind.reduce((sum, k) => sum + k.count, 0)).toBe(summary.total);
    // HMS Defender's passage, a show of force (150) at Russia for Ukraine, is not counted here as
    // material conflict: it lies between the UK and Russia, its target.
    // The planned visit (MEETING) and the proposed alliance are left out: they have not occurred.
    expect(summary.byKind.map((k) => k.kind).sort()).toEqual(['AID', 'BELIEF', 'LOAN', 'STATEMENT']);
    expect(summary.byQuadClass.find((q) => q.quadClass === 'MATERIAL_CONFLICT')).toMatchObject({ count: 0 });
    expect(summary.byKind.find((k) => k.kind === 'AID')).toMatchObject({ count: 1, goldsteinSum: 8.3 });
  });

  it('keeps only happenings in the time window', async () => {
    const result = (await relations('country:gbr', 'country:ukr', { from: '2022-01-31' }))!;
    expect(ids(result.meetings)).toEqual(['meeting:truss-kyiv-visit']);
    expect(result.events).toEqual([]);
    expect(result.claims).toEqual([]);
    // The visit is only planned: listed, but no longer counted in the balance.
    expect(result.summary.total).toBe(0);
    expect(result.summary.excluded).toEqual([{ status: 'PLANNED', count: 1 }]);
  });
});

describe('relations between the United Kingdom and Russia', () => {
  it('lists the meetings oldest first', async () => {
    const result = (await relations('country:gbr', 'country:rus'))!;
    expect(result.meetings.map((m) => m.id)).toEqual([
      'meeting:johnson-moscow-visit-2017',
      'meeting:may-putin-g20-2019',
      'meeting:truss-lavrov-moscow-talks',
    ]);
  });

  it("keeps the newspaper's own voice apart from the country's: the article's assessments are not British claims", async () => {
    const result = (await relations('country:gbr', 'country:rus'))!;
    expect(ids(result.claims)).toEqual(expect.arrayContaining(['claim:truss-warns-of-severe-consequences', 'claim:russia-believes-uk-in-decline']));
    expect(ids(result.claims)).not.toContain('claim:article-three-powers-most-hostile-to-russia');
    expect(result.summary.conflict).toBeGreaterThan(result.summary.cooperation);
  });
});

describe('relations: bad and unknown input', () => {
  it('is null when either id is unknown or not an actor', async () => {
    const response = await gql<{ unknown: unknown; place: unknown }>(
      '{ unknown: relations(a: "country:gbr", b: "country:nowhere") { a { id } } place: relations(a: "place:moscow", b: "country:gbr") { a { id } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ unknown: null, place: null });
  });

  it('refuses a time range that ends before it starts', async () => {
    const response = await gql('{ relations(a: "country:gbr", b: "country:ukr", time: { from: "2022-02-01", to: "2022-01-01" }) { a { id } } }');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe('time.from (2022-02-01) must not be after time.to (2022-01-01)');
  });
});
