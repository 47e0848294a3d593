/**
 * Where an annotation's quotes sit in its text. Draft and gold quote the text in their own way
 * (a draft may quote "Sergey Lavrov" where the gold quotes "held talks with Sergey Lavrov"), so
 * the scorer compares places in the text, never quote strings. Quotes are placed exactly as the
 * loader places them (src/ingest/compile.ts textFinder), so a quote the loader would refuse is
 * one the scorer cannot place either.
 */
import { textFinder, type QuoteFinder } from '../../ingest/compile.js';
import type { Quote } from '../../ingest/format.js';
import { quoteSpec } from '../../ingest/quotes.js';

/** A half-open range of code points in the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const anyOverlap = (a: readonly Span[], b: readonly Span[]): boolean => a.some((x) => b.some((y) => overlaps(x, y)));

/** Places quotes in one text, and keeps the quotes it could not place (for the report). */
export class QuotePlacer {
  private readonly find: QuoteFinder;
  readonly unplaced: string[] = [];

  constructor(private readonly text: string) {
    this.find = textFinder(text);
  }

  place(quotes: readonly Quote[] | undefined): Span[] {
    const spans: Span[] = [];
    for (const quote of quotes ?? []) {
      const spec = quoteSpec(quote);
      const found = this.find(spec);
      if (typeof found === 'string') this.unplaced.push(`"${spec.exact}" ${found}`);
      else spans.push({ start: found.start, end: found.end });
    }
    return spans;
  }

  /**
   * Every occurrence of some words (a time's own `text`, which is not a quote and may occur more
   * than once); none when the words are not the text's own.
   */
  occurrences(words: string | undefined): Span[] {
    if (!words) return [];
    const spans: Span[] = [];
    const length = [...words].length;
    for (let at = this.text.indexOf(words); at !== -1; at = this.text.indexOf(words, at + 1)) {
      const start = [...this.text.slice(0, at)].length;
      spans.push({ start, end: start + length });
    }
    return spans;
  }
}
