import { addDays, addMonths, dayOf, mondayOf, monthEnd, monthOf, monthStart, weekday, yearOf, type Day } from './calendar.js';
import type { Precision } from './document.js';
import { months, weekdays } from './lexicon.js';

/** What a time expression means, worked out from one publication day. */
export interface Resolved {
  readonly start?: Day;
  readonly end?: Day;
  readonly precision: Precision;
}

export type Tense = 'past' | 'future';

/**
 * A time expression: its pattern, and what it means from a publication day. Rules that depend on
 * where in an interval the publication falls are run from both ends and joined (times.ts), so a
 * week-dated article's "on Friday" is the honest span of two Fridays, never a guessed one.
 */
export interface TimeRule {
  readonly name: string;
  readonly pattern: RegExp;
  readonly resolve: (match: RegExpExecArray, published: Day, tense: Tense, interval: { start: Day; end: Day }) => Resolved | null;
  readonly confidence: number;
}

const monthNames = months.join('|');
const shortMonths = months.map((m) => m.slice(0, 3)).join('|');
const anyMonth = `(?:${monthNames}|(?:${shortMonths})\\.?)`;
const weekdayNames = weekdays.join('|');
const numberWords: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3, few: 3, couple: 2 };
const countOf = (word: string | undefined) => (word === undefined ? 1 : /^\d+$/.test(word) ? Number(word) : numberWords[word.toLowerCase()] ?? 1);
const monthIndex = (word: string) => months.findIndex((m) => m.startsWith(word.toLowerCase().replace(/\.$/, '').slice(0, 3)));
const weekdayIndex = (word: string) => weekdays.indexOf(word.toLowerCase() as (typeof weekdays)[number]);

const day = (d: Day | undefined): Resolved | null => (d ? { start: d, end: d, precision: 'DAY' } : null);
const month = (year: number, m: number): Resolved => ({ start: monthStart(year, m), end: monthEnd(year, m), precision: 'MONTH' });
const year = (y: number): Resolved => ({ start: `${y}-01-01`, end: `${y}-12-31`, precision: 'YEAR' });
const week = (monday: Day): Resolved => ({ start: monday, end: addDays(monday, 6), precision: 'WEEK' });

/** The weekday nearest the publication in the tense's direction (the publication day itself counts as past). */
function weekdayFrom(published: Day, target: number, tense: Tense, strict: boolean): Day {
  const today = weekday(published);
  // "is due to hold talks on Monday" in a Monday's paper is that day; "next Monday" is a week on.
  if (tense === 'future') return addDays(published, ((target - today + 7) % 7) || (strict ? 7 : 0));
  const back = (today - target + 7) % 7;
  return addDays(published, back === 0 && strict ? -7 : -back);
}

/** A day-and-month without a year: the year that puts it on the tense's side of the publication. */
function yearFor(published: Day, m: number, d: number, tense: Tense): Day | undefined {
  const y = yearOf(published);
  const candidate = dayOf(y, m, d);
  if (!candidate) return undefined;
  // The tense picks the side, unless that puts a day a few weeks from the publication almost a year away
  // ("the White House said on September 7 that the trip would…" in a paper of 11 September).
  const days = (a: Day, b: Day) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  const near = days(candidate, published) <= 45;
  if (tense === 'past' && candidate > published && !near) return dayOf(y - 1, m, d);
  if (tense === 'future' && candidate < published && !near) return dayOf(y + 1, m, d);
  return candidate;
}

function unitSpan(unit: string, count: number, from: Day, direction: 1 | -1): Day {
  const u = unit.toLowerCase();
  if (u.startsWith('day')) return addDays(from, direction * count);
  if (u.startsWith('week')) return addDays(from, direction * 7 * count);
  if (u.startsWith('month')) return addMonths(from, direction * count);
  return addMonths(from, direction * 12 * count);
}
const unitPrecision = (unit: string): Precision => (unit.startsWith('day') ? 'DAY' : unit.startsWith('week') ? 'WEEK' : unit.startsWith('month') ? 'MONTH' : 'YEAR');

