import { badInput } from '../../errors.js';

/** Characters the Lucene query parser reads as syntax (`&&` and `||` are covered by & and |). */
const luceneSyntax = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Input treated as plain text: every syntax character escaped, so no word can be an operator. */
export const escapeLucene = (word: string): string => word.replace(luceneSyntax, '\\$&');

/**
 * Lucene's English stop words. The index drops them, so they are passed through plain (and
 * vanish) rather than expanded: `that*` would otherwise demand a word beginning with "that".
 */
const stopWords = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not',
  'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

export const maxSearchLength = 200;

/**
 * Case and accents folded the way the index's standard-folding analyzer folds them; quotes and
 * brackets around a word dropped; a possessive dropped ("Putin's" searches as "putin", whose
 * prefix form finds "Putin’s").
 */
const fold = (word: string): string =>
  word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/['’]s$/u, '');

function clause(word: string): string {
  const escaped = escapeLucene(word);
  const plain = /^[\p{L}\p{N}]+$/u.test(word);
  if (!plain || stopWords.has(word) || word.length < 4) return `+(${escaped})`;
  // Wildcard and fuzzy terms skip the analyzer, hence the folding above. The exact word ranks
  // first, then words it begins ("sanction" → "sanctions"), then one-edit spellings
  // ("Zelensky" → "Zelenskiy"); fuzziness only from five letters, where one edit is a variant
  // rather than another word.
  const fuzzy = word.length >= 5 ? ` OR ${escaped}~1` : '';
  return `+(${escaped}^4 OR ${escaped}*^2${fuzzy})`;
}

/** The user's search text as folded words; refused when too long or without a word. */
function searchWords(text: string): string[] {
  if (text.length > maxSearchLength) {
    throw badInput(`text must be at most ${maxSearchLength} characters; got ${text.length}`, 'text');
  }
  const words = text.split(/\s+/u).map(fold).filter((word) => word.length > 0);
  if (words.length === 0) {
    throw badInput(`text must contain at least one word of letters or digits; got "${text}"`, 'text');
  }
  return words;
}

/**
 * The full-text query for a user's search text. Every word must match (AND), each in its exact,
 * prefix or near-spelled form, so more words narrow the hits and the closest matches rank first.
 */
export function searchQuery(text: string): string {
  return searchWords(text).map(clause).join(' ');
}

/**
 * The query for hits with some but maybe not all of the words (OR), ranked after those with every
 * word: "Rostov Voronezh" finds the claims naming both regions, then each region. Null for one
 * word, where it would find the same hits as searchQuery.
 */
export function someWordsQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length < 2) return null;
  return words.map((word) => clause(word).replace(/^\+/, '')).join(' OR ');
}

/**
 * The words a hit's text must hold, folded and without stop words (the index drops those): what
 * an as-of search checks against the text a node had that day, where the index holds today's.
 */
export function searchTerms(text: string): string[] {
  return [...new Set(searchWords(text).filter((word) => !stopWords.has(word)))];
}
