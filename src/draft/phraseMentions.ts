import type { CountryEntry } from './countries.js';
import type { CountryHit } from './countryMentions.js';
import type { Sentence, Span } from './document.js';
import { countryOrganisations, groupNouns, officeTitles, personNouns } from './lexicon.js';
import { slug } from './slug.js';

/**
 * Common-noun phrases that name an actor or an office through a country: "the Russian embassy in
 * London", "UK officials", "a senior US official", "Russia's foreign minister", "the prime minister".
 */
export type PhraseKind = 'office' | 'organisation' | 'group' | 'person' | 'counterpart';

export interface Phrase extends Span {
  readonly kind: PhraseKind;
  readonly sentence: number;
  /** The words naming it, for a name: "Russian embassy in London". */
  readonly words: string;
  readonly country?: CountryEntry;
  readonly head: string;
  readonly orgKind?: string;
  /** For an embassy, the city it is in; for an office, the country or body it is "to" or "of". */
  readonly place?: string;
  /** The span of the country words inside the phrase. */
  readonly countrySpan?: Span;
}

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const orgRe = new RegExp(`^(?:['’]s)?\\s+(${alternation(Object.keys(countryOrganisations))})(?![\\p{L}])`, 'iu');
/** The tails are case-sensitive (a capital starts a name), so they are matched apart from the heads. */
const inCityRe = /^\s+in\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;
const toPlaceRe = /^\s+to\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*)/u;
const groupRe = new RegExp(`^(?:['’]s)?\\s+((?:(?:senior|top|former|military|government|intelligence|security|defence|foreign|other)\\s+)?(?:${alternation(groupNouns)}))(?![\\p{L}])`, 'iu');
const personRe = new RegExp(`^(?:['’]s)?\\s+((?:(?:senior|top|former|military|government|intelligence|security|defence|foreign)\\s+)?(?:${alternation(personNouns)}))(?![\\p{L}])`, 'iu');
const officeRe = new RegExp(`^(?:['’]s)?\\s+(${alternation(officeTitles)})(?![\\p{L}-])`, 'iu');
const counterpartRe = /^\s+counterparts?(?![\p{L}])/iu;
const before = /(?:\b(the|a|an|two|three|several|some|many|unnamed)\s+)?(?:(senior|top|former|unnamed)\s+)?$/i;

function widenLeft(text: string, start: number): { start: number; article: string | undefined; adjective: string | undefined } {
  const m = before.exec(text.slice(Math.max(0, start - 30), start));
  return m && m[0] ? { start: start - m[0].length, article: m[1]?.toLowerCase(), adjective: m[2]?.toLowerCase() } : { start, article: undefined, adjective: undefined };
}

/** Phrases built on a country mention: what follows the country says what the phrase names. */
export function countryPhrases(text: string, sentences: readonly Sentence[], hits: readonly CountryHit[]): Phrase[] {
  const phrases: Phrase[] = [];
  for (const hit of hits) {
    if (hit.form === 'capital') continue;
    const sentence = sentences.find((s) => s.start <= hit.start && hit.end <= s.end);
    if (!sentence) continue;
    const after = text.slice(hit.end, sentence.end);
    const countrySpan = { start: hit.start, end: hit.end };
    const left = widenLeft(text, hit.start);
    const base = { sentence: sentence.index, country: hit.country, countrySpan };
    let m: RegExpExecArray | null;
    if ((m = counterpartRe.exec(after))) {
      phrases.push({ ...base, kind: 'counterpart', start: left.start, end: hit.end + m[0].length, words: `${hit.surface} counterpart`, head: 'counterpart' });
    } else if ((m = orgRe.exec(after))) {
      const head = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const tail = inCityRe.exec(after.slice(m[0].length));
      const city = tail?.[1];
      const words = `${hit.surface} ${head}${city ? ` in ${city}` : ''}`;
      const end = hit.end + m[0].length + (tail ? tail[0].length : 0);
      phrases.push({ ...base, kind: 'organisation', start: left.start, end, words, head, orgKind: countryOrganisations[head], ...(city ? { place: city } : {}) });
    } else if ((m = officeRe.exec(after))) {
      const head = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const tail = toPlaceRe.exec(after.slice(m[0].length));
      const to = tail?.[1];
      const end = hit.end + m[0].length + (tail ? tail[0].length : 0);
      phrases.push({ ...base, kind: 'office', start: left.start, end, words: `${hit.surface} ${head}${to ? ` to ${to}` : ''}`, head, ...(to ? { place: to } : {}) });
    } else if ((m = groupRe.exec(after)) || (m = personRe.exec(after))) {
      const head = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const singular = personNouns.some((noun) => head.endsWith(noun)) && !groupNouns.some((noun) => head === noun);
      const one = singular && (left.article === 'a' || left.article === 'an' || left.article === 'the' || left.article === 'unnamed');
      if (singular && !one) continue;
      // "a senior Canadian official": the rank before the country is part of who is meant.
      const words = `${left.adjective ? `${left.adjective} ` : ''}${hit.surface} ${head}`;
      phrases.push({ ...base, kind: one ? 'person' : 'group', start: left.start, end: hit.end + m[0].length, words, head });
    }
  }
  return phrases;
}

const bareOfficeRe = new RegExp(`\\b(the|its|his|her|their)\\s+(${alternation(officeTitles)})(?![\\p{L}-])(?:\\s+(of|to)\\s+(?:the\\s+)?((?:[A-Z][\\p{L}]+|foreign|affairs|defence|committee|select)(?:\\s+(?:[A-Z][\\p{L}]+|foreign|affairs|defence|committee|select))*))?`, 'giu');

/** Offices named without a country ("the prime minister", "the chair of the Commons foreign affairs committee"). */
export function bareOffices(text: string, sentences: readonly Sentence[], taken: (span: Span) => boolean): Phrase[] {
  const phrases: Phrase[] = [];
  for (const m of text.matchAll(bareOfficeRe)) {
    const start = m.index + m[1]!.length + 1;
    const end = m.index + m[0].length;
    if (taken({ start, end })) continue;
    const sentence = sentences.find((s) => s.start <= start && end <= s.end);
    if (!sentence) continue;
    const head = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    const of = m[4];
    // A one-word title alone ("the head", "the leader") names no office until it says of what.
    if (!of && !head.includes(' ') && !['president', 'chancellor', 'ambassador', 'premier'].includes(head)) continue;
    phrases.push({ kind: 'office', start: m.index, end, sentence: sentence.index, words: of ? `${head} ${m[3]} ${of}` : head, head, ...(of ? { place: of } : {}) });
  }
  return phrases;
}

/** The id-style short words of a country phrase: "uk-officials", "russian-embassy-london". */
export function phraseSlug(phrase: Phrase): string {
  if (phrase.kind === 'organisation' && phrase.head === 'embassy') return slug(`${phrase.country?.demonyms[0] ?? phrase.country?.short ?? ''} embassy ${phrase.place ?? ''}`);
  return slug(phrase.words.replace(/['’]s\b/g, ''));
}
