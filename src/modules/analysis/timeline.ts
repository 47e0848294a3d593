import type { HappeningRow } from '../common/rows.js';
import type { RelationsQueryRow } from './rows.js';

/** Code-point order, as Cypher compares strings (localeCompare would not). */
const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The order every time-ordered list keeps (schema: SortOrder): by known start day, then id, with
 * items of no known start last in either direction. Days are ISO strings, so they compare as text.
 */
function compareByStart(descending: boolean) {
  return (x: HappeningRow, y: HappeningRow): number => {
    const xs = x.timeStart ?? null;
    const ys = y.timeStart ?? null;
    if (xs === null || ys === null) return xs === ys ? compareText(x.id, y.id) : xs === null ? 1 : -1;
    const byStart = descending ? compareText(ys, xs) : compareText(xs, ys);
    if (byStart !== 0) return byStart;
    return descending ? compareText(y.id, x.id) : compareText(x.id, y.id);
  };
}

/** A relationship's meetings, events and claims merged into one time order, each once. */
export function mergedTimeline({ meetings, events, claims }: Pick<RelationsQueryRow, 'meetings' | 'events' | 'claims'>, descending: boolean): HappeningRow[] {
  const byId = new Map<string, HappeningRow>();
  for (const row of [...meetings, ...events, ...claims]) byId.set(row.id, row);
  return [...byId.values()].sort(compareByStart(descending));
}
