import { describe, expect, it } from 'vitest';
import { clustersOf, day, drawnDays, knownDays, monthsLabel, spanOf, utcDay, withMargin } from '../../web/timeline/span.js';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoSpan = (span: { start: number; end: number } | null) => span && { start: iso(span.start), end: iso(span.end) };

// The UK–Russia happenings' bounds as the API gives them, the article's undated poisoning among them.
const poisoningByArticle = { start: null, end: '2019-12-31' };
const poisoningByRecord = { start: '2018-03-04', end: '2018-03-04' };
const ukRussia = [
  { start: '2017-12-01', end: '2017-12-31' },
  poisoningByRecord,
  { start: '2018-03-14', end: '2018-03-14' },
  { start: '2019-01-01', end: '2019-12-31' },
  { start: '2021-06-01', end: '2021-06-30' },
  { start: '2022-01-21', end: '2022-01-28' },
  { start: null, end: '2022-01-30' },
  { start: '2022-02-10', end: '2022-02-10' },
  { start: null, end: null },
];

describe('the timeline span', () => {
  it('knows the days a happening touches, the end day included, from whichever bound is known', () => {
    expect(isoSpan(knownDays(poisoningByRecord))).toEqual({ start: '2018-03-04', end: '2018-03-05' });
    expect(isoSpan(knownDays(poisoningByArticle))).toEqual({ start: '2019-12-31', end: '2020-01-01' });
    expect(isoSpan(knownDays({ start: '2022-01-24', end: null }))).toEqual({ start: '2022-01-24', end: '2022-01-25' });
    expect(knownDays({ start: null, end: null })).toBeNull();
  });

  it('spans from the earliest known day to the day after the latest, undated ones aside', () => {
    expect(isoSpan(spanOf(ukRussia))).toEqual({ start: '2017-12-01', end: '2022-02-11' });
    expect(spanOf([{ start: null, end: null }])).toBeNull();
    expect(spanOf([])).toBeNull();
  });

  it('draws an interval known only to end by a day from the span’s start, not as a bar in the month it ends', () => {
    const span = spanOf(ukRussia)!;
    // The article alone dates the poisoning "before the 2019 meeting": drawn in December 2019 until now.
    expect(isoSpan(drawnDays(poisoningByArticle, span))).toEqual({ start: '2017-12-01', end: '2020-01-01' });
    expect(isoSpan(drawnDays(poisoningByRecord, span))).toEqual({ start: '2018-03-04', end: '2018-03-05' });
    expect(isoSpan(drawnDays({ start: '2021-06-01', end: null }, span))).toEqual({ start: '2021-06-01', end: '2022-02-11' });
    // Its one known day is the span's edge: a day, not an empty or inverted bar.
    expect(isoSpan(drawnDays({ start: null, end: '2017-12-01' }, span))).toEqual({ start: '2017-12-01', end: '2017-12-02' });
    expect(drawnDays({ start: null, end: null }, span)).toBeNull();
  });

  it('adds a twentieth of the span each side, at least two days', () => {
    const span = { start: utcDay('2020-01-01'), end: utcDay('2020-01-01') + 200 * day };
    expect(withMargin(span)).toEqual({ start: span.start - 10 * day, end: span.end + 10 * day });
    const oneDay = { start: utcDay('2022-02-10'), end: utcDay('2022-02-11') };
    expect(isoSpan(withMargin(oneDay))).toEqual({ start: '2022-02-08', end: '2022-02-13' });
  });

  it('breaks a span of years into its runs of happenings, 2022’s weeks as one', () => {
    expect(clustersOf(ukRussia).map((cluster) => ({ ...isoSpan(cluster), count: cluster.count, label: cluster.label }))).toEqual([
      { start: '2017-12-01', end: '2018-01-01', count: 1, label: 'Dec 2017' },
      { start: '2018-03-04', end: '2018-03-15', count: 2, label: 'Mar 2018' },
      { start: '2019-01-01', end: '2020-01-01', count: 1, label: '2019' },
      { start: '2021-06-01', end: '2021-07-01', count: 1, label: 'Jun 2021' },
      { start: '2022-01-21', end: '2022-02-11', count: 3, label: 'Jan–Feb 2022' },
    ]);
    expect(clustersOf([{ start: null, end: null }])).toEqual([]);
  });

  it('names a run by its months, as short as reads unambiguously', () => {
    const label = (start: string, end: string) => monthsLabel({ start: utcDay(start), end: utcDay(end) + day });
    expect(label('2018-03-04', '2018-03-14')).toBe('Mar 2018');
    expect(label('2022-01-21', '2022-02-10')).toBe('Jan–Feb 2022');
    expect(label('2017-12-01', '2018-03-14')).toBe('Dec 2017 – Mar 2018');
    expect(label('2019-01-01', '2019-12-31')).toBe('2019');
    expect(label('2019-01-01', '2020-12-31')).toBe('2019–2020');
  });
});
