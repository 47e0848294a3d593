import type { Quote } from '../ingest/format.js';
import { quoteLimits } from '../ingest/quotes.js';
import type { Span } from './document.js';

/** Occurrences the way the loader counts them (overlapping), so an occurrence number means the same. */
function occurrencesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
/** Punctuation a quote should neither start nor end with (a dangling comma reads as a mistake). */
const trimmable = /[\s,;:–—-]/;

/** Narrows a span to its words: no surrounding space or dangling punctuation. */
export function tidy(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && trimmable.test(text[start]!)) start++;
  while (end > start && trimmable.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Cuts a span to at most the quote limit in words, keeping the words nearest `focus` (an offset
 * inside the span): the fact's key words stay in the quote when the clause is long.
 */
export function clip(text: string, span: Span, focus: number = span.start, maxWords: number = quoteLimits.maxWords): Span {
  const words: Span[] = [];
  const re = /\S+/g;
  const body = text.slice(span.start, span.end);
  for (let m = re.exec(body); m; m = re.exec(body)) words.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  if (words.length <= maxWords) return tidy(text, span);
  let at = words.findIndex((word) => word.end > focus);
  if (at < 0) at = words.length - 1;
  const first = Math.max(0, Math.min(at - Math.floor(maxWords / 3), words.length - maxWords));
  return tidy(text, { start: words[first]!.start, end: words[first + maxWords - 1]!.end });
}

/**
 * The quote of a span, verbatim by construction: the words themselves when they occur once in
 * the text, else with the occurrence number that picks this place.
 */
export function quoteOf(text: string, span: Span): Quote {
  const { start, end } = clip(text, span);
  const exact = text.slice(start, end);
  if (!exact.trim() || isSpace(exact[0])) throw new Error(`empty quote at ${start}`);
  const found = occurrencesOf(text, exact);
  if (found.length === 1) return exact;
  const occurrence = found.indexOf(start) + 1;
  return { exact, occurrence };
}

/** Quotes of several spans, each once (the loader refuses nothing for repeats, but a reviewer reads them). */
export function quotesOf(text: string, spans: readonly Span[]): Quote[] {
  const seen = new Set<string>();
  const quotes: Quote[] = [];
  for (const span of spans) {
    const clipped = clip(text, span);
    const key = `${clipped.start}-${clipped.end}`;
    if (seen.has(key) || clipped.end <= clipped.start) continue;
    seen.add(key);
    quotes.push(quoteOf(text, clipped));
  }
  return quotes;
}
