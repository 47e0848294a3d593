import type { KindCount, QuadClassCount, RelationSummary, Status, StatusCount } from '../../graphql/generated/resolvers.js';
import { cameoOf, quadClassOf, type QuadClass } from '../common/cameo.js';
import type { RelationsRow } from './rows.js';

const quadClasses: readonly QuadClass[] = ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION', 'VERBAL_CONFLICT', 'MATERIAL_CONFLICT'];

interface Tally {
  count: number;
  goldsteinSum: number;
}

/** Goldstein values carry one decimal; rounding the sums hides binary floating-point noise (21.3, not 21.300000000000004). */
const round = (value: number): number => Math.round(value * 1e6) / 1e6;

function add(tallies: Map<string, Tally>, key: string, goldstein: number): void {
  const tally = tallies.get(key) ?? { count: 0, goldsteinSum: 0 };
  tally.count += 1;
  tally.goldsteinSum += goldstein;
  tallies.set(key, tally);
}

/**
 * What happened is what a balance weighs: a planned visit or a proposed alliance is not yet
 * cooperation. A client that asks for statuses gets those counted instead.
 */
export const countedStatuses = (status: readonly Status[] | null | undefined): readonly Status[] => (status?.length ? [...status] : ['OCCURRED']);

/**
 * The cooperation–conflict balance of a relationship, each meeting, event and claim counted once
 * (aid and alliances are events, so they are not counted again), and only when its status is
 * counted; the rest are tallied by status. Only coded happenings carry a Goldstein value;
 * uncoded ones count towards `total` and their kind only.
 */
export function summarise({ meetings, events, claims, counted }: Pick<RelationsRow, 'meetings' | 'events' | 'claims' | 'counted'>): RelationSummary {
  const items = new Map<string, { kind: string; status: string; cameoCode?: string | null; goldstein?: number | null }>();
  for (const meeting of meetings) items.set(meeting.id, { ...meeting, kind: 'MEETING' });
  for (const event of events) items.set(event.id, { ...event, kind: event.eventKind });
  for (const claim of claims) items.set(claim.id, { ...claim, kind: claim.claimKind });
  const excludedByStatus = new Map<string, number>();
  for (const [id, item] of items) {
    if (counted.includes(item.status)) continue;
    excludedByStatus.set(item.status, (excludedByStatus.get(item.status) ?? 0) + 1);
    items.delete(id);
  }

  const byKind = new Map<string, Tally>();
  const byQuad = new Map<string, Tally>();
  let coded = 0;
  let goldsteinSum = 0;
  let cooperation = 0;
  let conflict = 0;
  let neutral = 0;
  for (const item of items.values()) {
    const cameo = cameoOf(item);
    add(byKind, item.kind, cameo?.goldstein ?? 0);
    if (!cameo) continue;
    coded += 1;
    goldsteinSum += cameo.goldstein;
    if (cameo.goldstein > 0) cooperation += 1;
    else if (cameo.goldstein < 0) conflict += 1;
    else neutral += 1;
    add(byQuad, quadClassOf(cameo.code), cameo.goldstein);
  }

  const byQuadClass: QuadClassCount[] = quadClasses.map((quadClass) => {
    const tally = byQuad.get(quadClass);
    return { quadClass, count: tally?.count ?? 0, goldsteinSum: round(tally?.goldsteinSum ?? 0) };
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
    total: items.size,
    coded,
    goldsteinSum: round(goldsteinSum),
    goldsteinMean: coded > 0 ? round(goldsteinSum / coded) : null,
    cooperation,
    conflict,
    neutral,
    byQuadClass,
    byKind: kinds,
  };
}
