import type { Sentence, Span, TimeMention } from './document.js';

export interface FoundQuantity extends Span {
  readonly sentence: number;
  readonly value: number;
  readonly unit: string;
  readonly currency?: string;
  readonly quantityKind: 'COUNT' | 'MONEY' | 'DURATION';
  readonly text: string;
  readonly confidence: number;
}

const numberWords: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, a: 1, an: 1, dozen: 12, 'a dozen': 12, 'hundreds of': 100, 'thousands of': 1000,
};
const scales: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12 };
const currencies: Readonly<Record<string, string>> = {
  '£': 'GBP', $: 'USD', 'us$': 'USD', '€': 'EUR', '¥': 'JPY', '₽': 'RUB', '₴': 'UAH', '₪': 'ILS', '₹': 'INR', '₩': 'KRW', '₺': 'TRY', 'c$': 'CAD', 'a$': 'AUD', 'hk$': 'HKD', 'rs': 'INR', 'chf': 'CHF',
  pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP', dollars: 'USD', 'us dollars': 'USD', euros: 'EUR', euro: 'EUR', roubles: 'RUB', rubles: 'RUB', hryvnias: 'UAH', hryvnia: 'UAH',
  yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', shekels: 'ILS', shekel: 'ILS', rupees: 'INR', lira: 'TRY', liras: 'TRY', francs: 'CHF', 'swiss francs': 'CHF', riyals: 'SAR', dinars: 'IQD',
  zlotys: 'PLN', zloty: 'PLN', forints: 'HUF', kronor: 'SEK', kroner: 'NOK', rand: 'ZAR', pesos: 'MXN', reais: 'BRL', lari: 'GEL', tenge: 'KZT', manat: 'AZN', dirhams: 'AED',
};
/** ISO 4217 codes written as a unit ("USD 5m", "5bn EUR"); only common ones, so a capitalised word is not read as money. */
const isoCodes = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RUB', 'UAH', 'CHF', 'ILS', 'INR', 'KRW', 'TRY', 'CAD', 'AUD', 'PLN', 'SEK', 'NOK', 'SAR', 'AED', 'BRL', 'ZAR', 'MXN', 'HKD', 'SGD', 'KZT', 'GEL'];

const num = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const word = Object.keys(numberWords).filter((w) => !/^an?$/.test(w)).sort((a, b) => b.length - a.length).join('|');
const hedge = String.raw`(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to|fewer than|less than|as many as|an estimated|approximately)\s+)?`;
const symbols = String.raw`US\$|HK\$|C\$|A\$|£|\$|€|¥|₽|₴|₪|₹|₩|₺|Rs\.?|${isoCodes.join('|')}`;
const moneyBefore = new RegExp(String.raw`${hedge}(${symbols})\s?(${num})(?:\s?(bn|billion|m|mn|million|k|thousand|tn|trillion)\b)?`, 'g');
const currencyWords = Object.keys(currencies).filter((k) => /^[a-z ]{3,}$/.test(k) && k !== 'chf').sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
const moneyAfter = new RegExp(String.raw`${hedge}(${num}|${word})(?:\s?(bn|billion|m|mn|million|thousand|trillion))?\s+(${currencyWords.join('|')}|${isoCodes.join('|')})\b`, 'gi');
const duration = new RegExp(String.raw`${hedge}(${num}|${word}|a|an)[\s-](hours?|days?|weeks?|months?|years?|minutes?|decades?)\b(?!\s+(?:ago|later|earlier|before|after))`, 'gi');
/** Nouns counted in diplomatic and military news; any plural noun after a large figure counts too. */
const countNoun = String.raw`((?:[a-z]+-)?[a-z]+(?:\s(?:weapons|missiles|troops|soldiers|vehicles|drones|shells|rounds|jets|tanks))?)\b`;
const count = new RegExp(String.raw`${hedge}(?<![\p{L}\d-])(${num}|${word})(?:\s(thousand|million|billion))?\s+${countNoun}`, 'giu');
/** A figure with one word before its noun: "6,000 more missiles", "500 Ukrainian soldiers", "28 MiG-29 jets" (case-sensitive: a name or a listed word). */
const countModified = new RegExp(String.raw`${hedge}(?<![\p{L}\d-])(${num})(?:\s(thousand|million|billion))?\s+(?:more|additional|new|extra|further|\p{Lu}[\p{L}]*(?:-\d+)?)\s+${countNoun}`, 'gu');

