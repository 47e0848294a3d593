import type { DirectionTally, KindCount, PairDirection, QuadClassCount, RelationSummary, Status, StatusCount } from '../../graphql/generated/resolvers.js';
import { quadClassOf, type QuadClass } from '../common/cameo.js';
import type { TallyRow } from './rows.js';

const quadClasses: readonly QuadClass[] = ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION', 'VERBAL_CONFLICT', 'MATERIAL_CONFLICT'];
const directions: readonly PairDirection[] = ['A_TO_B', 'B_TO_A', 'MUTUAL'];

interface Tally {
  count: number;
  goldsteinSum: number;
}

interface DirectedTally extends Tally {
  coded: number;
}

/** Goldstein values carry one decimal; rounding the sums hides binary floating-point noise (21.3, not 21.300000000000004). */
const round = (value: number): number => Math.round(value * 1e6) / 1e6;

function add(tallies: Map<string, Tally>, key: string, count: number, goldsteinSum: number): void {
  const tally = tallies.get(key) ?? { count: 0, goldsteinSum: 0 };
  tally.count += count;
  tally.goldsteinSum += goldsteinSum;
  tallies.set(key, tally);
}

/**
 * What happened is what a balance weighs: a planned visit or a proposed alliance is not yet
 * cooperation. A client that asks for statuses gets those counted instead.
 */
export const countedStatuses = (status: readonly Status[] | null | undefined): readonly Status[] => (status?.length ? [...status] : ['OCCURRED']);

/**
 * The cooperation–conflict balance of a relationship from the query's tallies (groups of
 * happenings alike in status, kind, CAMEO code and Goldstein sign): each meeting, event and claim
 * was counted once in the database (aid and alliances are events, so they are not counted
 * again), and here only the groups of a counted status are weighed; the rest are tallied by
 * status. Only coded happenings carry a Goldstein value; uncoded ones count towards `total`, their
 * kind and their direction only. Every direction is listed, so the counts add up to `total` and
 * the sums to `goldsteinSum`.
 */
export function summarise({ tallies, counted }: { readonly tallies: readonly TallyRow[]; readonly counted: readonly string[] }): RelationSummary {
  const excludedByStatus = new Map<string, number>();
  const byKind = new Map<string, Tally>();
  const byQuad = new Map<string, Tally>();
  const byDirected = new Map<PairDirection, DirectedTally>();
  let total = 0;
  let coded = 0;
  let goldsteinSum = 0;
  let cooperation = 0;
  let conflict = 0;
  let neutral = 0;
  for (const tally of tallies) {
    if (!counted.includes(tally.status)) {
      excludedByStatus.set(tally.status, (excludedByStatus.get(tally.status) ?? 0) + tally.count);
      continue;
    }
    total += tally.count;
    add(byKind, tally.kind, tally.count, tally.goldsteinSum);
    const directed = byDirected.get(tally.direction) ?? { count: 0, coded: 0, goldsteinSum: 0 };
    directed.count += tally.count;
    byDirected.set(tally.direction, directed);
    if (tally.code === null) continue;
    directed.coded += tally.count;
    directed.goldsteinSum += tally.goldsteinSum;
    coded += tally.count;
    goldsteinSum += tally.goldsteinSum;
    if (tally.sign > 0) cooperation += tally.count;
    else if (tally.sign < 0) conflict += tally.count;
    else neutral += tally.count;
    add(byQuad, quadClassOf(tally.code), tally.count, tally.goldsteinSum);
  }

  const byQuadClass: QuadClassCount[] = quadClasses.map((quadClass) => {
    const tally = byQuad.get(quadClass);
    return { quadClass, count: tally?.count ?? 0, goldsteinSum: round(tally?.goldsteinSum ?? 0) };
  });
  const byDirection: DirectionTally[] = directions.map((direction) => {
    const tally = byDirected.get(direction);
    return {
      direction,
      count: tally?.count ?? 0,
      goldsteinSum: round(tally?.goldsteinSum ?? 0),
      goldsteinMean: tally?.coded ? round(tally.goldsteinSum / tally.coded) : null,
    };
  });
  const kinds: KindCount[] = [...byKind.entries()]
    .map(([kind, tally]) => ({ kind, count: tally.count, goldsteinSum: round(tally.goldsteinSum) }))
    .sort((x, y) => y.count - x.count || x.kind.localeCompare(y.kind));
  const excluded: StatusCount[] = [...excludedByStatus.entries()]
    .map(([status, count]) => ({ status: status as Status, count }))
    .sort((x, y) => y.count - x.count || x.status.localeCompare(y.status));
  return {
    statuses: counted as Status[],
    excluded,
    total,
    coded,
    goldsteinSum: round(goldsteinSum),
    goldsteinMean: coded > 0 ? round(goldsteinSum / coded) : null,
    cooperation,
    conflict,
    neutral,
    byQuadClass,
    byKind: kinds,
    byDirection,
  };
}
