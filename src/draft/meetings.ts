import type { EntityLink, Mention, Mentions, Sentence, Span, TimeMention } from './document.js';
import { actorMentions, subjectOf, type Actors, type Subject } from './subjects.js';
import { tenseAround } from './times.js';

export type MeetingMode = 'VISIT' | 'THIRD_LOCATION' | 'TALKS' | 'CALL';
export type Status = 'OCCURRED' | 'PLANNED' | 'ANNOUNCED_UNCONFIRMED' | 'PROPOSED' | 'HYPOTHETICAL';
type Role = 'VISITOR' | 'HOST' | 'PARTICIPANT';

export interface FoundMeeting {
  readonly sentences: readonly number[];
  readonly mode: MeetingMode;
  readonly status: Status;
  readonly participants: readonly { readonly entity: string; readonly role: Role; readonly span: Span; readonly met?: boolean }[];
  readonly place?: { readonly entity: string; readonly span: Span };
  readonly time?: TimeMention;
  readonly triggers: readonly Span[];
  readonly confidence: number;
  readonly reason?: string;
  /** The id of the meeting the graph already holds that this one is (src/draft/knownMeetings.ts). */
  readonly knownId?: string;
}

const trigger = /\b(meet|meets|met|meeting with|hold talks|holds talks|held talks|holding talks|talks with|(?:began|begin|begins|opened|resumed|resume|resumes|launched)\s+(?:a\s+new\s+round\s+of\s+|a\s+round\s+of\s+|the\s+|new\s+|fresh\s+)?(?:peace\s+|direct\s+|formal\s+)?talks|visit|visits|visited|visiting|travel to|travels to|travelled to|traveled to|travelling to|fly to|flew to|went to|goes to|trip to|(?:phone|telephone|video) call with|spoke by (?:phone|telephone)|called|phoned|spoke to|spoke with|summit with|host|hosts|hosted|hosting|welcomed|received|invited|invites)\b/gi;
const planned = /\b(will|is to|are to|was to|due to|plans? to|planned|planning to|scheduled|expected to|set to|going to|intends? to|is likely|are likely|next|upcoming|agreed to|agree to|agrees to|accepted an invitation to|postponed|postpones|delayed|rescheduled)\b|['’]ll\b/i;
/** A visit called off is no meeting at all (a postponed one is still planned). */
const cancelled = /\b(cancell?ed|cancels|called off|calls off|scrapped|scraps|abandoned)\s+(?:\w+\s+){0,3}$/i;
/** Host verbs: the subject hosts, the people after the verb visit. */
const hostVerb = /^(?:host|hosts|hosted|hosting|welcomed|received)$/i;
/** A plural subject that stands for the two sides named before: "The two agreed to meet", "They spoke by phone". */
const pairSubject = /(?:^|[\s,;"“])(the two(?:\s+(?:leaders|ministers|foreign ministers|men|women|sides|presidents|officials))?|they|both(?:\s+(?:leaders|ministers|men|women|sides))?)\s+((?:[a-z]+\s+){0,4})$/i;
/** "invited Xi to visit": the one invited is the visitor, whoever invites hosts. */
const invitedBefore = /\binvit(?:ed|es|e|ing)\s+$/i;
/** A dateline before the story: "KYIV, June 8 (Reuters) - ", "MOSCOW (AP) — ", "WASHINGTON - ". */
const dateline = /^\p{Lu}[\p{Lu} .'’-]+(?:,\s*[^-–—()]{1,20}?)?\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s+/u;
const proposed = /\b(proposed|proposes|suggested|suggests|offered|offers|invited|invites|wants to|hopes to|sought)\b/i;
// Lower case only: "Theresa May met" is not a modal.
const hypothetical = /\b(could|might|may|would)\s+(?:\w+\s+)?$/;
const determinerBefore = /\b(the|a|an|this|that|his|her|its|their|our|any|such)\s+(?:[a-z]+\s+)?$/i;
/** "made a surprise visit to Kyiv", "paid a state visit": a noun that is the subject's act. */
const actVerbBefore = /\b(?:made|makes|make|making|paid|pays|pay|paying|began|begins|is on|was on|concluded|concludes|ended|ends|held|holds|hold|holding|attended|attends|attend)\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z]+\s+)?$/i;
/** What a reporting verb before the trigger says is its own clause: "Kremlin says Putin to meet Erdogan". */
const reportedClause = /^.*\b(?:says|said|tells|told|announced|announces)\s+(?:that\s+)?/i;
const unconfirmed = /\b(?:did not|has not|have not|had not|didn['’]t|hasn['’]t|would not|declined to|refused to)\s+confirm|\bnot\s+(?:been\s+)?confirmed\b|\bunconfirmed\b/i;
const negated = /\b(did not|didn['’]t|will not|won['’]t|never|has not|have not|refused to|cancelled|called off)\s+(?:\w+\s+)?$/i;
const headlineFuture = /\bto\s+$/;

const modeOf = (word: string): MeetingMode =>
  /visit|travel|fly|flew|went|goes|trip/i.test(word) ? 'VISIT' : /call|phone|spoke/i.test(word) ? 'CALL' : 'TALKS';

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

/** Actors coordinated with a subject before it: "Biden and Li meet", "France, Germany and Poland agreed". */
function coordinated(text: string, actors: Actors, subject: Mention, from: number): Mention[] {
  const out: Mention[] = [];
  let edge = subject.start;
  for (const a of [...actors.actors].reverse()) {
    if (a.end > edge || a.start < from) continue;
    const link = text.slice(a.end, edge);
    if (!/^\s*(?:,|,?\s+and)\s+$/.test(link)) break;
    // A bare comma joins a list only before its "and": "According to the ministry, Mirzoyan…" is no list.
    if (out.length === 0 && !/\band\s+$/.test(link)) break;
    out.unshift(a);
    edge = a.start;
  }
  return out;
}

function statusOf(text: string, sentence: Sentence, at: number, announcedUnconfirmed: boolean): Status | null {
  const before = text.slice(sentence.start, at);
  if (negated.test(before) || cancelled.test(before)) return null;
  // A headline's "Albanese to visit China" is its future tense.
  if (sentence.heading && headlineFuture.test(before) && !proposed.test(before.slice(-40))) return announcedUnconfirmed ? 'ANNOUNCED_UNCONFIRMED' : 'PLANNED';
  if (hypothetical.test(before)) return 'HYPOTHETICAL';
  if (/^invite/i.test(text.slice(at, at + 6))) return 'PROPOSED';
  const clause = sentence.text;
  if (proposed.test(before.slice(-40))) return 'PROPOSED';
  // Only the trigger's own clause: "agree to restore ties as Kishida visits Seoul" plans nothing of the visit.
  const own = before.slice(-60).replace(/^.*\b(?:as|while|whereas|because|since|but)\s+/is, '');
  const future = planned.test(own) || tenseAround(clause, at - sentence.start) === 'future';
  if (future) return announcedUnconfirmed ? 'ANNOUNCED_UNCONFIRMED' : 'PLANNED';
  return 'OCCURRED';
}

// An attribution after a comma ("…, Kremlin spokesman Dmitry Peskov said") names who reported it, not who met.
const clauseStop = /[;]|,\s*(?:where|while|which|but|and then|as|after|before|saying|adding|according)\b|,\s+[^,;]{0,60}?\b(?:said|says|told|reported|announced)\b|\s+(?:where|while|but|after|before)\s+|\.\s/;
/** An actor after "of the" or "at the" is where or whose, not someone met: "on the sidelines of the G20 summit". */
const notMetBefore = /\b(?:of|at|during|in)\s+(?:the\s+)?$/i;

/** A movement verb names where someone went; whom they met needs words of its own ("flew to Paris to meet Macron"). */
const movementVerb = /^(?:travel|fly|flew|went|goes|trip)/i;
const meetingWords = /\b(?:meet|meets|meeting|met|with|see|sees|host|hosts|hosted|guest|talks)\b/i;
/** "The last chancellor to visit Beijing was Angela Merkel": the one after the copula is who went. */
const copulaBefore = /\b(?:was|is|were|are)\s+$/i;

function objectsAfter(text: string, actors: Actors, sentence: Sentence, from: number, limit: number): { entity: string; span: Span }[] {
  // The clause after the trigger: up to the next clause break, so "…, where she will…" is left out.
  const rest = text.slice(from, limit);
  const stop = clauseStop.exec(rest);
  const end = stop ? from + stop.index : limit;
  return actors.actors.filter((m) => m.start >= from && m.end <= end && !notMetBefore.test(text.slice(Math.max(from, m.start - 12), m.start))).map((m) => ({ entity: m.entity, span: { start: m.start, end: m.end } }));
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
  const isPerson = (id: string) => kindOf(id) === 'Person' && mentions.entities.get(id)?.named !== false;
  /** A person's country as the words give it, or else as the graph holds it (nationality, or an office's country). */
  const nationality: Nationality = (id) => {
    const stated = countryOf(mentions.links, id);
    if (stated) return { country: stated, fromGraph: false };
    const entity = mentions.entities.get(id);
    const known = entity?.kind === 'Person' ? entity.known?.country : undefined;
    return known ? { country: known, fromGraph: true } : undefined;
  };
  const countryOfActor = (id: string) => nationality(id)?.country;
  /** "The two agreed to meet": the people of the last meeting drafted nearby, or else the last two people named. */
  const pairBefore = (head: string, body: number, subject: Subject | undefined): { people: Mention[]; span: Span } | undefined => {
    const m = pairSubject.exec(head);
    if (!m) return undefined;
    const start = body + m.index + m[0].indexOf(m[1]!);
    if (subject && !subject.viaPronoun && subject.span.end > start) return undefined;
    const span = { start, end: start + m[1]!.length };
    const here = sentences.find((x) => x.start <= start && start < x.end)?.index ?? 0;
    const last = found.at(-1);
    const lastPeople = last && here - Math.max(...last.sentences) <= 2 ? last.participants.filter((p) => isPerson(p.entity)) : [];
    if (lastPeople.length === 2) {
      const byId = (id: string) => [...actors.actors].reverse().find((a) => a.entity === id && a.end <= start);
      const people = lastPeople.map((p) => byId(p.entity)).filter((x): x is Mention => x !== undefined);
      if (people.length === 2) return { people, span };
    }
    const people: Mention[] = [];
    for (const a of [...actors.actors].reverse()) {
      if (a.end > start || !isPerson(a.entity) || people.some((p) => p.entity === a.entity)) continue;
      people.push(a);
      if (people.length === 2) break;
    }
    return people.length === 2 ? { people: people.reverse(), span } : undefined;
  };
  for (const sentence of sentences) {
    trigger.lastIndex = 0;
    const local: FoundMeeting[] = [];
    // The story starts after a dateline: the agency in "(Reuters) -" is nobody's subject, its date no meeting's time.
    const body = sentence.start + (dateline.exec(sentence.text)?.[0].length ?? 0);
    const matches = [...sentence.text.matchAll(trigger)];
    for (const [mi, m] of matches.entries()) {
      const at = sentence.start + m.index;
      // "flew to Washington and visited NATO": a second verb joined by "and" starts a trip of its own.
      const nextJoined = matches.slice(mi + 1).find((n) => /\s(?:and|and then|then)\s+$/i.test(sentence.text.slice(0, n.index)));
      const limit = nextJoined ? sentence.start + nextJoined.index : sentence.end;
      if (at < body) continue;
      const triggerSpan = { start: at, end: at + m[0].length };
      // "went to" names a trip only when a name follows: "went to Beijing", not "went to great lengths".
      if (/^(?:went|goes) to$/i.test(m[0]) && !/^\s+(?:the\s+)?\p{Lu}/u.test(text.slice(triggerSpan.end, triggerSpan.end + 20))) continue;
      if (/^(?:called|spoke to|spoke with)$/i.test(m[0]) && !/\b(?:phone|telephone|call)\b/i.test(sentence.text)) continue;
      if (determinerBefore.test(text.slice(sentence.start, at)) && !actVerbBefore.test(text.slice(sentence.start, at)) && /^visit|^meeting|^host|^summit/i.test(m[0])) continue;
      // "received" and "welcomed" meet only people: "received a letter" is no meeting.
      if (/^(?:received|welcomed)$/i.test(m[0]) && !/^\s+(?:\p{Lu}|the\s+\p{Ll}+\s+\p{Lu})/u.test(text.slice(triggerSpan.end, triggerSpan.end + 30))) continue;
      const status = statusOf(text, sentence, at, unconfirmedIn.has(sentence.index));
      if (!status) continue;
      // "invited Ruto to Ottawa": an invitation to come, a proposed visit (with a verb after "to", the verb drafts it).
      const inviting = /^invite/i.test(m[0]);
      if (inviting && !/^\s+\S[^,;.]{0,60}?\s+to\s+(?!visit|travel|meet|hold|attend)\p{Lu}/u.test(text.slice(triggerSpan.end, sentence.end))) continue;
      const hosting = hostVerb.test(m[0]) || inviting;
      const reported = reportedClause.exec(text.slice(body, at));
      const clauseStart = body + (reported?.[0].length ?? 0);
      const head = text.slice(clauseStart, at);
      // "invited Xi to visit Australia": Xi visits, the one inviting hosts.
      const invitee = /^visit|^travel|^meet/i.test(m[0]) ? actors.actors.find((a) => a.start >= body && a.end <= at && /^\s+to\s+$/.test(text.slice(a.end, at)) && invitedBefore.test(text.slice(body, a.start))) : undefined;
      const subject = invitee ? subjectOf(text, sentence, invitee.start, actors, body) : subjectOf(text, sentence, at, actors, clauseStart);
      const pair = pairBefore(head, clauseStart, subject);
      // A journey's objects end where the next meeting word starts ("travel to Tokyo to prepare a summit with China").
      const nextTrigger = movementVerb.test(m[0]) ? matches[mi + 1] : undefined;
      const objects = objectsAfter(text, actors, sentence, triggerSpan.end, nextTrigger ? Math.min(limit, sentence.start + nextTrigger.index) : limit);
      let copulaEnd = 0;
      let titleCountry: { entity: string; span: Span } | undefined;
      // "The last chancellor to visit Beijing before the pandemic was Merkel": with no subject, the person after the copula went.
      if (!subject && !pair && !hosting && modeOf(m[0]) === 'VISIT') {
        const traveller = actors.actors.find((a) => a.start > triggerSpan.end && a.end <= limit && kindOf(a.entity) === 'Person' && copulaBefore.test(text.slice(triggerSpan.end, a.start)) && !/[,;]/.test(text.slice(triggerSpan.end, a.start)));
        if (traveller && !objects.some((o) => o.entity === traveller.entity)) {
          objects.push({ entity: traveller.entity, span: { start: traveller.start, end: traveller.end } });
          copulaEnd = traveller.end;
          // "The last British foreign secretary to…": the country of the title is the traveller's.
          for (const c of mentions.mentions) if (c.start >= clauseStart && c.end <= at && kindOf(c.entity) === 'Country') titleCountry = { entity: c.entity, span: { start: c.start, end: c.end } };
        }
      }
      // A place inside a name ("the Russian embassy in London") is where the embassy is, not the meeting.
      const places = mentions.mentions.filter((x) => !mentions.mentions.some((o) => o !== x && o.start <= x.start && x.end <= o.end && o.end - o.start > x.end - x.start) && x.start >= body && x.end <= sentence.end && kindOf(x.entity) === 'Place' && x.start > (subject?.span.end ?? sentence.start));
      // At a third place: "on the margins of", "on the sidelines of", "at a summit", or the summit itself.
      const thirdPlace = /margins|sidelines|\bat\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}summit\b/iu.test(sentence.text) || /^summit/i.test(m[0]);
      const mode = thirdPlace && !hosting ? 'THIRD_LOCATION' : hosting || invitee ? 'VISIT' : modeOf(m[0]);
      const participants: { entity: string; role: Role; span: Span; met?: boolean }[] = [];
      const add = (entity: string, role: Role, span: Span, met = false) => {
        if (!participants.some((p) => p.entity === entity)) participants.push({ entity, role, span, ...(met ? { met } : {}) });
      };
      const subjectRole: Role = hosting || invitee ? 'HOST' : mode === 'VISIT' ? 'VISITOR' : 'PARTICIPANT';
      const objectRole: Role = hosting ? 'VISITOR' : mode === 'VISIT' ? 'HOST' : 'PARTICIPANT';
      if (pair) for (const p of pair.people) add(p.entity, 'PARTICIPANT', pair.span);
      else if (subject) {
        for (const c of coordinated(text, actors, subject.mention, body)) add(c.entity, subjectRole, c);
        add(subject.mention.entity, subjectRole, subject.span);
      }
      if (invitee) add(invitee.entity, 'VISITOR', invitee, true);
      if (titleCountry) add(titleCountry.entity, 'VISITOR', titleCountry.span);
      for (const o of objects) {
        // "invited Ruto to Canada": the country after "to" is the host.
        if (inviting && kindOf(o.entity) === 'Country' && /\bto\s+(?:the\s+)?$/.test(text.slice(Math.max(0, o.span.start - 8), o.span.start))) add(o.entity, 'HOST', o.span);
        else if (!hosting && mode === 'VISIT' && kindOf(o.entity) === 'Person' && copulaBefore.test(text.slice(triggerSpan.end, o.span.start))) add(o.entity, 'VISITOR', o.span);
        else if (!hosting && movementVerb.test(m[0]) && kindOf(o.entity) === 'Person' && !meetingWords.test(text.slice(triggerSpan.end, o.span.start))) continue;
        else if (kindOf(o.entity) === 'Person' || (mode === 'VISIT' && o === objects[0]) || objects.length === 1) add(o.entity, objectRole, o.span, true);
      }
      // A place in an attribution after the meeting's clause (", officials in Tokyo said") is where the speakers are.
      const clauseLimit = Math.min(limit, triggerSpan.end + (clauseStop.exec(text.slice(triggerSpan.end, limit))?.index ?? limit));
      const place = places.find((p) => p.start >= triggerSpan.start && p.start < clauseLimit) ?? places.find((p) => p.start < clauseLimit);
      // A visit's host is the country of the place, unless the visitor is its national (coming home is no visit).
      if (mode === 'VISIT' && place && !participants.some((p) => p.role === 'HOST') && !hosting) {
        const host = countryOf(mentions.links, place.entity);
        const visitors = participants.filter((p) => p.role === 'VISITOR').map((p) => p.entity);
        if (host && !visitors.some((v) => countryOfActor(v) === host) && host !== countryOfActor(subject?.mention.entity ?? '')) add(host, 'HOST', place);
      }
      if (participants.length < 2 && !(mode === 'VISIT' && place && subject && participants.length === 1 && !hosting)) continue;
      // Talks in one side's country: that side hosts, the others visit.
      if (mode !== 'VISIT' && place) {
        const placeCountry = countryOf(mentions.links, place.entity);
        const hosts = participants.filter((p) => placeCountry && countryOfActor(p.entity) === placeCountry);
        if (hosts.length > 0 && hosts.length < participants.length) {
          for (const p of participants) p.role = hosts.includes(p) ? 'HOST' : 'VISITOR';
        }
      }
      // The meeting's time is in its own clause: after the verb up to a clause break or an attribution, or else just before it.
      const inSentence = times.filter((t) => t.sentence === sentence.index && t.start >= body);
      const clauseEnd = Math.max(copulaEnd + 40, triggerSpan.end + (clauseStop.exec(text.slice(triggerSpan.end, sentence.end))?.index ?? sentence.end));
      const time = inSentence.find((t) => t.start >= triggerSpan.start && t.start < clauseEnd)
        ?? [...inSentence].reverse().find((t) => t.end <= triggerSpan.start && !/,\s+(?:where|while|which|but)\b|;/.test(text.slice(t.end, triggerSpan.start)));
      // "visited Nato headquarters in Brussels and then Warsaw": one visit per place named after the verb.
      if (mode === 'VISIT' && subject) {
        const later = places.filter((p) => p.start > (place?.end ?? Number.POSITIVE_INFINITY) && p.start < limit && !/[;.]/.test(text.slice(triggerSpan.end, p.start)));
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
    const joined: FoundMeeting[] = [];
    for (const meeting of local) {
      const same = joined.find((f) => sameMeeting(f, meeting, kindOf));
      if (same) joined[joined.indexOf(same)] = merge(same, meeting);
      else joined.push(meeting);
    }
    for (const meeting of joined) {
      const same = found.find((f) => sameMeeting(f, meeting, kindOf));
      if (same) found[found.indexOf(same)] = merge(same, meeting);
      else found.push(meeting);
    }
  }
  const whole = found.map((meeting) => withStates(withRoles(meeting, mentions.links, nationality), mentions.links, nationality, kindOf));
  return withSides(text, sentences, whole, actors, mentions.links);
}

/** Words that take up the meeting just told: "The meeting lasted…", "The talks took place…". */
const meetingAnaphor = /^\s*(?:the|these|those|this|that)\s+(?:meeting|talks|visit|summit|call|discussions?)\b/i;
/** Where a body receives the meeting: "took place at the headquarters of the Ethiopian foreign ministry", "talks at the foreign ministry". */
const atBody = /\b(?:at|in|inside)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,3}of\s+(?:the\s+)?)?$/u;

/**
 * Bodies and delegations the text places at a meeting join the side of their country: a ministry
 * where the meeting was held ("took place at the headquarters of the Ethiopian foreign ministry",
 * in the meeting's sentence or the next that takes it up again) and a country's delegation named
 * after the meeting ("the Kenyan delegation had brought proposals"), which is the country's party
 * at the last meeting told before it that the country took part in.
 */
function withSides(text: string, sentences: readonly Sentence[], meetings: FoundMeeting[], actors: Actors, links: readonly EntityLink[]): FoundMeeting[] {
  const out = meetings.map((m) => ({ ...m, participants: [...m.participants] }));
  const join = (meeting: (typeof out)[number], entity: string, span: Span) => {
    const country = countryOf(links, entity);
    const side = country ? meeting.participants.find((p) => p.entity === country) : undefined;
    if (!side || meeting.participants.some((p) => p.entity === entity)) return;
    meeting.participants.push({ entity, role: side.role, span });
  };
  for (const meeting of out) {
    const own = new Set(meeting.sentences);
    const last = Math.max(...meeting.sentences);
    const next = sentences[last + 1];
    if (next && !next.heading && meetingAnaphor.test(next.text)) own.add(next.index);
    for (const a of actors.actors) {
      if (!own.has(a.sentence) || actors.entities.get(a.entity)?.kind !== 'Organisation') continue;
      const sentence = sentences[a.sentence]!;
      if (atBody.test(text.slice(sentence.start, a.start))) join(meeting, a.entity, a);
    }
  }
  for (const a of actors.actors) {
    if (actors.entities.get(a.entity)?.kind !== 'Group' || !/\bdelegation$/i.test(actors.entities.get(a.entity)!.name)) continue;
    const country = countryOf(links, a.entity);
    if (!country) continue;
    const before = out.filter((m) => Math.min(...m.sentences) <= a.sentence && m.participants.some((p) => p.entity === country));
    const meeting = before.sort((x, y) => Math.max(...x.sentences) - Math.max(...y.sentences)).pop();
    if (meeting) join(meeting, a.entity, a);
  }
  return out;
}

type Nationality = (id: string) => { readonly country: string; readonly fromGraph: boolean } | undefined;

/** A meeting of office holders is also one of their states: each person's country joins in the person's role. */
function withStates(meeting: FoundMeeting, links: readonly EntityLink[], nationality: Nationality, kindOf: (id: string) => string | undefined): FoundMeeting {
  const participants = [...meeting.participants];
  const fromGraph: string[] = [];
  for (const p of meeting.participants) {
    if (p.entity.startsWith('country:')) continue;
    const found = nationality(p.entity);
    if (found && !participants.some((q) => q.entity === found.country)) {
      participants.push({ entity: found.country, role: p.role, span: p.span });
      if (found.fromGraph) fromGraph.push(`${found.country} (${p.entity}'s country)`);
    }
  }
  // A person hosting whose country the words do not give hosts in the country of the place: "hosted … in
  // Berlin". An organisation hosting ("visited Nato headquarters in Brussels") is the host itself.
  const placeCountry = meeting.place && meeting.mode !== 'THIRD_LOCATION' && meeting.mode !== 'CALL' ? countryOf(links, meeting.place.entity) : undefined;
  const hosts = meeting.participants.filter((p) => p.role === 'HOST');
  if (placeCountry && !participants.some((q) => q.entity === placeCountry) && hosts.some((p) => !nationality(p.entity)) && !hosts.some((p) => kindOf(p.entity) === 'Organisation' || kindOf(p.entity) === 'Group')) {
    participants.push({ entity: placeCountry, role: 'HOST', span: meeting.place!.span });
  }
  const graphReason = fromGraph.length > 0 ? `${fromGraph.join(', ')} from the graph, not the text` : undefined;
  const reason = [meeting.reason, graphReason].filter(Boolean).join('; ');
  return { ...meeting, participants, ...(reason ? { reason } : {}) };
}

/**
 * Roles once a meeting is whole: where it takes place in one side's country, that side hosts and
 * the rest visit; elsewhere (or with no place) the sides are participants, except in a visit.
 */
function withRoles(meeting: FoundMeeting, links: readonly EntityLink[], nationality: Nationality): FoundMeeting {
  // A visit to a country named as such ("travelled to Djibouti, where he met…") is hosted there too.
  const hostCountry = (meeting.place ? countryOf(links, meeting.place.entity) : undefined)
    ?? (meeting.mode === 'VISIT' ? meeting.participants.find((p) => p.role === 'HOST' && p.entity.startsWith('country:'))?.entity : undefined);
  if (!hostCountry || meeting.mode === 'THIRD_LOCATION' || meeting.mode === 'CALL') return meeting;
  const sides = meeting.participants.map((p) => ({ ...p, country: nationality(p.entity)?.country }));
  if (!sides.some((p) => p.country === hostCountry)) return meeting;
  // Someone met there whose country the words do not give ("talks with President Volodymyr Zelensky" in
  // Kyiv) is the host, unless a person of the host country is named; otherwise a visitor.
  const localPerson = sides.some((p) => p.country === hostCountry && !p.entity.startsWith('country:'));
  const role = (p: (typeof sides)[number]): Role =>
    p.country === hostCountry ? 'HOST' : p.country ? 'VISITOR' : p.role === 'HOST' || (p.met && !localPerson) ? 'HOST' : 'VISITOR';
  const participants = sides.map((p) => ({ entity: p.entity, role: role(p), span: p.span, ...(p.met ? { met: p.met } : {}) }));
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
  // A meeting told by its states only ("Armenia and Azerbaijan resume talks in Washington") is the one
  // whose people are named with those states, at the same place, in the same way and with the same status.
  const ids = (m: FoundMeeting) => m.participants.map((p) => p.entity);
  const within = (x: FoundMeeting, y: FoundMeeting) => people(x, kindOf).length === 0 && ids(x).length > 0 && ids(x).every((id) => ids(y).includes(id));
  if ((within(a, b) || within(b, a)) && a.mode === b.mode && a.status === b.status && a.place?.entity === b.place?.entity) return true;
  // Who visits whom is part of what a meeting is: Albanese in Beijing is not Xi in Australia.
  const roleIn = (m: FoundMeeting, id: string) => m.participants.find((p) => p.entity === id)?.role;
  if (overlap.some((id) => { const ra = roleIn(a, id); const rb = roleIn(b, id); return ra !== rb && ra !== 'PARTICIPANT' && rb !== 'PARTICIPANT'; })) return false;
  if (a.sentences.includes(b.sentences[0]!) && overlap.length > 0) return true;
  const compatible = a.status === b.status || (a.status !== 'OCCURRED' && b.status !== 'OCCURRED');
  // The same people at the same place, or in the next sentence in the same way: one meeting told twice.
  // A visit and the talks held on it: "Kishida visits Seoul" and "arrived in Seoul for talks with Yoon", at the same time if both give one.
  const visitTalks = (x: FoundMeeting, y: FoundMeeting) => x.mode === 'VISIT' && y.mode === 'TALKS';
  const sameTime = !a.time?.startDay || !b.time?.startDay || (a.time.startDay <= (b.time.endDay ?? b.time.startDay) && b.time.startDay <= (a.time.endDay ?? a.time.startDay));
  if (overlap.length > 0 && compatible && a.place && b.place && (a.mode === b.mode || ((visitTalks(a, b) || visitTalks(b, a)) && a.status === b.status && sameTime))) return true;
  const gap = b.sentences[0]! - Math.max(...a.sentences);
  if (overlap.length > 0 && compatible && gap >= 0 && gap <= 1 && a.mode === b.mode && (pa.length < 2 || pb.length < 2)) return true;
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
