import type { Entity, Mention, Mentions, Sentence, Span } from './document.js';
import { officeTitles } from './lexicon.js';

/** The words of office titles ("foreign", "minister", "spokesman"), which may stand between a verb and the person after it. */
const titleWords = new Set(officeTitles.flatMap((t) => t.split(/[\s-]+/)).concat(['senior', 'former', 'deputy', 'chief', 'top', 'ministry', 'foreign', 'defence', 'defense']));

const actorKinds = new Set(['Person', 'Country', 'Organisation', 'Group']);

/** Words allowed between a subject and its verb: auxiliaries, adverbs, an appositive in commas. */
export const betweenSubjectAndVerb =
  /^(?:['’]s)?(?:\s+(?:(?:latest|new|annual|own|final|interim)\s+)?(?:report|study|statement|analysis|survey|review|assessment|audit))?\s*(?:,[^,;]{1,90},)?\s*,?\s*(?:(?:who|which|has|have|had|is|are|was|were|also|has also|had also|then|later|again|repeatedly|previously|already|earlier|once|would|will|could|did not|does not|do not|didn['’]t|doesn['’]t|has not|have not|had not|hasn['’]t|continue to|continues to|continued to|(?:expected|due|set|scheduled|poised|likely|going|plans|plan|planned|intends|intend) to|on \w+|in a statement|in an interview|in a speech|was quoted as|is quoted as|was reported as|went on|goes on)\s+)*$/i;

export interface Actors {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly actors: readonly Mention[];
}

/** Actor mentions that stand on their own: the country inside "the Russian embassy in London" is the embassy's, not a subject. */
export function actorMentions(mentions: Mentions): Actors {
  const outer = mentions.mentions.filter((m) => !mentions.mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
  return { entities: mentions.entities, actors: outer.filter((m) => actorKinds.has(mentions.entities.get(m.entity)?.kind ?? '')) };
}

const pronoun = /\b(he|she|they|it|we)\s*$/i;

/** The person a pronoun before `offset` refers to: the last person named before it (or the last actor for "they"/"it"). */
export function antecedent(actors: Actors, offset: number, word: string): Mention | undefined {
  const before = actors.actors.filter((m) => m.end <= offset);
  const person = /^(he|she)$/i.test(word);
  for (let i = before.length - 1; i >= 0; i--) {
    const kind = actors.entities.get(before[i]!.entity)?.kind;
    if (person ? kind === 'Person' && actors.entities.get(before[i]!.entity)?.named !== false : kind !== 'Person') return before[i];
  }
  return undefined;
}

export interface Subject {
  readonly mention: Mention;
  /** The span that names the subject in the text (a pronoun's own span for a pronoun). */
  readonly span: Span;
  readonly viaPronoun: boolean;
}

/**
 * The subject of a verb at `verb`: the actor right before it (an appositive may stand between),
 * a pronoun's antecedent, or else the first actor of the verb's clause.
 */
export function subjectOf(text: string, sentence: Sentence, verb: number, actors: Actors, clauseStart: number = sentence.start): Subject | undefined {
  const inClause = actors.actors.filter((m) => m.start >= clauseStart && m.end <= verb && m.sentence === sentence.index);
  for (let i = inClause.length - 1; i >= 0; i--) {
    const m = inClause[i]!;
    if (betweenSubjectAndVerb.test(text.slice(m.end, verb))) {
      // A nested country ("the UK foreign secretary") is not the subject when a person is apposed to it.
      return { mention: m, span: m, viaPronoun: false };
    }
  }
  const head = text.slice(clauseStart, verb);
  const p = /(?:^|[\s,;“"])(he|she|they|it|we)\s+(?:(?:has|have|had|also|then|later|again|repeatedly|would|will|did not|does not|continue to|continues to|(?:(?:is|are|was|were)\s+)?(?:expected|due|set|scheduled|poised|likely|going) to|plans to|intends to)\s+)*$/i.exec(head);
  if (p) {
    const word = p[1]!;
    const at = clauseStart + p.index + p[0].indexOf(word);
    const found = antecedent(actors, at, word);
    if (found) return { mention: found, span: { start: at, end: at + word.length }, viaPronoun: true };
  }
  const first = inClause[0];
  if (first && verb - first.end < 120) return { mention: first, span: first, viaPronoun: false };
  return undefined;
}

/** The subject after an inverted verb: "…, said Lavrov", "says Russia". */
export function subjectAfter(text: string, verbEnd: number, actors: Actors): Subject | undefined {
  const next = actors.actors.find((m) => m.start >= verbEnd && /^\s*(?:the\s+|an?\s+)?$/i.test(text.slice(verbEnd, m.start)));
  if (next) return { mention: next, span: next, viaPronoun: false };
  // "said Ukrainian President Volodymyr Zelensky", "said foreign minister Sergei Lavrov": a title stands before the person.
  const person = actors.actors.find((m) => m.start >= verbEnd && actors.entities.get(m.entity)?.kind === 'Person');
  if (!person) return undefined;
  const between = text.slice(verbEnd, person.start).trim().split(/\s+/).filter(Boolean);
  const title = between.length <= 6 && between.every((w, i) => /^\p{Lu}[\p{L}.’'-]*$/u.test(w) || titleWords.has(w.toLowerCase()) || i === 0 && /^(?:the|an?)$/i.test(w));
  return title ? { mention: person, span: person, viaPronoun: false } : undefined;
}

export { pronoun };
