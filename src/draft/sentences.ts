import type { Sentence } from './document.js';

/** Words that end in a full stop without ending a sentence. */
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev', 'sen', 'rep', 'gov', 'jr', 'sr', 'vs', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'e.g', 'i.e',
  'u.s', 'u.k', 'u.n', 'e.u',
]);

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  // A single capital is an initial ("J. Smith"), not the end of a sentence.
  return abbreviations.has(word) || /^[a-z]$/.test(word);
}

/**
 * Splits a text into sentences with their offsets: at . ! ? (after any closing quote) followed by
 * space and a capital or an opening quote, and at every line break, since headlines and
 * standfirsts are lines without closing punctuation.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    const body = text.slice(start, end);
    sentences.push({ index: sentences.length, start, end, text: body, heading: !/[.!?:"”’']$/.test(body) });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && /["”’')\]]/.test(text[end]!)) end++;
    const rest = text.slice(end, end + 3);
    if (!/^[ \t]+["“‘(]?[A-Z0-9]/.test(rest)) continue;
    if (ch === '.' && endsWithAbbreviation(text, i)) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return sentences;
}
