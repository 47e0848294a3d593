/**
 * The words around a quote, stored with it as its W3C TextQuote prefix and suffix so that a
 * reader without the source's text still sees the quote in context.
 */

export interface QuoteContext {
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * How much of a text its quotes' context may keep (`source.text.reuse` in an annotation file):
 * FULL, a few words a side of every quote (a text the project may reproduce, such as its own
 * compilation); QUOTES, only words that other quotes of the same source keep already, so the
 * words stored for a text others hold the rights to never grow past its short quotes.
 */
export type ContextReuse = 'FULL' | 'QUOTES';

const wordChar = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined): boolean => char !== undefined && wordChar.test(char);
const hasWord = (text: string): boolean => [...text].some(isWordChar);

/**
 * Drops a word cut at the start of `text` (the character before it being `before`), and white
 * space; a cut word that is all there is stays when `keepLoneWord`, and otherwise what holds no
 * word at all is dropped too.
 */
function fromWordStart(text: string, before: string | undefined, keepLoneWord: boolean): string {
  let at = 0;
  if (isWordChar(before)) {
    while (at < text.length && isWordChar(text[at])) at++;
    if (keepLoneWord && !hasWord(text.slice(at))) at = 0;
  }
  const kept = text.slice(at).replace(/^\s+/, '');
  return keepLoneWord || hasWord(kept) ? kept : '';
}

/** Drops a word cut at the end of `text` (the character after it being `after`), and white space; see fromWordStart. */
function toWordEnd(text: string, after: string | undefined, keepLoneWord: boolean): string {
  let at = text.length;
  if (isWordChar(after)) {
    while (at > 0 && isWordChar(text[at - 1])) at--;
    if (keepLoneWord && !hasWord(text.slice(0, at))) at = text.length;
  }
  const kept = text.slice(0, at).replace(/\s+$/, '');
  return keepLoneWord || hasWord(kept) ? kept : '';
}

/**
 * The words just before and after a quote (UTF-16 indices into its text), at most `limit`
 * characters a side, cut where a word begins or ends rather than inside one (unless one word
 * fills the whole window). The annotation's own prefix or suffix is kept whenever the cut one
 * would not contain it, so the stored context still tells repeated words apart.
 */
export function quoteContext(text: string, startIndex: number, endIndex: number, given: QuoteContext, limit: number): QuoteContext {
  const from = Math.max(0, startIndex - limit);
  const to = Math.min(text.length, endIndex + limit);
  return withGiven({ prefix: fromWordStart(text.slice(from, startIndex), text[from - 1], true), suffix: toWordEnd(text.slice(endIndex, to), text[to], true) }, given);
}

function withGiven(context: QuoteContext, given: QuoteContext): QuoteContext {
  return {
    prefix: context.prefix.endsWith(given.prefix) ? context.prefix : given.prefix,
    suffix: context.suffix.startsWith(given.suffix) ? context.suffix : given.suffix,
  };
}

/** Whether a code point lies in one of the ranges [start, end). */
function coverage(ranges: readonly { readonly start: number; readonly end: number }[]): (at: number) => boolean {
  return (at) => ranges.some((range) => range.start <= at && at < range.end);
}

/**
 * A quote's context cut back to the words other quotes of its source keep (QUOTES reuse): the
 * part of the prefix that ends at the quote and of the suffix that starts at it lying within
 * `quotes`, still cut at word boundaries, and always the annotation's own prefix and suffix.
 */
export function contextWithinQuotes(
  quote: { readonly start: number; readonly end: number; readonly context: QuoteContext },
  given: QuoteContext,
  quotes: readonly { readonly start: number; readonly end: number }[],
): QuoteContext {
  const covered = coverage(quotes);
  const prefix = [...quote.context.prefix];
  let keep = 0;
  while (keep < prefix.length && covered(quote.start - keep - 1)) keep++;
  const suffix = [...quote.context.suffix];
  let keepAfter = 0;
  while (keepAfter < suffix.length && covered(quote.end + keepAfter)) keepAfter++;
  const cutPrefix = prefix.slice(prefix.length - keep).join('');
  const cutSuffix = suffix.slice(0, keepAfter).join('');
  return withGiven(
    {
      prefix: keep === prefix.length ? cutPrefix : fromWordStart(cutPrefix, prefix[prefix.length - keep - 1], false),
      suffix: keepAfter === suffix.length ? cutSuffix : toWordEnd(cutSuffix, suffix[keepAfter], false),
    },
    given,
  );
}
