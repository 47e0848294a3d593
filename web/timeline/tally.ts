import { periodOf, type Period } from './scale.js';

/** The cooperation–conflict balance as the chart draws it: sums and counts per period. No DOM here. */

export interface Weighed {
  time: { start: string | null; end: string | null };
  /** The Goldstein value the balance counts; null for an uncoded happening. */
  goldstein: number | null;
}

export interface Tally {
  goldsteinSum: number;
  cooperation: number;
  conflict: number;
  neutral: number;
}

export interface PeriodBalance extends Tally {
  period: string;
}

export interface Balance {
  /** The periods with a coded happening starting in them, oldest first. */
  rows: PeriodBalance[];
  /** Coded happenings whose start is unknown: no period can hold them (one known only to end by a day may have begun years before). */
  startUnknown: Tally;
  /** Everything coded: the rows and startUnknown together. */
  total: Tally & { coded: number };
}

const empty = (): Tally => ({ goldsteinSum: 0, cooperation: 0, conflict: 0, neutral: 0 });

function add(tally: Tally, goldstein: number): void {
  // Tenths, as the values are: the sum stays exact, not 0.30000000000000004.
  tally.goldsteinSum = Math.round((tally.goldsteinSum + goldstein) * 10) / 10;
  if (goldstein > 0) tally.cooperation += 1;
  else if (goldstein < 0) tally.conflict += 1;
  else tally.neutral += 1;
}

/** The balance per month or year: each coded happening counts in the period its start lies in, or apart when its start is unknown. */
export function balanceOf(happenings: readonly Weighed[], period: Period): Balance {
  const byPeriod = new Map<string, PeriodBalance>();
  const startUnknown = empty();
  const total = { ...empty(), coded: 0 };
  for (const { time, goldstein } of happenings) {
    if (goldstein === null) continue;
    add(total, goldstein);
    total.coded += 1;
    if (!time.start) {
      add(startUnknown, goldstein);
      continue;
    }
    const key = periodOf(time.start, period);
    const row = byPeriod.get(key) ?? { period: key, ...empty() };
    add(row, goldstein);
    byPeriod.set(key, row);
  }
  return { rows: [...byPeriod.values()].sort((x, y) => x.period.localeCompare(y.period)), startUnknown, total };
}
