import type { Mentions, Sentence, Span, TimeMention } from './document.js';
import { speechVerbPattern, speechVerbs, type SpeechVerb } from './speech.js';
import { actorMentions, subjectAfter, subjectOf, type Actors, type Subject } from './subjects.js';

/** An attributed statement found in the text, before it is written as a claim. */
export interface FoundClaim {
  readonly sentence: number;
  readonly speaker?: string;
  /** Where the speaker is named (or the pronoun standing for it). */
  readonly speakerSpan?: Span;
  readonly verb: Span;
  readonly verbWord: string;
  readonly content: Span;
  readonly kind: SpeechVerb['claimKind'];
  readonly cameo?: string;
  readonly mode: 'DIRECT_QUOTE' | 'REPORTED';
  readonly present: boolean;
  readonly negated: boolean;
  /** Told inside another speaker's report: the saying itself is only alleged. */
  readonly alleged?: boolean;
  readonly about: readonly { readonly entity: string; readonly span: Span; readonly role: 'TARGET' | 'SUBJECT' }[];
  readonly time?: TimeMention;
  readonly confidence: number;
}

const quotePattern = /[“"]([^“”"]{8,}?)[”"]/g;
const attributionAfter = /^\s*,?\s*(?:[“"]\s*)?(?:(he|she|they|it|we)\s+|([\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,3})\s+)?(said|says|added|adds|told \w+|wrote|insisted|warned)\b(?:\s+((?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,3}))?/iu;
const attributionBefore = /(said|says|added|told \w+|wrote|declared|insisted|warned)\s*[:,]\s*$/i;
const determiner = /\b(a|an|the|his|her|its|their|this|that|these|those|our|my)\s+$/i;
const negation = /\b(did not|does not|do not|didn['’]t|doesn['’]t|has not|have not|hasn['’]t|had not|would not|will not|won['’]t|refused to|declined to)\s+$/i;
const coordination = /(?:,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+)$/;
const contentEnd = new RegExp(`,\\s*(?:and\\s+)?(?:adding|saying|before|while|after|where|whereas|but)\\b|,\\s*(?:and\\s+)?(?:\\w+\\s+)?${speechVerbPattern.source}|\\s+and\\s+(?:\\w+\\s+)?${speechVerbPattern.source}|;|\\s+but\\s+|\\s+(?:he|she|they)\\s+(?:said|added)\\b`, 'i');
/** An inverted verb ("…, said Lavrov.", "says Russia") has its subject right after it, then a stop. */
function invertedSubject(text: string, verbEnd: number, actors: Actors): Subject | undefined {
  const after = subjectAfter(text, verbEnd, actors);
  return after && /^\s*(?:[.,;:!?]|$)/.test(text.slice(after.span.end, after.span.end + 3)) ? after : undefined;
}

function aboutIn(actors: Actors, content: Span, speaker: string | undefined, kind: SpeechVerb['claimKind']) {
  const targetFirst = kind === 'ACCUSATION' || kind === 'WARNING' || kind === 'ASSESSMENT';
  const seen = new Set<string>(speaker ? [speaker] : []);
  const about: FoundClaim['about'][number][] = [];
  for (const m of actors.actors) {
    if (m.start < content.start || m.end > content.end || seen.has(m.entity)) continue;
    seen.add(m.entity);
    about.push({ entity: m.entity, span: m, role: targetFirst && about.length === 0 ? 'TARGET' : 'SUBJECT' });
  }
  return about;
}

function timeFor(times: readonly TimeMention[], sentence: number, content: Span): TimeMention | undefined {
  return times.find((t) => t.sentence === sentence && (t.end <= content.start || t.start >= content.end));
}

/**
 * The claims stage: direct quotes with their attribution ("…," she said / X said: "…"), reported
 * speech ("X said that …", "…, says Russia", coordinated verbs sharing a subject), and "according
 * to X". The speaker is an actor mention or a pronoun's antecedent; a statement nobody is named
 * for is left out, since an unattributed claim cannot be reviewed for its speaker.
 */
export function findClaims(text: string, sentences: readonly Sentence[], mentions: Mentions, times: readonly TimeMention[]): FoundClaim[] {
  const actors = actorMentions(mentions);
  const claims: FoundClaim[] = [];
  const usedVerbs = new Set<number>();
  const body = sentences.filter((s) => !s.heading);
  const sentenceAt = (offset: number) => body.find((s) => s.start <= offset && offset < s.end);

  for (const q of text.matchAll(quotePattern)) {
    const inner = { start: q.index + 1, end: q.index + q[0].length - 1 };
    const sentence = sentenceAt(inner.start);
    if (!sentence) continue;
    const after = attributionAfter.exec(text.slice(inner.end + 1, inner.end + 120));
    let subject: Subject | undefined;
    let verb: Span | undefined;
    if (after) {
      const afterStart = inner.end + 1;
      const verbStart = afterStart + after.index + after[0].indexOf(after[3]!, (after[1] ?? after[2] ?? '').length);
      verb = { start: verbStart, end: verbStart + after[3]!.length };
      subject = subjectAfter(text, verb.end, actors) ?? subjectOf(text, sentenceAt(verb.start) ?? sentence, verb.end, actors, afterStart);
      if (after[1]) subject = subjectOf(text, sentenceAt(verb.start) ?? sentence, verb.start, actors, afterStart) ?? subject;
    } else {
      const before = attributionBefore.exec(text.slice(Math.max(0, q.index - 40), q.index));
      if (before) {
        const verbStart = q.index - (text.slice(Math.max(0, q.index - 40), q.index).length - before.index);
        verb = { start: verbStart, end: verbStart + before[1]!.length };
        subject = subjectOf(text, sentence, verb.start, actors);
      }
    }
    if (!verb || !subject) continue;
    usedVerbs.add(verb.start);
    const lexeme = speechVerbs.get(text.slice(verb.start, verb.end).toLowerCase().split(/\s+/)[0]!) ?? speechVerbs.get('said')!;
    claims.push({
      sentence: sentence.index, speaker: subject.mention.entity, speakerSpan: subject.span, verb, verbWord: text.slice(verb.start, verb.end),
      content: inner, kind: lexeme.claimKind === 'STATEMENT' ? 'STATEMENT' : lexeme.claimKind, ...(lexeme.cameo ? { cameo: lexeme.cameo } : {}),
      mode: 'DIRECT_QUOTE', present: lexeme.present, negated: false, about: aboutIn(actors, inner, subject.mention.entity, lexeme.claimKind),
      ...(timeFor(times, sentence.index, inner) ? { time: timeFor(times, sentence.index, inner)! } : {}), confidence: subject.viaPronoun ? 0.7 : 0.85,
    });
  }

  // Words inside a direct quote are the speaker's, never the subject of a verb outside it.
  const quoted = claims.filter((c) => c.mode === 'DIRECT_QUOTE').map((c) => c.content);
  const outside: Actors = { entities: actors.entities, actors: actors.actors.filter((m) => !quoted.some((q) => q.start <= m.start && m.end <= q.end)) };
  for (const sentence of body) {
    let previous: FoundClaim | undefined = [...claims].reverse().find((c) => c.sentence === sentence.index);
    speechVerbPattern.lastIndex = 0;
    for (let m = speechVerbPattern.exec(sentence.text); m; m = speechVerbPattern.exec(sentence.text)) {
      const verb = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (usedVerbs.has(verb.start) || claims.some((c) => c.mode === 'DIRECT_QUOTE' && c.content.start <= verb.start && verb.end <= c.content.end)) continue;
      const before = text.slice(sentence.start, verb.start);
      if (determiner.test(before)) continue;
      const lexeme = speechVerbs.get(m[0].toLowerCase().replace(/\s+/g, ' '))!;
      const negated = negation.test(before);
      let subject: Subject | undefined;
      const continues = previous && previous.content.end >= verb.start - 8 && previous.content.end <= verb.start;
      // A verb inside what another verb reports is part of that claim, unless a person is its own subject ("Kommersant reported that Lavrov asked…").
      const outer = claims.find((c) => c.sentence === sentence.index && c.mode === 'REPORTED' && c.content.start <= verb.start && verb.end <= c.content.end);
      const nestedSubject = outer ? subjectOf(text, sentence, verb.start, outside, outer.content.start) : undefined;
      if (outer && (!nestedSubject || outside.entities.get(nestedSubject.mention.entity)?.kind !== 'Person' || nestedSubject.mention.start < outer.content.start && !nestedSubject.viaPronoun)) continue;
      if (/^\s*$|[,;:]\s*$/.test(before) && invertedSubject(text, verb.end, outside)) {
        subject = invertedSubject(text, verb.end, outside);
      } else if (previous && ((continues && coordination.test(before)) || /ing$/i.test(m[0]))) {
        subject = { mention: { entity: previous.speaker!, start: previous.speakerSpan!.start, end: previous.speakerSpan!.end, sentence: sentence.index, form: 'name' }, span: previous.speakerSpan!, viaPronoun: true };
      } else if (/^\s*$|[,;:]\s*$/.test(before) && invertedSubject(text, verb.end, actors)) {
        subject = invertedSubject(text, verb.end, actors);
      } else {
        const boundary = /.*(?:\b(?:that|which|who|whom|while|whereas|because|but)\b|[;:])/is.exec(before);
        subject = nestedSubject ?? subjectOf(text, sentence, verb.start, outside, boundary ? sentence.start + boundary[0].length : sentence.start) ?? subjectOf(text, sentence, verb.start, outside);
      }
      if (!subject) continue;
      const rest = text.slice(verb.end, sentence.end);
      const stop = contentEnd.exec(rest.slice(1));
      let contentStart = verb.end;
      const lead = /^\s*(?:that\s+|of\s+|:\s*)?/i.exec(rest);
      contentStart += lead ? lead[0].length : 0;
      const content = { start: contentStart, end: stop ? verb.end + 1 + stop.index : sentence.end };
      // An inverted verb ("…, says Russia") states what came before it.
      const inverted = invertedSubject(text, verb.end, actors)?.mention.entity === subject.mention.entity && /[,;:]\s*$|^\s*$/.test(before);
      // A verb that ends its sentence ("…, the Russian embassy has announced.") states what came before its subject.
      const final = content.end - content.start < 3 && subject.span.start > sentence.start ? { start: sentence.start, end: subject.span.start } : undefined;
      const said = inverted ? { start: sentence.start, end: sentence.start + before.replace(/[\s,;:]+$/, '').length } : final ?? content;
      if (said.end - said.start < 3) continue;
      const claim: FoundClaim = {
        sentence: sentence.index, speaker: subject.mention.entity, speakerSpan: subject.span, verb, verbWord: m[0], content: said,
        kind: lexeme.claimKind, ...(lexeme.cameo ? { cameo: lexeme.cameo } : {}), mode: 'REPORTED', present: lexeme.present, negated, ...(outer ? { alleged: true } : {}),
        about: aboutIn(actors, said, subject.mention.entity, lexeme.claimKind), ...(timeFor(times, sentence.index, said) ? { time: timeFor(times, sentence.index, said)! } : {}),
        confidence: subject.viaPronoun ? 0.65 : 0.8,
      };
      claims.push(claim);
      previous = claim;
    }
    const according = /\baccording to\s+/gi;
    for (let m = according.exec(sentence.text); m; m = according.exec(sentence.text)) {
      const at = sentence.start + m.index + m[0].length;
      const source = subjectAfter(text, at, actors);
      if (!source) continue;
      const content = { start: sentence.start, end: sentence.start + m.index };
      const lexeme = speechVerbs.get('said')!;
      claims.push({
        sentence: sentence.index, speaker: source.mention.entity, speakerSpan: source.span, verb: { start: sentence.start + m.index, end: at - 1 }, verbWord: 'according to',
        content: content.end - content.start > 3 ? content : { start: source.span.end, end: sentence.end }, kind: 'STATEMENT', cameo: '010', mode: 'REPORTED',
        present: lexeme.present, negated: false, about: aboutIn(actors, content, source.mention.entity, 'STATEMENT'), confidence: 0.7,
      });
    }
  }
  return claims.sort((a, b) => a.verb.start - b.verb.start);
}
