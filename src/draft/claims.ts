import type { Mentions, Sentence, Span, TimeMention } from './document.js';
import { leadingFunctionWords } from './lexicon.js';
import { plannedBefore, plannedOnly, speechVerbPattern, speechVerbs, type SpeechVerb } from './speech.js';
import { capitalAsCountry } from './speakers.js';
import { actorMentions, betweenSubjectAndVerb, subjectAfter, subjectOf, type Actors, type Subject } from './subjects.js';

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
  /** The subject a coordinated part shares with the part before ("Russia" in "Russia would A and would B"), for the claim's text. */
  readonly subjectWords?: string;
  /** Said to come ("is expected to warn", "will tell"): the saying is planned. */
  readonly planned?: boolean;
  /** The source wrote "that" after the verb: what follows is a clause. */
  readonly hadThat?: boolean;
  readonly about: readonly { readonly entity: string; readonly span: Span; readonly role: 'TARGET' | 'SUBJECT' }[];
  readonly time?: TimeMention;
  readonly confidence: number;
}

const quotePattern = /[“"]([^“”"]{8,}?)[”"]/g;
const attributionAfter = /^\s*,?\s*(?:[“"]\s*)?(?:(he|she|they|it|we)\s+|((?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)|[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,3})\s+)?(said|says|added|adds|told \w+|wrote|insisted|warned)\b(?:\s+((?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,3}))?/iu;
const attributionBefore = /(said|says|added|told \w+|wrote|declared|insisted|warned)\s*[:,]\s*$/i;
/** A dateline opening a sentence ("PARIS, Feb 17 (AFP) - ", "WARSAW — ") is the outlet's, not what anyone said. */
const dateline = /^\p{Lu}[\p{Lu}\s.'-]+(?:,\s*[\p{L}]{3,9}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-—–]\s*/u;
const bodyStart = (text: string, sentence: Sentence) => sentence.start + (dateline.exec(sentence.text)?.[0].length ?? 0);
/** What may follow a closing attribution's verb: a time, a setting, then the stop ("…, the ministry said on Friday."). */
const closingTail = /^\s*(?:(?:on|last|this|late|early)\s+\p{L}+(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|in\s+a\s+(?:statement|speech|interview|briefing)|at\s+a\s+(?:news|press)\s+conference|on\s+(?:Twitter|Telegram|X)|in\s+\p{Lu}\p{L}+)?(?:\s+(?:on|in)\s+\p{Lu}\p{L}+)?\s*[.!?]?["”’]?\s*$/u;
/** Where unnamed speakers are, between them and their verb: "officials in Ottawa said", "sources close to the talks said". */
const locativeAfterSpeaker = /^\s+(?:in|at|from|close to|familiar with)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)*/u;
const determiner = /\b(a|an|the|his|her|its|their|this|that|these|those|our|my)\s+$/i;
const negation = /\b(did not|does not|do not|didn['’]t|doesn['’]t|has not|have not|hasn['’]t|had not|would not|will not|won['’]t|refused to|declined to)\s+$/i;
const joinedWithModal = /^\s*,?\s*and\s+(?:also\s+)?(?:(?:is|are|was|were)\s+(?:expected|due|set|likely|going)\s+to|will|would)\s+(?:also\s+)?$/i;
const coordination = /(?:,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+)$/;
const contentEnd = new RegExp(`,\\s*according\\s+to\\b|,\\s*(?:and\\s+)?(?:adding|saying|before|while|after|where|whereas|but)\\b|,\\s*(?:and\\s+)?(?:(?!that\\b)[\\w’'-]+\\s+){0,4}${speechVerbPattern.source}|\\s+and\\s+(?:\\w+\\s+)?${speechVerbPattern.source}|;|\\s+but\\s+|\\s+(?:he|she|they)\\s+(?:said|added)\\b`, 'i');
/** An inverted verb ("…, said Lavrov.", "says Russia") has its subject right after it, then a stop. */
function invertedSubject(text: string, verbEnd: number, actors: Actors): Subject | undefined {
  const after = subjectAfter(text, verbEnd, actors);
  return after && /^\s*(?:[.,;:!?]|$)/.test(text.slice(after.span.end, after.span.end + 3)) ? after : undefined;
}

function aboutIn(actors: Actors, content: Span, speaker: string | undefined, kind: SpeechVerb['claimKind']): FoundClaim['about'][number][] {
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
  // A capital right before a verb of saying speaks for its country ("Beijing has insisted…").
  const capitals = mentions.mentions.flatMap((m) => {
    const country = capitalAsCountry(mentions.entities.get(m.entity));
    return country ? [{ ...m, entity: country }] : [];
  });
  // What a claim is about counts a capital as its country ("Moscow has massed troops" is about Russia).
  const aboutActors: Actors = { entities: actors.entities, actors: [...actors.actors, ...capitals].sort((a, b) => a.start - b.start) };
  const claims: FoundClaim[] = [];
  const usedVerbs = new Set<number>();
  const body = sentences.filter((s) => !s.heading);
  const sentenceAt = (offset: number) => body.find((s) => s.start <= offset && offset < s.end);
  const quotes = [...text.matchAll(quotePattern)].map((q) => ({ start: q.index + 1, end: q.index + q[0].length - 1 }));
  // Words inside any quote are the speaker's, never the subject of a verb outside it.
  const outside: Actors = { entities: actors.entities, actors: actors.actors.filter((m) => !quotes.some((q) => q.start <= m.start && m.end <= q.end)) };

  for (const q of text.matchAll(quotePattern)) {
    const inner = { start: q.index + 1, end: q.index + q[0].length - 1 };
    const sentence = sentenceAt(inner.start);
    if (!sentence) continue;
    // An attribution follows its quote in the same paragraph, after a quote that does not end its sentence.
    const afterText = text.slice(inner.end + 1, inner.end + 120);
    const after = /\.\s*$/.test(text.slice(inner.start, inner.end)) || /^[^\p{L}]*\n/u.test(afterText) ? null : attributionAfter.exec(afterText);
    let subject: Subject | undefined;
    let verb: Span | undefined;
    if (after) {
      const afterStart = inner.end + 1;
      const verbStart = afterStart + after.index + after[0].indexOf(after[3]!, (after[1] ?? after[2] ?? '').length);
      verb = { start: verbStart, end: verbStart + after[3]!.length };
      // "told CNN": who follows "told" was told, not the speaker.
      const told = /^told\b/i.test(after[3]!);
      subject = (told ? undefined : subjectAfter(text, verb.end, outside)) ?? subjectOf(text, sentenceAt(verb.start) ?? sentence, told ? verb.start : verb.end, outside, afterStart);
      if (after[1]) subject = subjectOf(text, sentenceAt(verb.start) ?? sentence, verb.start, outside, afterStart) ?? subject;
    } else {
      const before = attributionBefore.exec(text.slice(Math.max(0, q.index - 40), q.index));
      if (before) {
        const verbStart = q.index - (text.slice(Math.max(0, q.index - 40), q.index).length - before.index);
        verb = { start: verbStart, end: verbStart + before[1]!.length };
        subject = subjectOf(text, sentence, verb.start, outside);
      }
    }
    if (verb) usedVerbs.add(verb.start);
    let continued = false;
    if (!verb || !subject) {
      // A quote that is a sentence of its own, right after a quoted speaker's sentence, goes on in that voice.
      const whole = text.slice(sentence.start, sentence.end).replace(/^[“"]|[”"]$/g, '') === text.slice(inner.start, inner.end);
      const last = claims[claims.length - 1];
      const previousSentence = body[body.indexOf(sentence) - 1];
      // '"The door is open," said Zelensky, "but we will not give up our land."': the second part is the same voice.
      const between = last ? text.slice(last.content.end + 1, q.index) : '';
      const resumed = last?.mode === 'DIRECT_QUOTE' && last.sentence === sentence.index && between.length < 100 && /,\s*$/.test(between) && !/[.!?\n]/.test(between);
      if (!resumed && (!whole || !last || last.mode !== 'DIRECT_QUOTE' || last.sentence !== previousSentence?.index)) continue;
      subject = { mention: { entity: last.speaker!, start: last.speakerSpan!.start, end: last.speakerSpan!.end, sentence: sentence.index, form: 'name' }, span: last.speakerSpan!, viaPronoun: true };
      verb = last.verb;
      continued = true;
    }
    const lexeme = speechVerbs.get(text.slice(verb.start, verb.end).toLowerCase().split(/\s+/)[0]!) ?? speechVerbs.get('said')!;
    // A quote inside a clause ('The EU was "following orders", Lavrov said') says the whole clause.
    const clauseStart = bodyStart(text, sentence);
    const lead = text.slice(clauseStart, q.index);
    const partial = verb.start > inner.end && /\p{L}/u.test(lead) && !/[:;]|[“"]/u.test(lead) && !/\b(?:said|says|told|added|warned|insisted)\b/i.test(lead);
    const said = partial ? { start: clauseStart, end: inner.end + 1 } : inner;
    claims.push({
      sentence: sentence.index, speaker: subject.mention.entity, speakerSpan: subject.span, verb, verbWord: continued ? claims[claims.length - 1]!.verbWord : text.slice(verb.start, verb.end),
      content: said, kind: lexeme.claimKind === 'STATEMENT' ? 'STATEMENT' : lexeme.claimKind, ...(lexeme.cameo ? { cameo: lexeme.cameo } : {}),
      mode: 'DIRECT_QUOTE', present: lexeme.present, negated: false, about: aboutIn(aboutActors, said, subject.mention.entity, lexeme.claimKind),
      ...(timeFor(times, sentence.index, inner) ? { time: timeFor(times, sentence.index, inner)! } : {}), confidence: subject.viaPronoun ? 0.7 : 0.85,
    });
  }

  for (const sentence of body) {
    let previous: FoundClaim | undefined = [...claims].reverse().find((c) => c.sentence === sentence.index);
    const matches: RegExpExecArray[] = [];
    speechVerbPattern.lastIndex = 0;
    for (let m = speechVerbPattern.exec(sentence.text); m; m = speechVerbPattern.exec(sentence.text)) matches.push(m);
    // "according to X" and a closing attribution ("…, the ministry said on Friday.") state all
    // that comes before them: they are found first, so the verbs inside are read as what was said.
    const according = /\baccording to\s+/gi;
    for (let m = according.exec(sentence.text); m; m = according.exec(sentence.text)) {
      // "according to a report by Amnesty", "according to estimates from the ministry": the body whose words they are.
      const document = /^(?:an?|the)\s+(?:(?:new|recent|latest|annual|leaked|internal|confidential)\s+)?(?:report|study|statement|survey|assessment|analysis|review|estimates?|figures|data)\s+(?:by|from|of)\s+/i.exec(text.slice(sentence.start + m.index + m[0].length, sentence.end));
      const at = sentence.start + m.index + m[0].length + (document?.[0].length ?? 0);
      const source = subjectAfter(text, at, outside);
      if (!source) continue;
      // "according to State Department spokesman Ned Price": the person named last in the phrase speaks.
      const phraseEnd = at + (/^[^,.;]*/.exec(text.slice(at, sentence.end))?.[0].length ?? 0);
      const person = outside.actors.filter((a) => a.start >= source.span.start && a.end <= phraseEnd && outside.entities.get(a.entity)?.kind === 'Person').pop();
      const speaker = person ? { mention: person, span: person, viaPronoun: false } : source;
      const content = { start: bodyStart(text, sentence), end: sentence.start + m.index };
      const said = content.end - content.start > 3 ? content : { start: phraseEnd + (/^[\s,;:]*/.exec(text.slice(phraseEnd, sentence.end))?.[0].length ?? 0), end: sentence.end };
      claims.push({
        sentence: sentence.index, speaker: speaker.mention.entity, speakerSpan: speaker.span, verb: { start: sentence.start + m.index, end: at - 1 }, verbWord: 'according to',
        content: said, kind: 'STATEMENT', cameo: '010', mode: 'REPORTED',
        present: false, negated: false, about: aboutIn(aboutActors, said, speaker.mention.entity, 'STATEMENT'), confidence: 0.7,
      });
    }
    // The closing verb is the last one, or the last before ", adding that…" (which goes on in its voice).
    const last = [...matches].reverse().find((m) => !/ing$/i.test(m[0]));
    if (last && !usedVerbs.has(sentence.start + last.index)) {
      const verb = { start: sentence.start + last.index, end: sentence.start + last.index + last[0].length };
      const comma = text.slice(sentence.start, verb.start).lastIndexOf(',');
      const np = comma >= 0 ? text.slice(sentence.start + comma + 1, verb.start) : '';
      const tail = text.slice(verb.end, sentence.end).replace(/,\s*(?:and\s+)?(?:adding|saying)\b[\s\S]*$/i, '.');
      if (comma > 0 && closingTail.test(tail) && /^\s*(?:[\p{L}’'-]+\s+){1,8}$/u.test(np) && !/^\s*(?:and|but|which|who|that|as)\b/i.test(np)) {
        usedVerbs.add(verb.start);
        const npStart = sentence.start + comma + 1;
        // The speaker heads the phrase: "Israeli media reported" names no actor that speaks.
        // "…, officials in Ottawa said": where the speakers are stands between them and the verb.
        const inNp = outside.actors.filter((a) => a.start >= npStart && a.end <= verb.start && betweenSubjectAndVerb.test(text.slice(a.end, verb.start).replace(locativeAfterSpeaker, '')));
        const mention = inNp.pop();
        const lexeme = speechVerbs.get(last[0].toLowerCase().replace(/\s+/g, ' '))!;
        const content = { start: bodyStart(text, sentence), end: sentence.start + comma };
        if (mention && content.end - content.start > 3 && !quotes.some((q) => q.start <= content.start + 1 && content.end <= q.end + 1)) {
          claims.push({
            sentence: sentence.index, speaker: mention.entity, speakerSpan: mention, verb, verbWord: last[0], content,
            kind: lexeme.claimKind, ...(lexeme.cameo ? { cameo: lexeme.cameo } : {}), mode: 'REPORTED', present: lexeme.present, negated: false,
            about: aboutIn(aboutActors, content, mention.entity, lexeme.claimKind), ...(timeFor(times, sentence.index, content) ? { time: timeFor(times, sentence.index, content)! } : {}),
            confidence: 0.8,
          });
        }
      }
    }
    previous = [...claims].reverse().find((c) => c.sentence === sentence.index) ?? previous;
    for (const m of matches) {
      const verb = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (usedVerbs.has(verb.start) || quotes.some((q) => q.start <= verb.start && verb.end <= q.end)) continue;
      const before = text.slice(sentence.start, verb.start);
      if (determiner.test(before)) continue;
      // A possessive before it makes the word a noun ("the UN's warning that…"): a stance, found as such below.
      if (/\p{L}['’]s?\s+(?:\p{Ll}+\s+)?$/u.test(before) && /ing$/i.test(m[0])) continue;
      // The attribution of a quote whose speaker could not be told: no guess from other words.
      if (/[,.!?]\s*[”"]\s*(?:(?:a|an|the)\s+)?(?:[\p{L}’'-]+\s+){0,5}$/u.test(before)) continue;
      const form = m[0].toLowerCase().replace(/\s+/g, ' ');
      const lexeme = speechVerbs.get(form)!;
      // "is expected to warn", "will tell": a saying to come. A bare base form ("to warn") says nothing.
      const planned = plannedBefore.test(before);
      if (plannedOnly.has(form) && !planned) continue;
      // A finding is a claim only with its clause: "the report found that…", not "found a body".
      if (lexeme.lemma === 'find' && !/^\s+that\b/i.test(text.slice(verb.end, verb.end + 6))) continue;
      const negated = negation.test(before);
      // "He did not say whether…" reports no statement.
      if (negated && /^\s*(?:whether|if)\b/i.test(text.slice(verb.end, verb.end + 12))) continue;
      let subject: Subject | undefined;
      // "…, and is likely to reject…": a verb joined to the claim before, a modal of the future between.
      const continues = previous && previous.content.end <= verb.start && (previous.content.end >= verb.start - 8 || joinedWithModal.test(text.slice(previous.content.end, verb.start)));
      // A verb inside what another verb reports is part of that claim, unless a person is its own subject ("Kommersant reported that Lavrov asked…").
      const outer = claims.find((c) => c.sentence === sentence.index && c.mode === 'REPORTED' && c.content.start <= verb.start && verb.end <= c.content.end);
      const nestedSubject = outer ? subjectOf(text, sentence, verb.start, outside, outer.content.start) : undefined;
      if (outer && (!nestedSubject || outside.entities.get(nestedSubject.mention.entity)?.kind !== 'Person' || nestedSubject.mention.start < outer.content.start && !nestedSubject.viaPronoun)) continue;
      // A capital after "in" is where someone is ("analysts in Ankara say"), not the country speaking.
      const capital = capitals.filter((c) => c.sentence === sentence.index && c.end <= verb.start && betweenSubjectAndVerb.test(text.slice(c.end, verb.start)) && !/\b(?:in|at|from|to|near|of)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start))).pop();
      if (capital && !outside.actors.some((a) => a.start >= capital.end && a.end <= verb.start)) {
        subject = { mention: capital, span: capital, viaPronoun: false };
      } else if (/^\s*$|[,;:]\s*$/.test(before) && invertedSubject(text, verb.end, outside)) {
        subject = invertedSubject(text, verb.end, outside);
      } else if (previous && ((continues && (coordination.test(before) || joinedWithModal.test(text.slice(previous.content.end, verb.start)))) || /ing$/i.test(m[0]))) {
        subject = { mention: { entity: previous.speaker!, start: previous.speakerSpan!.start, end: previous.speakerSpan!.end, sentence: sentence.index, form: 'name' }, span: previous.speakerSpan!, viaPronoun: true };
      } else {
        const boundary = /.*(?:\b(?:that|which|who|whom|while|whereas|because|but)\b|[;:])/is.exec(before);
        // A capitalised word no mention covers right before the verb ("Blinken warned") is a subject not recognised: no guess.
        const unknown = /(?:^|[\s,])(\p{Lu}[\p{Ll}’'-]+)\s+(?:(?:has|have|had|also|then|later|again|on \w+)\s+)*$/u.exec(before);
        if (unknown && !leadingFunctionWords.has(unknown[1]!) && !mentions.mentions.some((x) => x.start <= verb.start - (before.length - unknown.index - unknown[0].indexOf(unknown[1]!)) && x.end > verb.start - (before.length - unknown.index - unknown[0].indexOf(unknown[1]!)))) continue;
        subject = nestedSubject ?? subjectOf(text, sentence, verb.start, outside, boundary ? sentence.start + boundary[0].length : sentence.start) ?? subjectOf(text, sentence, verb.start, outside);
      }
      if (!subject) continue;
      // A saying to come needs its speaker right before it: "Only time will tell" has none.
      if (plannedOnly.has(form) && !subject.viaPronoun && !betweenSubjectAndVerb.test(text.slice(subject.span.end, verb.start))) continue;
      const rest = text.slice(verb.end, sentence.end);
      const stop = contentEnd.exec(rest.slice(1));
      let contentStart = verb.end;
      // "told her Chinese counterpart on Thursday that…": whoever was told comes before the clause.
      const toldThat = lexeme.lemma === 'tell' ? /^\s*(?:(?!(?:and|but|or|was|were|is|are|had|has|have|would|will|could|did|does)[\s,])[^\s,.;:“”"]+,?\s+){1,8}?that\s+/iu.exec(rest) : null;
      const lead = toldThat ?? (lexeme.lemma === 'tell' ? /^\s*(?:(?:reporters|journalists|parliament|lawmakers|the\s+\S+|a\s+\S+(?:\s+conference|\s+briefing)?|\p{Lu}\S*)(?:\s+(?:in|at|on)\s+\p{Lu}\S*)?\s*)(?:that\s+|:\s*|,\s*)?/iu.exec(rest) : /^\s*(?:(?:(?:on|last|this|late|early)\s+\p{L}+|yesterday|today|in\s+the\s+past|previously|repeatedly|publicly|privately|(?:in|at|during|on)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:news\s+|press\s+|joint\s+)?(?:statement|speech|interview|conference|briefing|Twitter|Telegram|television|parliament))\s*,?\s+){0,3}(?=that\b)(?:that\s+)|^\s*(?:that\s+|of\s+|:\s*)?/iu.exec(rest));
      contentStart += lead ? lead[0].length : 0;
      // Inside another's report ("She will urge…, officials said"), what is said ends where that report does.
      const content = { start: contentStart, end: Math.min(stop ? verb.end + 1 + stop.index : sentence.end, outer && outer.content.end > contentStart ? outer.content.end : sentence.end) };
      // An inverted verb ("…, says Russia") states what came before it.
      const inverted = invertedSubject(text, verb.end, outside)?.mention.entity === subject.mention.entity && /[,;:]\s*$|^\s*$/.test(before);
      const said = inverted ? { start: bodyStart(text, sentence), end: sentence.start + before.replace(/[\s,;:]+$/, '').length } : content;
      if (said.end - said.start < 3) continue;
      const claim: FoundClaim = {
        sentence: sentence.index, speaker: subject.mention.entity, speakerSpan: subject.span, verb, verbWord: m[0], content: said,
        kind: lexeme.claimKind, ...(lexeme.cameo ? { cameo: lexeme.cameo } : {}), mode: 'REPORTED', present: lexeme.present, negated, ...(outer ? { alleged: true } : {}), ...(planned && !negated ? { planned: true } : {}), ...(lead && /\bthat\s+$/i.test(lead[0]) ? { hadThat: true } : {}),
        about: aboutIn(aboutActors, said, subject.mention.entity, lexeme.claimKind), ...(timeFor(times, sentence.index, said) ? { time: timeFor(times, sentence.index, said)! } : {}),
        confidence: subject.viaPronoun ? 0.65 : 0.8,
      };
      const parts = inverted || outer ? [said] : coordinatedParts(text, said);
      if (parts.length === 1) claims.push(claim);
      else {
        // "said A, and that B", "claimed Russia would A and would B": one claim per statement.
        const subjectWords = sharedSubject(text.slice(parts[0]!.start, parts[0]!.end));
        parts.forEach((part, i) => claims.push({
          ...claim, content: part, about: aboutIn(aboutActors, part, subject.mention.entity, lexeme.claimKind),
          ...(i > 0 && subjectWords && /^(?:will|would|must|could|should|can|cannot|had|has|have)\b/i.test(text.slice(part.start, part.end)) ? { subjectWords } : {}),
        }));
      }
      previous = claims[claims.length - 1]!;
    }
  }
  claims.push(...stanceClaims(text, body, outside, aboutActors, times, claims));
  return claims.sort((a, b) => a.verb.start - b.verb.start);
}

/** The subject words a clause opens with: the words before its first verb ("Athens" in "Athens wanted a settlement"). */
function sharedSubject(clause: string): string | undefined {
  const words = clause.split(/\s+/);
  const determiners = /^(?:its|his|this|these|those|us|was|is|has)$/i;
  for (let i = 1; i < Math.min(words.length, 6); i++) {
    const w = words[i]!;
    if (/^(?:will|would|must|could|should|can|cannot|had|has|have|was|were|is|are|did|does|do)$/i.test(w) || (/^\p{Ll}+(?:ed|s)$/u.test(w) && !/ss$/.test(w) && !determiners.test(w))) return words.slice(0, i).join(' ');
  }
  return undefined;
}

/**
 * Where reported words hold two statements joined by "and": "…, and that B", "…and would B" (a
 * new predicate with its own modal), "…, and if/when…", "…, and she/they …". A part that is
 * itself someone's saying ("and that she replied…") is left whole: that saying is its own claim.
 */
const coordinationBreak = /,?\s+and\s+that\s+|,?\s+and\s+(?=(?:will|would|must|could|should|cannot|had)\s)|,\s*and\s+(?=(?:if|when|because)\s)|,\s*and\s+(?=(?:he|she|it|they|we)\s+(?:\p{Ll}+\s+)?(?:will|would|must|could|should|had|has|have|was|were|is|are|did|does)\b)/giu;
function coordinatedParts(text: string, content: Span): Span[] {
  const words = text.slice(content.start, content.end);
  // Words in a quote are not split: a quoted phrase is said as one.
  if (/[“"]/.test(words)) return [content];
  const parts: Span[] = [];
  let start = content.start;
  for (const m of words.matchAll(coordinationBreak)) {
    const at = content.start + m.index;
    const next = at + m[0].length;
    // Each part a statement of its own: at least three words either side.
    if (text.slice(start, at).trim().split(/\s+/).length < 3 || text.slice(next, content.end).trim().split(/\s+/).length < 3) continue;
    parts.push({ start, end: at });
    start = next;
  }
  if (parts.length === 0) return [content];
  parts.push({ start, end: content.end });
  speechVerbPattern.lastIndex = 0;
  const saying = parts.slice(1).some((p) => new RegExp(speechVerbPattern.source, 'i').test(text.slice(p.start, p.end)));
  return saying ? [content] : parts;
}

/** A stance held by an actor, written as a possessive noun with its clause: "the government's view that…", "Moscow's concerns that…". */
const stanceNoun = /^['’]s?\s+(?:[a-z]+\s+)?(views?|belief|position|assessment|conclusion|concerns?|fears?|warnings?|claims?|assertion|insistence)\s+that\s+/i;
const stanceKind = (noun: string): SpeechVerb['claimKind'] =>
  /^(?:view|belief|position)/i.test(noun) ? 'BELIEF' : /^(?:assessment|conclusion)/i.test(noun) ? 'ASSESSMENT' : /^(?:concern|fear)/i.test(noun) ? 'CONCERN'
    : /^warning/i.test(noun) ? 'WARNING' : /^insistence/i.test(noun) ? 'INSISTENCE' : 'STATEMENT';

/** A verb that takes up another's stance right before its holder: "echoed the US state department's concerns". */
const echoVerb = /\b(echoed|echoes|echoing|shared|shares|repeated|repeats|endorsed|endorses)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,2}$/u;

/** How the claim's own sentence says the stance: "the government's view that…" → "the government believes that…". */
const stanceVerb: Partial<Record<SpeechVerb['claimKind'], string>> = { BELIEF: 'believes', ASSESSMENT: 'assessed', CONCERN: 'is concerned', WARNING: 'warned', INSISTENCE: 'insisted', STATEMENT: 'claimed' };

function stanceClaims(text: string, body: readonly Sentence[], outside: Actors, aboutActors: Actors, times: readonly TimeMention[], found: readonly FoundClaim[]): FoundClaim[] {
  const out: FoundClaim[] = [];
  for (const holder of outside.actors) {
    const sentence = body.find((s) => s.start <= holder.start && holder.end <= s.end);
    if (!sentence) continue;
    const m = stanceNoun.exec(text.slice(holder.end, Math.min(sentence.end, holder.end + 60)));
    if (!m) continue;
    const verb = { start: holder.end + m[0].indexOf(m[1]!), end: holder.end + m[0].indexOf(m[1]!) + m[1]!.length };
    const start = holder.end + m[0].length;
    const stop = contentEnd.exec(text.slice(start + 1, sentence.end));
    const content = { start, end: stop ? start + 1 + stop.index : sentence.end };
    // Words another claim already reports are that claim's.
    if (content.end - content.start < 8 || found.some((c) => c.verb.start === verb.start || (c.content.start <= verb.start && verb.end <= c.content.end && c.sentence === sentence.index && c.mode === 'DIRECT_QUOTE'))) continue;
    const kind = stanceKind(m[1]!);
    const time = timeFor(times, sentence.index, content);
    const stance: FoundClaim = {
      sentence: sentence.index, speaker: holder.entity, speakerSpan: holder, verb, verbWord: stanceVerb[kind] ?? 'said', content, kind, mode: 'REPORTED', present: false, negated: false,
      hadThat: true, about: aboutIn(aboutActors, content, holder.entity, kind), ...(time ? { time } : {}), confidence: 0.6,
    };
    out.push(stance);
    // "X echoed Y's concerns that…", "X shared Y's view that…": X holds the stance too.
    const echo = echoVerb.exec(text.slice(sentence.start, holder.start));
    if (echo) {
      const echoAt = sentence.start + echo.index + echo[0].indexOf(echo[1]!);
      const sharer = subjectOf(text, sentence, echoAt, outside);
      if (sharer && sharer.mention.entity !== holder.entity && !sharer.viaPronoun) {
        out.push({ ...stance, speaker: sharer.mention.entity, speakerSpan: sharer.span, verb: { start: echoAt, end: echoAt + echo[1]!.length }, about: aboutIn(aboutActors, content, sharer.mention.entity, kind), confidence: 0.5 });
      }
    }
  }
  return out;
}