export const timeRules: readonly TimeRule[] = [
  {
    name: 'date with day, month and year',
    pattern: new RegExp(`\\b(?:on\\s+)?(?:(?:${weekdayNames}),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${anyMonth}),?\\s+(\\d{4})\\b`, 'gi'),
    resolve: (m) => day(dayOf(Number(m[3]), monthIndex(m[2]!), Number(m[1]))),
    confidence: 0.95,
  },
  {
    name: 'date with month, day and year',
    pattern: new RegExp(`\\b(?:on\\s+)?(?:(?:${weekdayNames}),?\\s+)?(${anyMonth})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    resolve: (m) => day(dayOf(Number(m[3]), monthIndex(m[1]!), Number(m[2]))),
    confidence: 0.95,
  },
  {
    name: 'date with day and month',
    pattern: new RegExp(`\\b(?:on\\s+)?(?:(?:${weekdayNames}),?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${anyMonth})|(${anyMonth})\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?!\\s*,?\\s*\\d{4})`, 'gi'),
    resolve: (m, published, tense) => day(yearFor(published, monthIndex(m[2] ?? m[3]!), Number(m[1] ?? m[4]), tense)),
    confidence: 0.85,
  },
  {
    name: 'month and year',
    pattern: new RegExp(`\\b(?:(?:in|since|until|by|from|during|of|early|late|mid)[\\s-]+)?(${monthNames})\\s+(\\d{4})\\b`, 'gi'),
    resolve: (m) => month(Number(m[2]), monthIndex(m[1]!)),
    confidence: 0.9,
  },
  {
    name: 'year',
    pattern: /\b(?:in|since|until|by|from|during|of|early|late|mid|before|after)[\s-]+((?:19|20)\d\d)\b(?![\s-]*(?:%|per|troops|people|[a-z]*illion))/gi,
    resolve: (m) => year(Number(m[1])),
    confidence: 0.85,
  },
  {
    name: 'last, this or next week, month or year',
    pattern: /\b(last|this|next|the previous|the following|earlier this|later this|the coming)\s+(week|month|year)\b/gi,
    resolve: (m, published) => {
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      const shift = which === 'last' || which === 'the previous' ? -1 : which === 'next' || which === 'the following' || which === 'the coming' ? 1 : 0;
      let whole: Resolved;
      if (unit === 'week') whole = week(addDays(mondayOf(published), 7 * shift));
      else if (unit === 'month') {
        const first = addMonths(monthStart(yearOf(published), monthOf(published)), shift);
        whole = month(yearOf(first), monthOf(first));
      } else whole = year(yearOf(published) + shift);
      if (which === 'earlier this') return { start: whole.start, end: published, precision: 'UNKNOWN' };
      if (which === 'later this') return { start: published, end: whole.end, precision: 'UNKNOWN' };
      return whole;
    },
    confidence: 0.9,
  },
  {
    name: 'within the next or past few units',
    pattern: /\b(?:in|within|over|during|for)\s+(?:the\s+)?(next|coming|past|last|previous)\s+(?:(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of)\s+)?(days|weeks|months|years)\b/gi,
    resolve: (m, _published, _tense, interval) => {
      const ahead = /next|coming/i.test(m[1]!);
      const count = countOf(m[2]?.replace(/ of$/, ''));
      return ahead
        ? { start: interval.start, end: addDays(unitSpan(m[3]!, count, interval.end, 1), 0), precision: unitPrecision(m[3]!.toLowerCase()) }
        : { start: unitSpan(m[3]!, count, interval.start, -1), end: interval.end, precision: unitPrecision(m[3]!.toLowerCase()) };
    },
    confidence: 0.8,
  },
  {
    name: 'some units ago',
    pattern: /\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of)\s+(days|weeks|months|years|day|week|month|year)\s+ago\b/gi,
    resolve: (m, published) => {
      const unit = m[2]!.toLowerCase();
      const at = unitSpan(unit, countOf(m[1]!.replace(/ of$/, '')), published, -1);
      if (unit.startsWith('day')) return day(at);
      if (unit.startsWith('week')) return week(mondayOf(at));
      if (unit.startsWith('month')) return month(yearOf(at), monthOf(at));
      return year(yearOf(at));
    },
    confidence: 0.8,
  },
  {
    name: 'the weekend',
    pattern: /\b(?:over|at|during|on)\s+the\s+weekend\b|\b(?:this|last|next)\s+weekend\b/gi,
    resolve: (m, published, tense) => {
      const words = m[0].toLowerCase();
      const lastSaturday = addDays(published, -((weekday(published) + 1) % 7));
      // A weekend still under way on the publication day is not yet "the weekend" that passed.
      const saturdayBefore = addDays(lastSaturday, 1) >= published ? addDays(lastSaturday, -7) : lastSaturday;
      // Past: the last weekend that is over by the publication day; future: the next one to come.
      const saturday = words.startsWith('next') || (tense === 'future' && !words.startsWith('last')) ? addDays(saturdayBefore, 7) : saturdayBefore;
      return { start: saturday, end: addDays(saturday, 1), precision: 'DAY' };
    },
    confidence: 0.8,
  },
  {
    name: 'a weekday',
    pattern: new RegExp(`\\b(?:(last|this|next|on|since|until|by)\\s+)?(${weekdayNames})\\b(?!,?\\s+\\d)`, 'gi'),
    resolve: (m, published, tense) => {
      const which = m[1]?.toLowerCase();
      const target = weekdayIndex(m[2]!);
      const direction: Tense = which === 'next' ? 'future' : which === 'last' ? 'past' : tense;
      return day(weekdayFrom(published, target, direction, which === 'last' || which === 'next'));
    },
    confidence: 0.75,
  },
  {
    name: 'a month without a year',
    pattern: new RegExp(`\\b(last|this|next|in|since|until|by|early|late|mid|from)[\\s-]+(${monthNames})\\b(?!\\s+\\d)`, 'gi'),
    resolve: (m, published, tense) => {
      const which = m[1]!.toLowerCase();
      const target = monthIndex(m[2]!);
      const now = monthOf(published);
      let y = yearOf(published);
      const direction: Tense = which === 'next' ? 'future' : which === 'last' ? 'past' : tense;
      if (direction === 'past' && (target > now || (which === 'last' && target === now))) y -= 1;
      if (direction === 'future' && (target < now || (which === 'next' && target === now))) y += 1;
      return month(y, target);
    },
    confidence: 0.75,
  },
  {
    name: 'yesterday, today, tomorrow',
    pattern: /\b(yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|last night)\b/gi,
    resolve: (m, published) => {
      const w = m[1]!.toLowerCase();
      return day(addDays(published, w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0));
    },
    confidence: 0.85,
  },
  {
    name: 'recently',
    pattern: /\b(recently|lately|in recent (?:days|weeks|months))\b/gi,
    resolve: (_m, published) => ({ end: published, precision: 'UNKNOWN' }),
    confidence: 0.6,
  },
  {
    // "She has repeatedly claimed…", "had previously said": on some undated occasions before
    // publication (or after it, in the future tense).
    name: 'repeatedly, previously',
    pattern: /\b(repeatedly|previously|in the past)\b/gi,
    // The adverb's own verb gives the tense ("has repeatedly claimed Russia will…" is past): only an auxiliary right before it counts.
    resolve: (m, published) =>
      /\b(?:will|shall|would)\s+(?:\w+\s+)?$|['’]ll\s+$/i.test(m.input.slice(Math.max(0, m.index - 20), m.index)) ? { start: published, precision: 'UNKNOWN' } : { end: published, precision: 'UNKNOWN' },
    confidence: 0.55,
  },
];
