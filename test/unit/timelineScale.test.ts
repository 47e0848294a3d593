import { describe, expect, it } from 'vitest';
import { linear, niceTicks, periodOf, periodsBetween } from '../../web/timeline/scale.js';
import { balanceOf } from '../../web/timeline/tally.js';

describe('the balance chart’s scales', () => {
  it('ticks round values covering the sums and zero', () => {
    expect(niceTicks(-17, 2.5)).toEqual({ lo: -20, hi: 5, step: 5, values: [-20, -15, -10, -5, 0, 5] });
    expect(niceTicks(1.9, 2.5)).toEqual({ lo: 0, hi: 3, step: 1, values: [0, 1, 2, 3] });
    expect(niceTicks(-0.4, 0)).toEqual({ lo: -0.4, hi: 0, step: 0.1, values: [-0.4, -0.3, -0.2, -0.1, 0] });
    expect(niceTicks(-7, 8)).toEqual({ lo: -10, hi: 10, step: 5, values: [-10, -5, 0, 5, 10] });
    expect(niceTicks(0, 0).values).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(-120, 340).values).toEqual([-200, 0, 200, 400]);
  });

  it('maps linearly, so a sum twice as large is a bar twice as long', () => {
    const y = linear([-20, 5], [172, 12]);
    expect(y(5)).toBe(12);
    expect(y(-20)).toBe(172);
    const zero = y(0);
    expect(y(-10) - zero).toBeCloseTo(2 * (y(-5) - zero), 9);
    expect(linear([3, 3], [0, 100])(3)).toBe(0);
  });

  it('lays out every month or year between two, empty ones included', () => {
    expect(periodsBetween('2021-11', '2022-02', 'month')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(periodsBetween('2017', '2022', 'year')).toEqual(['2017', '2018', '2019', '2020', '2021', '2022']);
    expect(periodsBetween('2017-12', '2022-02', 'month')).toHaveLength(51);
    expect(periodOf('2018-03-04', 'month')).toBe('2018-03');
    expect(periodOf('2018-03-04', 'year')).toBe('2018');
  });
});

describe('the balance', () => {
  const happenings = [
    { time: { start: '2018-03-14', end: '2018-03-14' }, goldstein: -4 },
    { time: { start: '2022-01-24', end: '2022-02-13' }, goldstein: -5.8 },
    { time: { start: '2022-01-24', end: '2022-01-30' }, goldstein: 0 },
    { time: { start: '2022-02-10', end: '2022-02-10' }, goldstein: 1.9 },
    { time: { start: '2022-02-10', end: '2022-02-10' }, goldstein: null },
    // Known only to end by these days, or not dated at all: no period holds them.
    { time: { start: null, end: '2019-12-31' }, goldstein: -9 },
    { time: { start: null, end: null }, goldstein: -8 },
  ];

  it('counts each coded happening in the period it starts, and one whose start is unknown apart', () => {
    const { rows, startUnknown, total } = balanceOf(happenings, 'month');
    expect(rows).toEqual([
      { period: '2018-03', goldsteinSum: -4, cooperation: 0, conflict: 1, neutral: 0 },
      { period: '2022-01', goldsteinSum: -5.8, cooperation: 0, conflict: 1, neutral: 1 },
      { period: '2022-02', goldsteinSum: 1.9, cooperation: 1, conflict: 0, neutral: 0 },
    ]);
    expect(startUnknown).toEqual({ goldsteinSum: -17, cooperation: 0, conflict: 2, neutral: 0 });
    expect(total).toEqual({ coded: 6, goldsteinSum: -24.9, cooperation: 1, conflict: 4, neutral: 1 });
  });

  it('adds up: the bars and the apart one make the total, per month and per year', () => {
    for (const period of ['month', 'year'] as const) {
      const { rows, startUnknown, total } = balanceOf(happenings, period);
      const parts = [...rows, startUnknown];
      const sum = (key: 'cooperation' | 'conflict' | 'neutral') => parts.reduce((acc, row) => acc + row[key], 0);
      expect({ cooperation: sum('cooperation'), conflict: sum('conflict'), neutral: sum('neutral') }).toEqual({ cooperation: total.cooperation, conflict: total.conflict, neutral: total.neutral });
      expect(Math.round(parts.reduce((acc, row) => acc + row.goldsteinSum, 0) * 10) / 10).toBe(total.goldsteinSum);
    }
    expect(balanceOf(happenings, 'year').rows.map((row) => row.period)).toEqual(['2018', '2022']);
  });
});
