import { badInput } from '../../errors.js';
import type { TimedRow } from './rows.js';

export type TimePrecision = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | 'UNKNOWN';
export type TimeBasis = 'STATED' | 'PUBLICATION' | 'RECORD';

/**
 * A row's time interval. `timeBasis` is written by the loader next to the other time properties
 * (every stored interval has one); an interval built from elsewhere (a source's publication) is
 * the source's own statement (STATED) unless its `publishedBasis` says the record dates it.
 */
export function timeInterval(row: TimedRow & { readonly timeBasis?: string | null }) {
  const basis = (row.timeBasis ?? 'STATED') as TimeBasis;
  return {
    text: row.timeText ?? null,
    start: row.timeStart ?? null,
    end: row.timeEnd ?? null,
    precision: (row.timePrecision ?? 'UNKNOWN') as TimePrecision,
    basis,
    inferred: basis !== 'STATED',
  };
}

export interface TimeRange {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly match?: 'WITHIN' | 'OVERLAPS' | null;
}

/**
 * The query parameters of a time filter; a range that ends before it starts is refused. A window
 * asks for items lying wholly in it unless the client asks for overlaps (schema: TimeMatch).
 */
export function timeParams(range: TimeRange | null | undefined): { from: string | null; to: string | null; within: boolean } {
  const from = range?.from ?? null;
  const to = range?.to ?? null;
  if (from && to && from > to) throw badInput(`time.from (${from}) must not be after time.to (${to})`, 'time');
  return { from, to, within: range?.match !== 'OVERLAPS' };
}
