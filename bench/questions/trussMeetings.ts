// Q1. A person's meetings with participants (operations/TrussMeetings.graphql).
import { nameKey } from '../../src/db/nameKey.js';
import { fact, time, type Json, type Question } from './types.js';

const key = nameKey('Liz Truss');

/** One meeting's facts, the same from every side once its fields are named alike. */
export interface MeetingShape {
  title: string;
  status: string;
  timeText: unknown;
  timeStart: unknown;
  timeEnd: unknown;
  timePrecision: unknown;
  place: unknown;
  participants: { role: unknown; name: unknown }[];
  evidence: unknown[];
}

export function meetingFacts(owner: string, m: MeetingShape): string[] {
  return [
    fact('meeting', owner, m.title, m.status, time(m.timeText, m.timeStart, m.timeEnd, m.timePrecision), m.place),
    ...m.participants.map((p) => fact('participant', m.title, p.role ?? 'PARTICIPANT', p.name)),
    ...m.evidence.map((exact) => fact('evidence', m.title, exact)),
  ];
}

/** Our API's Meeting as the operations ask it. */
export const ourMeeting = (m: Json): MeetingShape => ({
  title: m.title,
  status: m.status,
  timeText: m.time?.text,
  timeStart: m.time?.start,
  timeEnd: m.time?.end,
  timePrecision: m.time?.precision,
  place: m.place?.name,
  participants: (m.participants ?? []).map((p: Json) => ({ role: p.role, name: p.actor.name })),
  evidence: (m.evidence ?? []).map((e: Json) => e.exact),
});

/** The peer's Meeting: flat time properties, place as a list, roles on the connection's edges. */
export const peerMeeting = (m: Json): MeetingShape => ({
  ...m,
  place: m.place?.[0]?.name,
  participants: (m.participantsConnection?.edges ?? []).map((e: Json) => ({ role: e.properties.role, name: e.node.name })),
  evidence: (m.evidence ?? []).map((e: Json) => e.exact),
});

/** The floor's rows already carry the shape (bench/floor/*.cypher return it). */
export const floorMeeting = (m: Json): MeetingShape => m as MeetingShape;

/** The peer's meeting selection: our ordering (time, then id), as far as its sort allows. */
export const peerMeetingFields = `title status timeText timeStart timeEnd timePrecision place { name }
  participantsConnection { edges { properties { role } node { name } } } evidence { exact }`;

export const trussMeetings: Question = {
  name: 'TrussMeetings',
  ours: { operation: 'TrussMeetings' },
  peer: {
    query: `query TrussMeetings($key: String!) {
      actors(where: { nameKeys: { includes: $key } }, sort: [{ name: ASC }, { id: ASC }]) {
        id name
        meetings(limit: 10, sort: [{ timeStart: ASC }, { id: ASC }]) { ${peerMeetingFields} }
      }
    }`,
    variables: { key },
  },
  floor: { cypher: 'trussMeetings', params: { key } },
  facts: {
    ours: (data) =>
      data.actorsByName.flatMap((a: Json) => [fact('actor', a.id, a.name), ...a.meetings.nodes.flatMap((m: Json) => meetingFacts(a.name, ourMeeting(m)))]),
    peer: (data) =>
      data.actors.flatMap((a: Json) => [fact('actor', a.id, a.name), ...a.meetings.flatMap((m: Json) => meetingFacts(a.name, peerMeeting(m)))]),
    floor: (rows) =>
      rows.flatMap((a: Json) => [fact('actor', a.id, a.name), ...a.meetings.flatMap((m: Json) => meetingFacts(a.name, floorMeeting(m)))]),
  },
};
