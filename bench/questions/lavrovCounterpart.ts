// Q2. Counterpart by name (operations/LavrovCounterpart.graphql): a person's counterparts, their
// offices, and their meetings with who announced, requested or did not confirm them.
import { nameKey } from '../../src/db/nameKey.js';
import { floorMeeting, meetingFacts, ourMeeting, peerMeeting, peerMeetingFields, type MeetingShape } from './trussMeetings.js';
import { fact, type Json, type Question } from './types.js';

const key = nameKey('Sergei Lavrov');

interface CounterpartMeeting extends MeetingShape {
  id: string;
  announcedBy: unknown[];
  requestedBy: { name: unknown; claim?: unknown }[];
  notConfirmedBy: unknown[];
  history: { source: unknown; status: unknown; timeStart: unknown; timeEnd: unknown }[];
}

interface Counterpart {
  id: string;
  name: string;
  iso3: unknown;
  offices: { title: unknown; wording: unknown; current: unknown }[];
  meetings: CounterpartMeeting[];
}

function counterpartFacts(of: string, c: Counterpart, withClaims: boolean): string[] {
  return [
    fact('counterpart', of, c.id, c.name, c.iso3),
    ...c.offices.map((o) => fact('office', c.name, o.title, o.wording, o.current)),
    ...c.meetings.flatMap((m) => [
      ...meetingFacts(c.name, m),
      fact('meetingId', m.title, m.id),
      ...m.announcedBy.map((name) => fact('announcedBy', m.title, name)),
      ...m.requestedBy.map((r) => fact('requestedBy', m.title, r.name)),
      ...(withClaims ? m.requestedBy.map((r) => fact('requestClaim', m.title, r.name, r.claim)) : []),
      ...m.notConfirmedBy.map((name) => fact('notConfirmedBy', m.title, name)),
      ...m.history.map((h) => fact('history', m.title, h.source, h.status, h.timeStart, h.timeEnd)),
    ]),
  ];
}

const names = (list: Json[] | undefined) => (list ?? []).map((x: Json) => x.name);

export const lavrovCounterpart: Question = {
  name: 'LavrovCounterpart',
  ours: { operation: 'LavrovCounterpart' },
  peer: {
    // Person is its own type in the peer's definitions only so that `kinds: [PERSON]` can be said.
    query: `query LavrovCounterpart($key: String!) {
      people(where: { nameKeys: { includes: $key } }, sort: [{ name: ASC }, { id: ASC }]) {
        id name
        counterparts {
          id name nationalOf { iso3 }
          officesConnection { edges { properties { wording current } node { title } } }
          meetings(limit: 10, sort: [{ timeStart: ASC }, { id: ASC }]) {
            id ${peerMeetingFields}
            announcedBy { name } requestedBy { name } notConfirmedBy { name }
            sourcesConnection { edges { properties { status timeStart timeEnd } node { id } } }
          }
        }
      }
    }`,
    variables: { key },
  },
  floor: { cypher: 'lavrovCounterpart', params: { key } },
  peerCannot: [
    {
      prefix: 'requestClaim',
      why: 'MeetingRequest.claim: REQUESTED names its claim by id in a property (claimId), which the generated API cannot follow',
    },
  ],
  facts: {
    ours: (data) =>
      data.actorsByName.flatMap((a: Json) => [
        fact('actor', a.id, a.name),
        ...(a.counterparts ?? []).flatMap((c: Json) =>
          counterpartFacts(
            a.name,
            {
              id: c.id,
              name: c.name,
              iso3: c.country?.iso3,
              offices: c.offices.map((o: Json) => ({ title: o.office.title, wording: o.wording, current: o.current })),
              meetings: c.meetings.nodes.map((m: Json) => ({
                ...ourMeeting(m),
                id: m.id,
                announcedBy: names(m.announcedBy),
                requestedBy: m.requestedBy.map((r: Json) => ({ name: r.actor.name, claim: r.claim?.text })),
                notConfirmedBy: names(m.notConfirmedBy),
                history: m.history.map((h: Json) => ({ source: h.source.id, status: h.status, timeStart: h.time?.start, timeEnd: h.time?.end })),
              })),
            },
            true,
          ),
        ),
      ]),
    peer: (data) =>
      data.people.flatMap((a: Json) => [
        fact('actor', a.id, a.name),
        ...a.counterparts.flatMap((c: Json) =>
          counterpartFacts(
            a.name,
            {
              id: c.id,
              name: c.name,
              iso3: c.nationalOf[0]?.iso3,
              offices: c.officesConnection.edges.map((e: Json) => ({ title: e.node.title, wording: e.properties.wording, current: e.properties.current })),
              meetings: c.meetings.map((m: Json) => ({
                ...peerMeeting(m),
                id: m.id,
                announcedBy: names(m.announcedBy),
                requestedBy: m.requestedBy.map((r: Json) => ({ name: r.name })),
                notConfirmedBy: names(m.notConfirmedBy),
                history: m.sourcesConnection.edges.map((e: Json) => ({ source: e.node.id, ...e.properties })),
              })),
            },
            false,
          ),
        ),
      ]),
    floor: (rows) =>
      rows.flatMap((a: Json) => [
        fact('actor', a.id, a.name),
        ...a.counterparts.flatMap((c: Json) =>
          counterpartFacts(a.name, { ...c, meetings: c.meetings.map((m: Json) => ({ ...floorMeeting(m), ...m })) }, true),
        ),
      ]),
  },
};
