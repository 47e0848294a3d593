import type { Quote } from './format.js';
import { missingQuoteProblem } from './quoteHints.js';
import { quoteContext, type QuoteContext } from './quoteContext.js';

/** Limits that keep evidence to short quotes, never the whole text (docs/model.md). */
export const quoteLimits = { maxWords: 12, maxContextChars: 16 } as const;

export interface QuoteSpec {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly occurrence: number | undefined;
}

/** A quote placed in its text: W3C TextQuote (exact, prefix, suffix) + TextPosition (start, end). */
export interface Anchored extends QuoteSpec {
  /** Code-point offsets, half-open. */
  readonly start: number;
  readonly end: number;
  /**
   * The words around the quote as stored with it (its TextQuote prefix and suffix), so a reader
   * without the text still sees it in context; they contain the annotation's own prefix and suffix.
   */
  readonly context: QuoteContext;
}


export function quoteSpec(quote: Quote): QuoteSpec {
  return typeof quote === 'string'
    ? { exact: quote, prefix: '', suffix: '', occurrence: undefined }
    : { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '', occurrence: quote.occurrence };
}

/** The key a quote is stored under in a source's anchors file. */
export function quoteKey(spec: QuoteSpec): string {
  return [spec.exact, spec.prefix, spec.suffix, spec.occurrence ?? ''].join('\u241f');
}

/** Why a quote breaks the limits, or null when it keeps them. */
export function limitProblem(spec: QuoteSpec): string | null {
  const words = spec.exact.trim().split(/\s+/).length;
  if (words > quoteLimits.maxWords) return `is ${words} words long; a quote is at most ${quoteLimits.maxWords} words`;
  for (const side of ['prefix', 'suffix'] as const) {
    const length = [...spec[side]].length;
    if (length > quoteLimits.maxContextChars) {
      return `has a ${side} of ${length} characters; at most ${quoteLimits.maxContextChars} are allowed`;
    }
  }
  return null;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Code-point offset of a UTF-16 index (equal when the text is all in the Basic Multilingual Plane). */
function codePointOffset(text: string, index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) i++;
    offset++;
  }
  return offset;
}

/**
 * Finds a quote in its text. The words (with any prefix and suffix) must occur exactly once, or
 * an occurrence number must say which is meant; otherwise the answer says what is wrong.
 */
export function anchorQuote(text: string, spec: QuoteSpec): Anchored | string {
  const problem = limitProblem(spec);
  if (problem) return problem;
  const found = occurrences(text, spec.prefix + spec.exact + spec.suffix);
  if (found.length === 0) return missingQuoteProblem(text, spec);
  let index: number;
  if (spec.occurrence !== undefined) {
    if (spec.occurrence > found.length) return `has occurrence ${spec.occurrence}, but the words occur ${found.length} time(s)`;
    index = found[spec.occurrence - 1]!;
  } else if (found.length > 1) {
    return `occurs ${found.length} times in the text; add a prefix, a suffix or an occurrence number to say which`;
  } else {
    index = found[0]!;
  }
  const startIndex = index + spec.prefix.length;
  const start = codePointOffset(text, startIndex);
  const context = quoteContext(text, startIndex, startIndex + spec.exact.length, spec, quoteLimits.maxContextChars);
  return { ...spec, start, end: start + [...spec.exact].length, context };
}
