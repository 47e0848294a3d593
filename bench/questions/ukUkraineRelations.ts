// Q6. Relations between two countries with the summary (operations/UkUkraineRelations.graphql).
import { fact, num, type Json, type Question } from './types.js';

const a = 'country:gbr';
const b = 'country:ukr';
const aidKinds = ['AID', 'LOAN'];

interface EventShape {
  title: string;
  kind: string;
  status: string;
  cameo: unknown;
  goldstein: unknown;
  quantities: { value: unknown; unit: unknown; currency: unknown; text: unknown }[];
  participants: { role: unknown; name: unknown }[];
}

interface RelationsShape {
  a: string;
  b: string;
  meetings: { title: string; status: string }[];
  events: EventShape[];
  claims: { text: string; speakers: unknown[] }[];
  summary?: Json;
}

/** Aid and alliances are events of some kinds (as our Relations resolver filters them). */
function relationsFacts(r: RelationsShape): string[] {
  const facts = [
    fact('sides', r.a, r.b),
    ...r.meetings.map((m) => fact('meeting', m.title, m.status)),
    ...r.events.map((e) => fact('event', e.title, e.kind, e.status, e.cameo, num(e.goldstein))),
    ...r.events
      .filter((e) => aidKinds.includes(e.kind))
      .flatMap((e) => e.quantities.map((q) => fact('aidQuantity', e.title, num(q.value), q.unit, q.currency, q.text))),
    ...r.events
      .filter((e) => e.kind === 'ALLIANCE_PROPOSAL')
      .flatMap((e) => e.participants.map((p) => fact('allianceParticipant', e.title, p.role ?? 'PARTICIPANT', p.name))),
    ...r.claims.flatMap((c) => [fact('claim', c.text), ...c.speakers.map((s) => fact('claimSpeaker', c.text, s))]),
  ];
  const s = r.summary;
  if (s) {
    facts.push(
      fact('summary', s.total, s.coded, num(s.goldsteinSum), num(s.goldsteinMean), s.cooperation, s.conflict, s.neutral),
      ...s.byQuadClass.map((q: Json) => fact('summaryQuad', q.quadClass, q.count, num(q.goldsteinSum))),
      ...s.byKind.map((k: Json) => fact('summaryKind', k.kind, k.count, num(k.goldsteinSum))),
    );
  }
  return facts;
}

/**
 * A side of the relation in the peer's filter language: the country itself, or an actor that is
 * its national or belongs to or represents it, its press excepted (relations.cypher's sides).
 */
const side = (id: string) => ({
  OR: [
    { id: { eq: id } },
    {
      AND: [
        { OR: [{ orgKind: { eq: null } }, { NOT: { orgKind: { eq: 'PUBLISHER' } } }] },
        {
          OR: [
            { nationalOf: { some: { id: { eq: id } } } },
            { belongsTo: { some: { id: { eq: id } } } },
            { represents: { some: { id: { eq: id } } } },
          ],
        },
      ],
    },
  ],
});
const bothTakePart = { AND: [{ participants: { some: side(a) } }, { participants: { some: side(b) } }] };
/** Someone of `who`'s side takes part in one of these roles (null: no role, i.e. PARTICIPANT). */
const takesPart = (who: string, roles: readonly (string | null)[]) => ({
  participantsConnection: {
    some: {
      edge: { OR: roles.map((role) => (role === null ? { role: { eq: null } } : { role: { eq: role } })) },
      node: side(who),
    },
  },
});
const acting = ['SOURCE', 'PERPETRATOR', 'AUTHOR', 'INSTRUMENT'];
const actedOn = ['TARGET', 'VICTIM'];
const alongside = ['PARTICIPANT', 'VISITOR', 'HOST', null];
const aimedAtOutsider = {
  participantsConnection: { some: { edge: { OR: actedOn.map((role) => ({ role: { eq: role } })) }, node: { NOT: { OR: [side(a), side(b)] } } } },
};
/** Events where the two sides' roles face each other (relations.cypher's rule). */
const facing = (x: string, y: string) => [
  { AND: [takesPart(x, alongside), { participants: { some: side(y) } }] },
  { AND: [takesPart(x, acting), takesPart(y, actedOn)] },
  { AND: [takesPart(x, acting), takesPart(y, ['BENEFICIARY']), { NOT: aimedAtOutsider }] },
];
const sharedEvents = { OR: [...facing(a, b), ...facing(b, a)] };
/** A claim by one side directly about the other, unless aimed (TARGET) only at someone outside both. */
const claimBetween = (speaker: string, other: string) => ({
  AND: [
    { speakers: { some: side(speaker) } },
    {
      OR: [
        { aboutConnection: { some: { Actor: { edge: { role: { eq: 'TARGET' } }, node: side(other) } } } },
        {
          AND: [
            { aboutConnection: { some: { Actor: { node: side(other) } } } },
            {
              aboutConnection: {
                none: {
                  Actor: { edge: { role: { eq: 'TARGET' } }, node: { NOT: { OR: [side(a), side(b)] } } },
                  Place: { edge: { role: { eq: 'TARGET' } } },
                  Meeting: { edge: { role: { eq: 'TARGET' } } },
                  Event: { edge: { role: { eq: 'TARGET' } } },
                  Claim: { edge: { role: { eq: 'TARGET' } } },
                },
              },
            },
          ],
        },
      ],
    },
  ],
});

