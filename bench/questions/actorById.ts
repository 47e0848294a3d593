// Q5. One actor by id (operations/ActorById.graphql).
import { fact, type Json, type Question } from './types.js';

const id = 'person:sergei-lavrov';

interface ActorShape {
  id: string;
  name: string;
  aliases: unknown[] | null;
  description: unknown;
  wikidataId: unknown;
  actorCode: unknown;
  named: unknown;
  country: unknown;
  evidence: unknown[];
  sources: unknown[];
}

const actorFacts = (a: ActorShape): string[] => [
  fact('actor', a.id, a.name, a.description, a.wikidataId, a.actorCode, a.named ?? true, a.country),
  ...(a.aliases ?? []).map((alias) => fact('alias', alias)),
  ...a.evidence.map((exact) => fact('evidence', exact)),
  ...a.sources.map((source) => fact('source', source)),
];

export const actorById: Question = {
  name: 'ActorById',
  ours: { operation: 'ActorById' },
  peer: {
    // Our Actor.country is NATIONAL_OF for a person, BELONGS_TO or REPRESENTS for an organisation:
    // the peer names each relationship, and the client takes the first present.
    query: `query ActorById($id: ID!) {
      actors(where: { id: { eq: $id } }) {
        id name aliases description wikidataId actorCode named
        nationalOf { name } belongsTo { name } represents { name }
        evidence { exact } sources { id }
      }
    }`,
    variables: { id },
  },
  floor: { cypher: 'actorById', params: { id } },
  facts: {
    ours: (data) =>
      data.actor
        ? actorFacts({
            ...data.actor,
            country: data.actor.country?.name,
            evidence: data.actor.evidence.map((e: Json) => e.exact),
            sources: data.actor.sources.nodes.map((s: Json) => s.id),
          })
        : [],
    peer: (data) =>
      data.actors.flatMap((a: Json) =>
        actorFacts({
          ...a,
          country: (a.nationalOf[0] ?? a.belongsTo[0] ?? a.represents[0])?.name,
          evidence: a.evidence.map((e: Json) => e.exact),
          sources: a.sources.map((s: Json) => s.id),
        }),
      ),
    floor: (rows) => rows.flatMap((a: Json) => actorFacts(a as ActorShape)),
  },
};
