/** The balance chart's scales: round ticks for the Goldstein axis and every period between two, for the time axis. No DOM here. */

export type Period = 'month' | 'year';

export interface Ticks {
  /** The axis runs from lo to hi, both ticks, zero always among them. */
  lo: number;
  hi: number;
  step: number;
  values: number[];
}

/** Tick values covering min..max and zero, about `count` steps of 1, 2, 2.5 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 4): Ticks {
  let lo = Math.min(0, min);
  let hi = Math.max(0, max);
  if (lo === hi) hi = 1;
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  // `+ 0` turns -0 into 0.
  const round = (value: number) => Math.round(value * 1e6) / 1e6 + 0;
  const step = round([1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw * (1 - 1e-9)) ?? 10 * magnitude);
  lo = round(Math.floor(lo / step + 1e-9) * step);
  hi = round(Math.ceil(hi / step - 1e-9) * step);
  const values: number[] = [];
  for (let index = 0; lo + index * step <= hi + step / 1e6; index += 1) values.push(round(lo + index * step));
  return { lo, hi, step, values };
}

/** A linear map from a domain onto a range of pixels. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (value) => (d1 === d0 ? r0 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0));
}

/** A day's month (`2018-03`) or year (`2018`). */
export function periodOf(date: string, period: Period): string {
  return period === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

/** Every month or year from first to last, both included, gaps and all: the time axis's slots. */
export function periodsBetween(first: string, last: string, period: Period): string[] {
  const slots: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = period === 'month' ? Number(first.slice(5, 7)) : 1;
  const key = () => (period === 'month' ? `${year}-${String(month).padStart(2, '0')}` : String(year));
  while (key() <= last) {
    slots.push(key());
    if (period === 'year') year += 1;
    else if (month === 12) [year, month] = [year + 1, 1];
    else month += 1;
  }
  return slots;
}
