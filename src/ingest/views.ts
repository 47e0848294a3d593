import type { Assertion, SourceRank } from './merge.js';

/**
 * Knowledge time written beside the current view, so any question can be answered as of a day
 * without reading every source's account: `knownFrom`, the first day a source stating the node or
 * relationship had been published (null when none has a known publication day), and `views`,
 * what it looked like before the latest change (JSON; null when one view has held since
 * `knownFrom`). Each earlier view holds from its `from` day up to the day before `to`, and says
 * how it differs from the current properties: `set`, the values it had, and `unset`, the
 * properties it lacked. The API applies them (src/db/asOfView.ts). The country-pair tallies
 * (cypher/queries/relations.cypher, dyads.cypher), which never leave the database, read a view's
 * CAMEO code and Goldstein value from this JSON as written here: keys in the order from, to,
 * set, unset, days as YYYY-MM-DD; keep that order.
 */
export interface EarlierView {
  readonly from: string;
  readonly to: string;
  readonly set: Record<string, unknown>;
  readonly unset: string[];
}

export interface KnowledgeTime {
  readonly knownFrom: string | null;
  readonly views: string | null;
}

/** Properties the views never carry: the record of knowledge time itself and every source's accounts. */
const notViewed = new Set(['id', 'knownFrom', 'views', 'bySource']);

/**
 * The knowledge time of what `assertions` state, with `merge` making a view from any of them
 * (the loader's own merge, so a view is exactly what the current view would have been then).
 */
export function knowledgeTime(
  assertions: readonly Assertion[],
  ranks: ReadonlyMap<string, SourceRank>,
  merge: (some: readonly Assertion[]) => Readonly<Record<string, unknown>>,
): KnowledgeTime {
  const dayOf = (assertion: Assertion) => ranks.get(assertion.sourceId)?.publishedEnd ?? null;
  const days = [...new Set(assertions.map(dayOf).filter((day): day is string => day !== null))].sort();
  if (days.length === 0) return { knownFrom: null, views: null };
  const current = merge(assertions);
  const views: EarlierView[] = [];
  for (let at = 0; at < days.length - 1; at++) {
    const day = days[at]!;
    const then = merge(assertions.filter((assertion) => (dayOf(assertion) ?? '9999') <= day));
    const view = difference(then, current);
    if (view) views.push({ from: day, to: days[at + 1]!, ...view });
  }
  return { knownFrom: days[0]!, views: views.length > 0 ? JSON.stringify(views) : null };
}

function difference(then: Readonly<Record<string, unknown>>, current: Readonly<Record<string, unknown>>): { set: Record<string, unknown>; unset: string[] } | null {
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const [key, value] of Object.entries(then)) {
    if (notViewed.has(key) || value === null || value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify(current[key])) set[key] = value;
  }
  for (const key of Object.keys(current)) {
    if (!notViewed.has(key) && (then[key] === null || then[key] === undefined)) unset.push(key);
  }
  return Object.keys(set).length > 0 || unset.length > 0 ? { set, unset } : null;
}
