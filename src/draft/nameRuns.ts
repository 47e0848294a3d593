import type { Sentence, Span } from './document.js';
import { leadingFunctionWords } from './lexicon.js';

/** A run of capitalised words: a candidate name ("Vladimir Putin", "Chatham House", "HMS Defender"). */
export interface NameRun extends Span {
  readonly sentence: number;
  readonly words: readonly string[];
  /** The run starts its sentence, where any word is capitalised. */
  readonly initial: boolean;
  readonly possessive: boolean;
  /** The lower-case words right after the run (up to four), for "Biden administration", "Conservative party". */
  readonly following: string;
  /** The words right before the run (up to three), lower case. */
  readonly preceding: string;
}

// A possessive 's ends a name ("the Royal Navy's HMS Defender" is two names).
const word = String.raw`(?:[A-Z]+\d+|[A-Z]\.|[A-Z][\p{L}\p{M}]*(?:['’-](?!s(?![\p{L}]))[\p{L}\p{M}]+)*)`;
const datePrefix = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
const connector = String.raw`(?:of|for|de|da|del|von|van|der|bin|al|la|le)`;
const runRe = new RegExp(String.raw`(?<![\p{L}\p{N}])${word}(?:\s+(?:${connector}\s+)?${word})*`, 'gu');

/** A headline in title case capitalises every word; its runs are not names. */
function titleCase(sentence: Sentence): boolean {
  // A sentence with its full stop is prose, whose capitals are names ("Brazilian President Luiz Lula met …").
  if (!sentence.heading) return false;
  const words = sentence.text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w) && w.length > 3);
  return words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}

export function nameRuns(text: string, sentences: readonly Sentence[]): NameRun[] {
  const runs: NameRun[] = [];
  for (const sentence of sentences) {
    if (titleCase(sentence)) continue;
    for (const match of sentence.text.matchAll(runRe)) {
      let start = sentence.start + match.index;
      let words = match[0].split(/\s+/);
      // Drop leading function words ("The", "In", "Last"): they are capitalised only by position.
      while (words.length > 0 && leadingFunctionWords.has(words[0]!)) {
        start = text.indexOf(words[1] ?? '', start + words[0]!.length);
        words = words.slice(1);
      }
      // A day or month before a name is a date, not part of it: "On Wednesday Wong travelled", "In January Putin said".
      while (words.length > 1 && datePrefix.test(words[0]!)) {
        start = text.indexOf(words[1]!, start + words[0]!.length);
        words = words.slice(1);
      }
      if (words.length === 0 || start < 0) continue;
      // A connector never ends a name ("Bank of" + "England" is one run; "Minister of" is not).
      while (words.length > 1 && new RegExp(`^${connector}$`).test(words[words.length - 1]!)) words = words.slice(0, -1);
      let end = start + words.join(' ').length;
      const raw = text.slice(start, end);
      if (raw !== words.join(' ')) end = start + raw.length;
      const possessive = /^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3));
      const followingMatch = /^(?:['’]s)?((?:\s+[a-z][a-z-]*){1,4})/.exec(text.slice(end, Math.min(sentence.end, end + 60)));
      const preceding = text.slice(Math.max(sentence.start, start - 40), start).toLowerCase().split(/\s+/).filter(Boolean).slice(-3).join(' ');
      runs.push({
        start, end, words, possessive, sentence: sentence.index, initial: start === sentence.start || /^["“‘(]$/.test(text.slice(sentence.start, start)),
        following: followingMatch ? followingMatch[1]!.trim() : '', preceding,
      });
    }
  }
  return runs;
}
