import type { QuoteSpec } from './quotes.js';

/** The kinds of difference a person makes copying words by hand, each folded away separately. */
type Fold = 'apostrophe' | 'quotation' | 'dash' | 'case' | 'space';
const folds: readonly Fold[] = ['apostrophe', 'quotation', 'dash', 'case', 'space'];

function foldChar(char: string, active: ReadonlySet<Fold>): string {
  if (active.has('space') && /\s/.test(char)) return '';
  if (active.has('apostrophe') && /[\u2018\u2019\u201a\u201b\u2032`]/.test(char)) return "'";
  if (active.has('quotation') && /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/.test(char)) return '"';
  if (active.has('dash') && /[\u2010-\u2015\u2212]/.test(char)) return '-';
  return active.has('case') ? char.toLowerCase() : char;
}

const fold = (text: string, active: ReadonlySet<Fold>): string => [...text].map((char) => foldChar(char, active)).join('');

/** The text with every difference folded away, and where each kept character came from. */
function folded(text: string): { readonly chars: string; readonly origin: readonly number[] } {
  const all = new Set(folds);
  let chars = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const kept = foldChar(text[i]!, all);
    for (const char of kept) {
      chars += char;
      origin.push(i);
    }
  }
  return { chars, origin };
}

/**
 * Where the pattern comes closest to a substring of the text (Sellers' algorithm: edit distance
 * with the match free to start anywhere), as folded offsets [start, end) and the distance.
 */
function closestSubstring(text: string, pattern: string): { start: number; end: number; distance: number } {
  let cost = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let from = Array.from({ length: pattern.length + 1 }, () => 0);
  let best = { start: 0, end: 0, distance: pattern.length };
  for (let j = 1; j <= text.length; j++) {
    const nextCost = [0];
    const nextFrom = [j];
    for (let i = 1; i <= pattern.length; i++) {
      const options: [number, number][] = [
        [cost[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1), from[i - 1]!],
        [cost[i]! + 1, from[i]!],
        [nextCost[i - 1]! + 1, nextFrom[i - 1]!],
      ];
      const [value, start] = options.reduce((a, b) => (b[0] < a[0] ? b : a));
      nextCost.push(value);
      nextFrom.push(start);
    }
    cost = nextCost;
    from = nextFrom;
    const candidate = { start: from[pattern.length]!, end: j, distance: cost[pattern.length]! };
    // Of equally near substrings, the one as long as the quote reads as what was meant.
    const closerInLength = Math.abs(candidate.end - candidate.start - pattern.length) < Math.abs(best.end - best.start - pattern.length);
    if (candidate.distance < best.distance || (candidate.distance === best.distance && closerInLength)) best = candidate;
  }
  return best;
}

function causes(quote: string, found: string): string[] {
  const named: string[] = [];
  for (const kind of folds) {
    const others = new Set(folds.filter((other) => other !== kind));
    if (fold(quote, others) === fold(found, others)) continue;
    if (kind === 'apostrophe') named.push('curly vs straight apostrophe');
    if (kind === 'quotation') named.push('curly vs straight quotation marks');
    if (kind === 'dash') named.push('different dash');
    if (kind === 'case') named.push('different case');
    if (kind === 'space') {
      const spaces = (text: string) => (text.match(/\s/g) ?? []).length;
      const extra = spaces(quote) - spaces(found);
      named.push(extra > 0 ? 'extra space' : extra < 0 ? 'missing space' : 'line break or tab vs space');
    }
  }
  return named;
}

/**
 * The text nearest a quote that is not in it, and why they differ: the error path of anchoring
 * only (a quote that is in the text is placed by its exact words, never by this).
 */
export function nearestText(text: string, quote: string): { readonly text: string; readonly causes: readonly string[] } | null {
  const haystack = folded(text);
  const needle = folded(quote).chars;
  if (needle.length === 0 || haystack.chars.length === 0) return null;
  const exact = haystack.chars.indexOf(needle);
  const span = exact >= 0 ? { start: exact, end: exact + needle.length, distance: 0 } : closestSubstring(haystack.chars, needle);
  // Beyond a third of the quote's letters it is another passage, not a miscopy of this one.
  if (span.end <= span.start || span.distance > Math.max(2, Math.floor(needle.length / 3))) return null;
  const found = text.slice(haystack.origin[span.start]!, haystack.origin[span.end - 1]! + 1);
  return { text: found, causes: span.distance === 0 ? causes(quote, found) : ['words differ'] };
}

/** Why a quote whose words (with its prefix and suffix) are not in the text is not there. */
export function missingQuoteProblem(text: string, spec: QuoteSpec): string {
  if ((spec.prefix || spec.suffix) && text.includes(spec.exact)) return 'is not in the text with that prefix and suffix';
  const near = nearestText(text, spec.exact);
  return near ? `is not in the text; nearest text: ${JSON.stringify(near.text)} (${near.causes.join(', ')})` : 'is not in the text';
}
