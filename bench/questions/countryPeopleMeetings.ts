// Q4. A country's people → meetings → participants (operations/CountryPeopleMeetings.graphql).
import { fact, type Json, type Question } from './types.js';

const code = 'GBR';

interface Person {
  name: string;
  meetings: { title: string; participants: { role: unknown; name: unknown }[] }[];
}

const personFacts = (country: string, p: Person): string[] => [
  fact('person', country, p.name),
  ...p.meetings.flatMap((m) => [
    fact('meeting', p.name, m.title),
    ...m.participants.map((x) => fact('participant', p.name, m.title, x.role ?? 'PARTICIPANT', x.name)),
  ]),
];

export const countryPeopleMeetings: Question = {
  name: 'CountryPeopleMeetings',
  ours: { operation: 'CountryPeopleMeetings' },
  peer: {
    query: `query CountryPeopleMeetings($code: String!) {
      countries(where: { OR: [{ iso3: { eq: $code } }, { iso2: { eq: $code } }] }, limit: 1) {
        name
        people {
          name
          meetings(limit: 10, sort: [{ timeStart: ASC }, { id: ASC }]) {
            title participantsConnection { edges { properties { role } node { name } } }
          }
        }
      }
    }`,
    variables: { code },
  },
  floor: { cypher: 'countryPeopleMeetings', params: { code } },
  facts: {
    ours: (data) =>
      data.country
        ? [
            fact('country', data.country.name),
            ...data.country.people.flatMap((p: Json) =>
              personFacts(data.country.name, {
                name: p.name,
                meetings: p.meetings.nodes.map((m: Json) => ({
                  title: m.title,
                  participants: m.participants.map((x: Json) => ({ role: x.role, name: x.actor.name })),
                })),
              }),
            ),
          ]
        : [],
    peer: (data) =>
      data.countries.flatMap((c: Json) => [
        fact('country', c.name),
        ...c.people.flatMap((p: Json) =>
          personFacts(c.name, {
            name: p.name,
            meetings: p.meetings.map((m: Json) => ({
              title: m.title,
              participants: m.participantsConnection.edges.map((e: Json) => ({ role: e.properties.role, name: e.node.name })),
            })),
          }),
        ),
      ]),
    floor: (rows) => rows.flatMap((c: Json) => [fact('country', c.name), ...c.people.flatMap((p: Json) => personFacts(c.name, p))]),
  },
};
