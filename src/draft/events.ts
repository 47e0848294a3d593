import type { Mentions, Sentence, Span, TimeMention } from './document.js';
import { countryOf } from './meetings.js';
import { actorMentions, subjectOf } from './subjects.js';

/** Triggers that are verbs take their sentence's subject; nouns ("the Russian invasion of…") take the words around them. */
const verbal = /^(provided|supplied|sent|delivered|gave|give|provide|supply|send|deliver|invade[sd]?|invading|massed|amassed|deployed|expelled|expels|imposed?|poisoned)$/i;

export type EventKind = 'AID' | 'LOAN' | 'MILITARY_DEMONSTRATION' | 'POISONING' | 'DIPLOMATIC_COLLAPSE' | 'REPORT' | 'ALLIANCE_PROPOSAL' | 'SANCTIONS' | 'INVASION' | 'PLOT' | 'PRESSURE' | 'EXPENSE';
type Role = 'SOURCE' | 'TARGET' | 'BENEFICIARY' | 'VICTIM' | 'PERPETRATOR' | 'AUTHOR';

export interface FoundEvent {
  readonly sentence: number;
  readonly eventKind: EventKind;
  readonly title: string;
  readonly cameo: string;
  readonly status: 'OCCURRED' | 'PLANNED' | 'HYPOTHETICAL' | 'ALLEGED' | 'PROPOSED';
  readonly trigger: Span;
  readonly participants: readonly { readonly entity: string; readonly role: Role; readonly span: Span }[];
  readonly time?: TimeMention;
  readonly confidence: number;
}

interface EventRule {
  readonly pattern: RegExp;
  readonly eventKind: EventKind;
  readonly cameo: string;
  /** CAMEO code when the act is only promised or threatened. */
  readonly promised?: string;
  readonly subjectRole: Role;
  readonly objectRole: Role;
}

/** Triggers with the event kind and the CAMEO code each suggests (the Goldstein value comes with the code). */
const rules: readonly EventRule[] = [
  { pattern: /\b(?:sanctions?|embargo(?:es)?)\b/gi, eventKind: 'SANCTIONS', cameo: '163', promised: '1312', subjectRole: 'SOURCE', objectRole: 'TARGET' },
  { pattern: /\b(?:invasion|invade[sd]?|invading|incursion)\b/gi, eventKind: 'INVASION', cameo: '190', promised: '138', subjectRole: 'PERPETRATOR', objectRole: 'VICTIM' },
  { pattern: /\b(?:provided|supplied|sent|delivered|gave|give|provide|supply|send|deliver)\b(?=[^.]{0,60}\b(?:weapons|arms|missiles|ammunition|tanks|drones|military aid)\b)/gi, eventKind: 'AID', cameo: '072', promised: '0332', subjectRole: 'SOURCE', objectRole: 'BENEFICIARY' },
  { pattern: /\b(?:humanitarian aid|economic aid|financial aid|aid package)\b/gi, eventKind: 'AID', cameo: '071', promised: '0331', subjectRole: 'SOURCE', objectRole: 'BENEFICIARY' },
  { pattern: /\bloans?\b/gi, eventKind: 'LOAN', cameo: '071', promised: '0331', subjectRole: 'SOURCE', objectRole: 'BENEFICIARY' },
  { pattern: /\b(?:poisoning|poisoned)\b/gi, eventKind: 'POISONING', cameo: '182', subjectRole: 'PERPETRATOR', objectRole: 'VICTIM' },
  { pattern: /\b(?:plot|coup)\b/gi, eventKind: 'PLOT', cameo: '1383', subjectRole: 'PERPETRATOR', objectRole: 'TARGET' },
  { pattern: /\b(?:massed|amassed|build-up|buildup|deployed|deployment|military exercises|drills)\b/gi, eventKind: 'MILITARY_DEMONSTRATION', cameo: '150', subjectRole: 'SOURCE', objectRole: 'TARGET' },
  { pattern: /\b(?:expelled|expels|diplomatic collapse|severed (?:diplomatic )?ties|broke off relations|recalled (?:its|their) ambassador)\b/gi, eventKind: 'DIPLOMATIC_COLLAPSE', cameo: '161', subjectRole: 'SOURCE', objectRole: 'TARGET' },
  { pattern: /\b(?:alliance|defence pact|security pact)\b/gi, eventKind: 'ALLIANCE_PROPOSAL', cameo: '0312', subjectRole: 'SOURCE', objectRole: 'TARGET' },
  { pattern: /\breport\b(?=[^.]{0,80}\bpublished\b)|\bpublished\b(?=[^.]{0,40}\breport\b)/gi, eventKind: 'REPORT', cameo: '010', subjectRole: 'AUTHOR', objectRole: 'TARGET' },
  { pattern: /\bpressure\b/gi, eventKind: 'PRESSURE', cameo: '100', subjectRole: 'SOURCE', objectRole: 'TARGET' },
];