export const ukUkraineRelations: Question = {
  name: 'UkUkraineRelations',
  ours: { operation: 'UkUkraineRelations' },
  peer: {
    // Five root fields (the generated API has no "relations" of two actors): each side, the shared
    // meetings and the events whose roles face each other as relationship filters, and the claims each way.
    query: `query UkUkraineRelations($a: ID!, $b: ID!, $shared: MeetingWhere!, $sharedEvents: EventWhere!, $claims: ClaimWhere!) {
      a: actors(where: { id: { eq: $a } }) { name }
      b: actors(where: { id: { eq: $b } }) { name }
      meetings(where: $shared, sort: [{ timeStart: ASC }]) { title status }
      events(where: $sharedEvents, sort: [{ timeStart: ASC }]) {
        title kind status cameoCode goldstein
        quantities { value unit currency text }
        participantsConnection { edges { properties { role } node { name } } }
      }
      claims(where: $claims, sort: [{ timeStart: ASC }]) { text speakers { name } }
    }`,
    variables: { a, b, shared: bothTakePart, sharedEvents, claims: { OR: [claimBetween(a, b), claimBetween(b, a)] } },
  },
  floor: { cypher: 'ukUkraineRelations', params: { a, b } },
  peerCannot: [
    { prefix: 'summary', why: 'RelationSummary: Goldstein sums by CAMEO quad class and by kind need grouping the generated aggregations lack' },
  ],
  facts: {
    ours: (data) => {
      const r = data.relations;
      if (!r) return [];
      const aidTitles = new Set(r.aid.map((e: Json) => e.title));
      const allianceTitles = new Set(r.alliances.map((e: Json) => e.title));
      const byTitle = (list: Json[], title: string) => list.find((e: Json) => e.title === title);
      return relationsFacts({
        a: r.a.name,
        b: r.b.name,
        meetings: r.meetings,
        // Aid quantities and alliance participants come from the operation's aid and alliances lists.
        events: r.events.map((e: Json) => ({
          title: e.title,
          kind: e.kind,
          status: e.status,
          cameo: e.cameo?.code,
          goldstein: e.cameo?.goldstein,
          quantities: aidTitles.has(e.title)
            ? byTitle(r.aid, e.title).quantities.map((q: Json) => ({ value: q.value, unit: q.unit, currency: q.money?.currency, text: q.text }))
            : [],
          participants: allianceTitles.has(e.title)
            ? byTitle(r.alliances, e.title).participants.map((p: Json) => ({ role: p.role, name: p.actor.name }))
            : [],
        })),
        claims: r.claims.map((c: Json) => ({ text: c.text, speakers: c.speakers.map((s: Json) => s.name) })),
        summary: r.summary,
      });
    },
    peer: (data) =>
      relationsFacts({
        a: data.a[0]?.name,
        b: data.b[0]?.name,
        meetings: data.meetings,
        events: data.events.map((e: Json) => ({
          ...e,
          cameo: e.cameoCode,
          participants: e.participantsConnection.edges.map((x: Json) => ({ role: x.properties.role, name: x.node.name })),
        })),
        claims: data.claims.map((c: Json) => ({ text: c.text, speakers: c.speakers.map((s: Json) => s.name) })),
      }),
    floor: (rows) => rows.flatMap((r: Json) => relationsFacts(r as RelationsShape)),
  },
};
