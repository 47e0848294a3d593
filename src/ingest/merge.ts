import { nameKeys } from '../db/nameKey.js';
import type { Props, Value } from './compile.js';

/**
 * How the current view is made from what several sources say. Each source's statement about a
 * node or relationship is kept (its assertion); the graph's own properties are the merge: the
 * latest published source wins each property it states, background knowledge ranks below every
 * published source, aliases are the union of every source's, and derived keys follow. One
 * exception: a time the public record gives to the day (basis RECORD, a known precision) beats a
 * time the published sources leave UNKNOWN, so a dated event sorts where it happened; each
 * source's own time stays in its assertion.
 */

export interface SourceRank {
  readonly id: string;
  readonly kind: string;
  /** 'YYYY-MM-DD' or null when unknown. */
  readonly publishedEnd: string | null;
}

/** Sorts oldest (lowest) first: background, then by the end of publication, then by id. */
export function compareRanks(a: SourceRank, b: SourceRank): number {
  const background = Number(a.kind !== 'BACKGROUND') - Number(b.kind !== 'BACKGROUND');
  if (background !== 0) return background;
  const at = (a.publishedEnd ?? '').localeCompare(b.publishedEnd ?? '');
  return at !== 0 ? at : a.id.localeCompare(b.id);
}

export interface Assertion {
  readonly sourceId: string;
  readonly labels: readonly string[];
  readonly props: Props;
  readonly evidenceIds: readonly string[];
}

function ordered(assertions: readonly Assertion[], ranks: ReadonlyMap<string, SourceRank>): Assertion[] {
  const rank = (id: string): SourceRank => ranks.get(id) ?? { id, kind: 'ARTICLE', publishedEnd: null };
  return [...assertions].sort((a, b) => compareRanks(rank(a.sourceId), rank(b.sourceId)));
}

function union(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

export interface MergedNode {
  readonly labels: string[];
  readonly props: Props;
}

const timeKeys = ['timeText', 'timeStart', 'timeEnd', 'timePrecision', 'timeBasis'] as const;

/** Puts a day-known RECORD time over an UNKNOWN one in `props` (merged from `sorted`, oldest first). */
export function recordedTime(sorted: readonly { readonly props: Readonly<Record<string, unknown>> }[], props: Record<string, unknown>): void {
  if (props['timePrecision'] !== 'UNKNOWN') return;
  const recorded = sorted.filter((a) => a.props['timeBasis'] === 'RECORD' && a.props['timePrecision'] !== 'UNKNOWN').at(-1);
  if (!recorded) return;
  for (const key of timeKeys) props[key] = recorded.props[key] ?? null;
}

export function mergeNode(assertions: readonly Assertion[], ranks: ReadonlyMap<string, SourceRank>): MergedNode {
  const sorted = ordered(assertions, ranks);
  const props: Props = {};
  for (const assertion of sorted) Object.assign(props, assertion.props);
  recordedTime(sorted, props);
  const aliases = union(sorted.map((a) => (Array.isArray(a.props['aliases']) ? a.props['aliases'] : [])));
  if ('aliases' in props) {
    props['aliases'] = aliases;
    props['aliasText'] = aliases.length > 0 ? aliases.join(' · ') : null;
    props['nameKeys'] = nameKeys([String(props['name'] ?? ''), ...aliases]);
  }
  return { labels: union(sorted.map((a) => a.labels)), props: dropNulls(props) };
}

export interface MergedRel {
  readonly props: Record<string, Value>;
}

/** A relationship's properties: the merge, plus which sources say it and all their evidence. */
export function mergeRel(assertions: readonly Assertion[], ranks: ReadonlyMap<string, SourceRank>): MergedRel {
  const sorted = ordered(assertions, ranks);
  const props: Props = {};
  for (const assertion of sorted) Object.assign(props, assertion.props);
  const sourceIds = sorted.map((a) => a.sourceId);
  return {
    props: {
      ...dropNulls(props),
      sourceId: sourceIds[sourceIds.length - 1] ?? null,
      sourceIds,
      evidenceIds: union(sorted.map((a) => a.evidenceIds)),
    },
  };
}

function dropNulls(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined));
}
