import type { EntityLink, Mentions, Sentence, Span, TimeMention } from './document.js';
import { actorMentions, subjectOf, type Actors } from './subjects.js';
import { tenseAround } from './times.js';

export type MeetingMode = 'VISIT' | 'THIRD_LOCATION' | 'TALKS' | 'CALL';
export type Status = 'OCCURRED' | 'PLANNED' | 'ANNOUNCED_UNCONFIRMED' | 'PROPOSED' | 'HYPOTHETICAL';
type Role = 'VISITOR' | 'HOST' | 'PARTICIPANT';

export interface FoundMeeting {
  readonly sentences: readonly number[];
  readonly mode: MeetingMode;
  readonly status: Status;
  readonly participants: readonly { readonly entity: string; readonly role: Role; readonly span: Span }[];
  readonly place?: { readonly entity: string; readonly span: Span };
  readonly time?: TimeMention;
  readonly triggers: readonly Span[];
  readonly confidence: number;
  readonly reason?: string;
}

const trigger = /\b(meet|meets|met|meeting with|hold talks|holds talks|held talks|holding talks|talks with|visit|visits|visited|visiting|travel to|travels to|travelled to|traveled to|travelling to|fly to|flew to|trip to|(?:phone|telephone|video) call with|spoke by (?:phone|telephone)|called|phoned|spoke to|spoke with|summit with)\b/gi;
const planned = /\b(will|is to|are to|was to|due to|plans? to|planned|planning to|scheduled|expected to|set to|going to|intends? to|is likely|are likely|next|upcoming)\b|['’]ll\b/i;
const proposed = /\b(proposed|proposes|suggested|suggests|offered|offers|invited|invites|wants to|hopes to|sought)\b/i;
// Lower case only: "Theresa May met" is not a modal.
const hypothetical = /\b(could|might|may|would)\s+(?:\w+\s+)?$/;
const determinerBefore = /\b(the|a|an|this|that|his|her|its|their|our|any|such)\s+$/i;
const unconfirmed = /\b(?:did not|has not|have not|had not|didn['’]t|hasn['’]t|would not|declined to|refused to)\s+confirm|\bnot\s+(?:been\s+)?confirmed\b|\bunconfirmed\b/i;
const negated = /\b(did not|didn['’]t|will not|won['’]t|never|has not|have not|refused to|cancelled|called off)\s+(?:\w+\s+)?$/i;

const modeOf = (word: string): MeetingMode =>
  /visit|travel|fly|flew|trip/i.test(word) ? 'VISIT' : /call|phone|spoke/i.test(word) ? 'CALL' : 'TALKS';

/** The country an actor or place belongs to, from the links the mentions stage found. */
export function countryOf(links: readonly EntityLink[], id: string, seen = new Set<string>()): string | undefined {
  if (id.startsWith('country:')) return id;
  if (seen.has(id)) return undefined;
  seen.add(id);
  for (const link of links) {
    if (link.from !== id || !['LOCATED_IN', 'BELONGS_TO', 'HOLDS_OFFICE', 'OFFICE_OF', 'NATIONAL_OF'].includes(link.type)) continue;
    const found = countryOf(links, link.to, seen);
    if (found) return found;
  }
  return undefined;
}

function statusOf(text: string, sentence: Sentence, at: number, announcedUnconfirmed: boolean): Status | null {
  const before = text.slice(sentence.start, at);
  if (negated.test(before)) return null;
  if (hypothetical.test(before)) return 'HYPOTHETICAL';
  const clause = sentence.text;
  if (proposed.test(before.slice(-40))) return 'PROPOSED';
  const future = planned.test(before.slice(-60)) || tenseAround(clause, at - sentence.start) === 'future';
  if (future) return announcedUnconfirmed ? 'ANNOUNCED_UNCONFIRMED' : 'PLANNED';
  return 'OCCURRED';
}

function objectsAfter(text: string, actors: Actors, sentence: Sentence, from: number): { entity: string; span: Span }[] {
  // The clause after the trigger: up to the next clause break, so "…, where she will…" is left out.
  const rest = text.slice(from, sentence.end);
  const stop = /[;]|,\s*(?:where|while|which|but|and then|as|after|before|saying|adding)\b|\s+(?:where|while|but)\s+|\.\s/.exec(rest);
  const end = stop ? from + stop.index : sentence.end;
  return actors.actors.filter((m) => m.start >= from && m.end <= end).map((m) => ({ entity: m.entity, span: { start: m.start, end: m.end } }));
}

/**
 * The meetings stage: meetings, talks, visits and calls, each with its participants (the subject
 * and the people met; a visit's host is the country visited), its place, its time and its status
 * from modality (held → OCCURRED; will, is due to → PLANNED, or ANNOUNCED_UNCONFIRMED when the text
 * says it is not confirmed; proposed → PROPOSED; could → HYPOTHETICAL). Mentions of the same
 * meeting (the same people) are merged into one.
 */
export function findMeetings(text: string, sentences: readonly Sentence[], mentions: Mentions, times: readonly TimeMention[]): FoundMeeting[] {
  const actors = actorMentions(mentions);
  // "…did not confirm the visit" speaks of a meeting in its own sentence or the one before.
  const unconfirmedIn = new Set(sentences.filter((s) => unconfirmed.test(s.text)).flatMap((s) => [s.index, s.index - 1]));
  const found: FoundMeeting[] = [];
  const kindOf = (id: string) => mentions.entities.get(id)?.kind;
  for (const sentence of sentences) {
    trigger.lastIndex = 0;
    const local: FoundMeeting[] = [];
    for (let m = trigger.exec(sentence.text); m; m = trigger.exec(sentence.text)) {
      const at = sentence.start + m.index;
      const triggerSpan = { start: at, end: at + m[0].length };
      if (/^(?:called|spoke to|spoke with)$/i.test(m[0]) && !/\b(?:phone|telephone|call)\b/i.test(sentence.text)) continue;
      if (determinerBefore.test(text.slice(sentence.start, at)) && /^visit|^meeting/i.test(m[0])) continue;
      const status = statusOf(text, sentence, at, unconfirmedIn.has(sentence.index));
      if (!status) continue;
      const subject = subjectOf(text, sentence, at, actors);
      const objects = objectsAfter(text, actors, sentence, triggerSpan.end);
      // A place inside a name ("the Russian embassy in London") is where the embassy is, not the meeting.
      const places = mentions.mentions.filter((x) => !mentions.mentions.some((o) => o !== x && o.start <= x.start && x.end <= o.end && o.end - o.start > x.end - x.start) && x.start >= sentence.start && x.end <= sentence.end && kindOf(x.entity) === 'Place' && x.start > (subject?.span.end ?? sentence.start));
      const mode = /margins|sidelines|summit/i.test(sentence.text) ? 'THIRD_LOCATION' : modeOf(m[0]);
      const participants: { entity: string; role: Role; span: Span }[] = [];
      const add = (entity: string, role: Role, span: Span) => {
        if (!participants.some((p) => p.entity === entity)) participants.push({ entity, role, span });
      };
      if (subject) add(subject.mention.entity, mode === 'VISIT' ? 'VISITOR' : 'PARTICIPANT', subject.span);
      for (const o of objects) if (kindOf(o.entity) === 'Person' || (mode === 'VISIT' && o === objects[0]) || objects.length === 1) add(o.entity, mode === 'VISIT' ? 'HOST' : 'PARTICIPANT', o.span);
      const place = places.find((p) => p.start >= triggerSpan.start) ?? places[0];
      if (mode === 'VISIT' && place && participants.length < 2) {
        const host = countryOf(mentions.links, place.entity);
        if (host && host !== countryOf(mentions.links, subject?.mention.entity ?? '')) add(host, 'HOST', place);
      }
      if (participants.length < 2 && !(mode === 'VISIT' && place && participants.length === 1)) continue;
      // Talks in one side's country: that side hosts, the others visit.
      if (mode !== 'VISIT' && place) {
        const placeCountry = countryOf(mentions.links, place.entity);
        const hosts = participants.filter((p) => placeCountry && countryOf(mentions.links, p.entity) === placeCountry);
        if (hosts.length > 0 && hosts.length < participants.length) {
          for (const p of participants) p.role = hosts.includes(p) ? 'HOST' : 'VISITOR';
        }
      }
      const time = times.find((t) => t.sentence === sentence.index && t.start >= triggerSpan.start) ?? times.find((t) => t.sentence === sentence.index);
      // "visited Nato headquarters in Brussels and then Warsaw": one visit per place named after the verb.
      if (mode === 'VISIT' && subject) {
        const later = places.filter((p) => p.start > (place?.end ?? Number.POSITIVE_INFINITY) && !/[;.]/.test(text.slice(triggerSpan.end, p.start)));
        for (const next of later) {
          const host = countryOf(mentions.links, next.entity);
          const visitor = participants.filter((p) => p.role === 'VISITOR');
          local.push({
            sentences: [sentence.index], mode, status, participants: [...visitor, ...(host ? [{ entity: host, role: 'HOST' as const, span: { start: next.start, end: next.end } }] : [])],
            place: { entity: next.entity, span: { start: next.start, end: next.end } }, ...(time ? { time } : {}), triggers: [{ start: next.start, end: next.end }], confidence: 0.6,
          });
        }
      }
      local.push({
        sentences: [sentence.index], mode, status, participants, ...(place ? { place: { entity: place.entity, span: { start: place.start, end: place.end } } } : {}),
        ...(time ? { time } : {}), triggers: [triggerSpan], confidence: subject ? 0.75 : 0.5,
        ...(status === 'ANNOUNCED_UNCONFIRMED' ? { reason: 'the text says it is not confirmed' } : {}),
      });
    }
    // Triggers of one sentence with the same subject are one meeting ("due to visit Kyiv, where she will meet…").
    for (const meeting of local) {
      const same = found.find((f) => sameMeeting(f, meeting, kindOf));
      if (same) found[found.indexOf(same)] = merge(same, meeting);
      else found.push(meeting);
    }
  }
  return found.map((meeting) => withStates(withRoles(meeting, mentions.links), mentions.links));
}

/** A meeting of office holders is also one of their states: each person's country joins in the person's role. */
function withStates(meeting: FoundMeeting, links: readonly EntityLink[]): FoundMeeting {
  const participants = [...meeting.participants];
  for (const p of meeting.participants) {
    if (p.entity.startsWith('country:')) continue;
    const country = countryOf(links, p.entity);
    if (country && !participants.some((q) => q.entity === country)) participants.push({ entity: country, role: p.role, span: p.span });
  }
  return { ...meeting, participants };
}

/**
 * Roles once a meeting is whole: where it takes place in one side's country, that side hosts and
 * the rest visit; elsewhere (or with no place) the sides are participants, except in a visit.
 */
function withRoles(meeting: FoundMeeting, links: readonly EntityLink[]): FoundMeeting {
  const hostCountry = meeting.place ? countryOf(links, meeting.place.entity) : undefined;
  if (!hostCountry || meeting.mode === 'THIRD_LOCATION' || meeting.mode === 'CALL') return meeting;
  const sides = meeting.participants.map((p) => ({ ...p, country: countryOf(links, p.entity) }));
  if (!sides.some((p) => p.country === hostCountry)) return meeting;
  const participants = sides.map(({ country, ...p }) => ({ ...p, role: country === hostCountry ? ('HOST' as const) : ('VISITOR' as const) }));
  return { ...meeting, mode: meeting.mode === 'TALKS' ? 'TALKS' : meeting.mode, participants };
}

function people(meeting: FoundMeeting, kindOf: (id: string) => string | undefined): string[] {
  return meeting.participants.filter((p) => kindOf(p.entity) === 'Person').map((p) => p.entity).sort();
}

function sameMeeting(a: FoundMeeting, b: FoundMeeting, kindOf: (id: string) => string | undefined): boolean {
  const pa = people(a, kindOf);
  const pb = people(b, kindOf);
  const overlap = pa.filter((p) => pb.includes(p));
  if (a.place && b.place && a.place.entity !== b.place.entity) return false;
  if (a.sentences.includes(b.sentences[0]!) && overlap.length > 0) return true;
  if (pa.length >= 2 && pa.join() === pb.join()) return a.status === b.status || a.status !== 'OCCURRED' && b.status !== 'OCCURRED';
  return false;
}

const statusRank: Readonly<Record<Status, number>> = { ANNOUNCED_UNCONFIRMED: 4, OCCURRED: 3, PLANNED: 2, PROPOSED: 1, HYPOTHETICAL: 0 };
const width = (t: TimeMention | undefined) => (t?.startDay && t.endDay ? Date.parse(t.endDay) - Date.parse(t.startDay) : Number.POSITIVE_INFINITY);

function merge(a: FoundMeeting, b: FoundMeeting): FoundMeeting {
  const participants = [...a.participants];
  for (const p of b.participants) if (!participants.some((q) => q.entity === p.entity)) participants.push(p);
  const time = width(b.time) < width(a.time) ? b.time : a.time;
  const place = a.place ?? b.place;
  return {
    sentences: [...a.sentences, ...b.sentences], mode: a.mode === 'TALKS' && b.mode !== 'TALKS' ? b.mode : a.mode,
    status: statusRank[b.status] > statusRank[a.status] ? b.status : a.status, participants, ...(place ? { place } : {}), ...(time ? { time } : {}),
    triggers: [...a.triggers, ...b.triggers], confidence: Math.max(a.confidence, b.confidence), ...(a.reason ?? b.reason ? { reason: a.reason ?? b.reason } : {}),
  };
}