const conditional = /\b(if|unless|in the event of|would|could|might|threat(?:en(?:s|ed)?)? (?:of|to)|to deter|deter|risk of|prospect of|any)\b/i;
const future = /\b(will|is to|are to|plans? to|pledged|promised|vowed|offered|proposes?|proposed|eager to|wants to)\b/i;
const alleged = /\b(accused|alleged|allegedly|claims?|claimed|behind)\b/i;

/**
 * The events stage: acts the text reports (sanctions, invasions, aid and loans, poisonings, plots,
 * troop build-ups, broken relations, reports, pressure), each with a suggested CAMEO code, its
 * status (threatened or conditional → HYPOTHETICAL, promised → PLANNED, accused → ALLEGED) and
 * the actors around the trigger as participants. One event per kind per sentence.
 */
export function findEvents(text: string, sentences: readonly Sentence[], mentions: Mentions, times: readonly TimeMention[]): FoundEvent[] {
  const actors = actorMentions(mentions);
  const events: FoundEvent[] = [];
  for (const sentence of sentences.filter((s) => !s.heading)) {
    for (const rule of rules) {
      rule.pattern.lastIndex = 0;
      const m = rule.pattern.exec(sentence.text);
      if (!m) continue;
      const at = sentence.start + m.index;
      const trigger = { start: at, end: at + m[0].length };
      // The clause the trigger stands in: a condition two clauses back ("to deter…, and has provided") is another act's.
      const before = text.slice(sentence.start, at).split(/[,;:]\s+(?=\S)/).pop() ?? '';
      const condition = /^[^,;.]*\b(?:if|unless)\b/i.test(text.slice(trigger.end, sentence.end));
      const status = condition || conditional.test(before.slice(-60)) || (verbal.test(m[0]) && /\bto\s+$/i.test(before)) ? 'HYPOTHETICAL' : alleged.test(before.slice(-80)) ? 'ALLEGED' : future.test(before.slice(-50)) ? (/propos|eager|wants/i.test(before.slice(-50)) ? 'PROPOSED' : 'PLANNED') : 'OCCURRED';
      const participants: { entity: string; role: Role; span: Span }[] = [];
      const add = (entity: string, role: Role, span: Span) => {
        if (!participants.some((p) => p.entity === entity)) participants.push({ entity, role, span });
      };
      // "a Russian invasion of Ukraine": the demonym right before the trigger is the actor.
      const adjective = actors.actors.find((x) => x.end <= at && /^\s*(?:['’]s\s+)?(?:\w+\s+)?$/.test(text.slice(x.end, at)) && x.sentence === sentence.index);
      const nested = mentions.mentions.find((x) => x.form === 'demonym' && /^\s*$/.test(text.slice(x.end, at)) && x.end <= at && x.start >= sentence.start);
      const by = actors.actors.find((x) => x.start >= trigger.end && x.sentence === sentence.index && /^\s*(?:\S+\s+){0,6}?(?:by|from)\s+(?:the\s+)?$/i.test(text.slice(trigger.end, x.start)));
      const subject = verbal.test(m[0]) ? subjectOf(text, sentence, at, actors)?.mention : adjective ?? nested ?? by ?? subjectOf(text, sentence, at, actors)?.mention;
      if (subject) add(subject.entity, rule.subjectRole, subject);
      // The object: an actor, or a place standing for its country ("weapons to Kyiv").
      const objectAt = (x: { start: number; sentence: number }) => x.start >= trigger.end && x.sentence === sentence.index && /^\s*(?:\S+\s+){0,6}?(?:of|to|on|against|for|in|with|into)\s+(?:the\s+)?$/i.test(text.slice(trigger.end, x.start));
      const object = actors.actors.find(objectAt);
      const place = mentions.mentions.find((x) => mentions.entities.get(x.entity)?.kind === 'Place' && objectAt(x));
      const placeCountry = place ? countryOf(mentions.links, place.entity) : undefined;
      if (object && (!place || object.start <= place.start)) add(object.entity, rule.objectRole, object);
      else if (place && placeCountry) add(placeCountry, rule.objectRole, place);
      if (participants.length === 0) continue;
      const time = times.find((t) => t.sentence === sentence.index);
      const cameo = status === 'OCCURRED' || !rule.promised ? rule.cameo : rule.promised;
      const title = `${rule.eventKind.toLowerCase().replace(/_/g, ' ')}: ${text.slice(trigger.start, Math.min(sentence.end, trigger.end + 40)).split(/[,;.]/)[0]}`;
      const event: FoundEvent = { sentence: sentence.index, eventKind: rule.eventKind, title, cameo, status, trigger, participants, ...(time ? { time } : {}), confidence: participants.length > 1 ? 0.6 : 0.45 };
      // The same kind of act with the same status is one event told twice ("an invasion of Ukraine… if it invades").
      const same = events.find((e) => e.eventKind === event.eventKind && e.status === event.status);
      if (same) events[events.indexOf(same)] = { ...same, participants: [...same.participants, ...participants.filter((p) => !same.participants.some((q) => q.entity === p.entity))] };
      else events.push(event);
    }
  }
  return events;
}
