// Q3. Claims by a speaker with targets and evidence (operations/TrussAllegations.graphql).
import { fact, time, type Json, type Question } from './types.js';

const speaker = 'person:liz-truss';
const kinds = ['ACCUSATION', 'ALLEGATION', 'WARNING'];

interface ClaimShape {
  id: string;
  text: string;
  kind: string;
  mode: string;
  status: string;
  timeText: unknown;
  timeStart: unknown;
  timeEnd: unknown;
  about: { role: unknown; id: unknown; name?: unknown; title?: unknown; status?: unknown }[];
  evidence: { exact: unknown; start: unknown; end: unknown }[];
}

function claimFacts(c: ClaimShape): string[] {
  return [
    fact('claim', c.id, c.text, c.kind, c.mode, c.status, time(c.timeText, c.timeStart, c.timeEnd, '')),
    ...c.about.map((a) => fact('about', c.id, a.role ?? 'SUBJECT', a.id, a.name, a.title, a.status)),
    ...c.evidence.map((e) => fact('evidence', c.id, e.exact, e.start, e.end)),
  ];
}

/** What a claim is about, as the operation asks it: an actor's name, an event's title and status. */
const target = (role: unknown, node: Json, typename: string) => ({
  role,
  id: node.id,
  name: typename === 'Actor' || node.name !== undefined ? node.name : undefined,
  title: typename === 'Event' ? node.title : undefined,
  status: typename === 'Event' ? node.status : undefined,
});

export const trussAllegations: Question = {
  name: 'TrussAllegations',
  ours: { operation: 'TrussAllegations' },
  peer: {
    query: `query TrussAllegations($speaker: ID!, $kinds: [String!]) {
      claims(where: { kind: { in: $kinds }, speakers: { some: { id: { eq: $speaker } } } },
             sort: [{ timeStart: ASC }, { id: ASC }], limit: 50) {
        id text kind mode status timeText timeStart timeEnd
        aboutConnection { edges { properties { role } node {
          __typename
          ... on Actor { id name } ... on Event { id title status }
          ... on Place { id } ... on Meeting { id } ... on Claim { id }
        } } }
        evidence { exact start end }
      }
    }`,
    variables: { speaker, kinds },
  },
  floor: { cypher: 'trussAllegations', params: { speaker, kinds } },
  facts: {
    ours: (data) =>
      data.claims.nodes.flatMap((c: Json) =>
        claimFacts({
          ...c,
          timeText: c.time.text,
          timeStart: c.time.start,
          timeEnd: c.time.end,
          about: c.about.map((a: Json) => target(a.role, a.node, a.node.title !== undefined ? 'Event' : 'Actor')),
        }),
      ),
    peer: (data) =>
      data.claims.flatMap((c: Json) =>
        claimFacts({ ...c, about: c.aboutConnection.edges.map((e: Json) => target(e.properties.role, e.node, e.node.__typename)) }),
      ),
    floor: (rows) => rows.flatMap((c: Json) => claimFacts(c as ClaimShape)),
  },
};