const parseNumber = (raw: string) => (/^\d/.test(raw) ? Number(raw.replace(/,/g, '')) : numberWords[raw.toLowerCase()] ?? NaN);
const singular = (noun: string) => noun.replace(/ies$/, 'y').replace(/(ss|sh|ch|x)es$/, '$1').replace(/([^s])s$/, '$1');
const countable = /^(troops?|soldiers?|people|civilians?|refugees?|weapons?|[a-z]+-[a-z]+ weapons?|missiles?|tanks?|drones?|jets?|aircraft|warships?|ships?|vehicles?|diplomats?|officials?|prisoners?|hostages?|casualties|deaths|dead|wounded|shells?|rounds?|sanctions?|countries|members?|[a-z]+s)$/;
const notCountNouns = new Set(['years', 'days', 'weeks', 'months', 'hours', 'minutes', 'decades', 'times', 'percent', 'others', 'sides', 'powers', 'points', 'parts', 'regions', 'countries', 'things']);

/**
 * The quantities stage: sums of money (£1.8bn, $500,000, 200 million euros), durations (three
 * days, a three-day visit, 24 hours; time expressions such as "two weeks ago" are the times
 * stage's) and counts of troops, weapons, people (2,000 anti-tank weapons, about 130,000 troops).
 */
export function findQuantities(text: string, sentences: readonly Sentence[], times: readonly TimeMention[]): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  const free = (span: Span) => !found.some((q) => q.start < span.end && span.start < q.end) && !times.some((t) => t.start < span.end && span.start < t.end);
  const sentenceOf = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end)?.index ?? 0;
  const push = (m: RegExpExecArray, q: Omit<FoundQuantity, 'start' | 'end' | 'sentence' | 'text'>) => {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!free(span) || !Number.isFinite(q.value)) return;
    found.push({ ...span, sentence: sentenceOf(span.start), text: m[0], ...q });
  };
  for (const m of text.matchAll(moneyBefore)) {
    const symbol = m[1]!.toLowerCase().replace(/\.$/, '');
    const currency = currencies[symbol] ?? (isoCodes.includes(m[1]!) ? m[1]! : 'USD');
    push(m, { value: Math.round(parseNumber(m[2]!) * (scales[(m[3] ?? '').toLowerCase()] ?? 1)), unit: currency, currency, quantityKind: 'MONEY', confidence: 0.9 });
  }
  for (const m of text.matchAll(moneyAfter)) {
    const unit = m[3]!.toLowerCase().replace(/\s+/g, ' ');
    const currency = currencies[unit] ?? m[3]!.toUpperCase();
    // A word currency needs a figure: "some pounds" is no sum, nor is "one won" likely one.
    if (!/^\d/.test(m[1]!) && !m[2]) continue;
    push(m, { value: Math.round(parseNumber(m[1]!) * (scales[(m[2] ?? '').toLowerCase()] ?? 1)), unit: currency, currency, quantityKind: 'MONEY', confidence: 0.85 });
  }
  for (const m of text.matchAll(duration)) {
    const raw = m[1]!;
    // "a day" alone is an idiom more often than a figure; a figure or a number word is a duration.
    if (/^an?$/i.test(raw) && !/-/.test(m[0])) continue;
    // "over the next four to six months" is a time ahead, the times stage's, like "over the next six months".
    if (/^\s*(?:a|an)\s*$/i.test(raw) === false && new RegExp(String.raw`\b(in|within|over|for|during) the (next|coming|past|last)\s+(?:(?:${num}|${word})\s*(?:to|or|-|–)\s*)?$`, 'i').test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    push(m, { value: parseNumber(raw), unit: singular(m[2]!.toLowerCase()), quantityKind: 'DURATION', confidence: 0.85 });
  }
  for (const m of [...text.matchAll(countModified), ...text.matchAll(count)]) {
    const noun = m[3]!.toLowerCase();
    const value = parseNumber(m[1]!) * (scales[(m[2] ?? '').toLowerCase()] ?? 1);
    if (!countable.test(noun) || notCountNouns.has(noun) || noun.endsWith('ss')) continue;
    // A year ("in 2019 talks") or a small number word before a common plural is rarely a figure worth keeping.
    if (/^(19|20)\d\d$/.test(m[1]!) || (!/^\d/.test(m[1]!) && value < 10 && !/troops|soldiers|weapons|missiles|people/.test(noun))) continue;
    push(m, { value, unit: singular(noun), quantityKind: 'COUNT', confidence: /^\d/.test(m[1]!) ? 0.85 : 0.6 });
  }
  return found.sort((a, b) => a.start - b.start);
}
