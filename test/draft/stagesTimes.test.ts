import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/draft/sentences.js';
import { findTimes } from '../../src/draft/times.js';

const times = (text: string, start: string, end = start) =>
  findTimes(text, splitSentences(text), { start, end }).map((t) => [t.text, t.startDay ?? null, t.endDay ?? null, t.precision]);

describe('the times stage', () => {
  it('resolves weekdays against a day of publication, past or future by the tense', () => {
    // 2023-05-10 is a Wednesday.
    expect(times('The envoy arrived on Monday. She will leave on Friday.', '2023-05-10')).toEqual([
      ['on Monday', '2023-05-08', '2023-05-08', 'DAY'],
      ['on Friday', '2023-05-12', '2023-05-12', 'DAY'],
    ]);
  });

  it('gives an interval publication the honest span of an ambiguous weekday, never a guessed day', () => {
    expect(times('The ministers spoke on Tuesday.', '2023-05-08', '2023-05-14')).toEqual([['on Tuesday', '2023-05-02', '2023-05-09', 'UNKNOWN']]);
  });

  it('reads weeks, months, years and weekends relative to the publication', () => {
    expect(times('Talks collapsed last week. A summit is planned for next month. Trade fell last year. Protests grew over the weekend.', '2023-05-10')).toEqual([
      ['last week', '2023-05-01', '2023-05-07', 'WEEK'],
      ['next month', '2023-06-01', '2023-06-30', 'MONTH'],
      ['last year', '2022-01-01', '2022-12-31', 'YEAR'],
      ['over the weekend', '2023-05-06', '2023-05-07', 'DAY'],
    ]);
  });

  it('reads stated dates, months with years and years', () => {
    expect(times('The treaty was signed on Friday 3 March 2023, after talks in November 2021 and a first draft in 2019.', '2023-05-10')).toEqual([
      ['on Friday 3 March 2023', '2023-03-03', '2023-03-03', 'DAY'],
      ['in November 2021', '2021-11-01', '2021-11-30', 'MONTH'],
      ['in 2019', '2019-01-01', '2019-12-31', 'YEAR'],
    ]);
  });

  it('spans "within the next two weeks" from the publication and gives "the same day" the day named before', () => {
    expect(times('A deal is expected within the next two weeks. Envoys met on 4 May 2023. Sanctions followed the same day.', '2023-05-10')).toEqual([
      ['within the next two weeks', '2023-05-10', '2023-05-24', 'WEEK'],
      ['on 4 May 2023', '2023-05-04', '2023-05-04', 'DAY'],
      ['the same day', '2023-05-04', '2023-05-04', 'DAY'],
    ]);
  });

  it('takes last June as the June before the publication', () => {
    expect(times('Last June the frigate sailed north.', '2023-02-01')).toEqual([['Last June', '2022-06-01', '2022-06-30', 'MONTH']]);
  });
});
