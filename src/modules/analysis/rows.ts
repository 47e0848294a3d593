import type { NodeKind, PairDirection } from '../../graphql/generated/resolvers.js';
import type { ActorRow, ClaimRow, EventRow, HappeningRow, MeetingRow, NodeRow } from '../common/rows.js';

/**
 * One group of the happenings between two sides, as the relations and dyads queries count them:
 * those alike in everything the summary weighs.
 */
export interface TallyRow {
  readonly status: string;
  /** MEETING, or the event's or claim's kind. */
  readonly kind: string;
  /** The CAMEO code, or null for uncoded happenings. */
  readonly code: string | null;
  /** The sign of the Goldstein value: -1, 0 or 1 (0 when uncoded). */
  readonly sign: number;
  /** Which side acts on or for the other (see relations.cypher): A_TO_B, B_TO_A or MUTUAL. */
  readonly direction: PairDirection;
  readonly count: number;
  /** The sum of the group's Goldstein values (0 when uncoded). */
  readonly goldsteinSum: number;
}

/** One page of the merged timeline of two sides, as the relations query gathers it. */
export interface TimelinePageRow {
  readonly skip: number;
  readonly limit: number;
  readonly descending: boolean;
  readonly total: number;
  readonly page: HappeningRow[];
}

/**
 * What the relations query gathers between two sides: the lists, the timeline pages and the
 * summary's tallies, each only when asked for (an empty list otherwise).
 */
export interface RelationsQueryRow {
  readonly a: ActorRow;
  readonly b: ActorRow;
  readonly meetings: MeetingRow[];
  readonly events: EventRow[];
  readonly claims: ClaimRow[];
  readonly timelines: TimelinePageRow[];
  readonly tallies: TallyRow[];
}

/** The filters of a relations query, as its parameters: what a part gathered later must repeat. */
export interface RelationsFilter {
  readonly a: string;
  readonly b: string;
  readonly status: string[] | null;
  readonly sources: string[] | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly within: boolean;
}

/** Which parts of the relationship a relations query gathers. */
export interface RelationsParts {
  readonly meetings: boolean;
  readonly events: boolean;
  readonly claims: boolean;
  readonly summary: boolean;
}

/** A relations row with its filter and the statuses its summary counts (the root field's `status`, or OCCURRED). */
export interface RelationsRow extends RelationsQueryRow {
  readonly filter: RelationsFilter;
  /** The parts the row holds (the query's `parts`). */
  readonly parts: RelationsParts;
  readonly counted: readonly string[];
}

/** One pair of countries as the dyads query gives it: the pair and its summary's tallies. */
export interface DyadQueryRow {
  readonly a: ActorRow;
  readonly b: ActorRow;
  readonly tallies: TallyRow[];
}

export interface DyadRow extends DyadQueryRow {
  readonly counted: readonly string[];
}

export interface PathStepRow {
  readonly from: NodeRow;
  readonly fromName: string;
  readonly fromKind: NodeKind;
  readonly to: NodeRow;
  readonly toName: string;
  readonly toKind: NodeKind;
  readonly relationship: string;
  readonly label: string;
  readonly sentence: string;
  readonly direction: 'OUTGOING' | 'INCOMING';
  readonly role: string | null;
}

export interface PathRow {
  readonly length: number;
  readonly nodes: NodeRow[];
  readonly steps: PathStepRow[];
}

/** One path as the connections query returns it; steps are oriented into PathStepRow. */
export interface PathRecord {
  readonly length: number;
  readonly nodes: NodeRow[];
  readonly steps: { readonly relationship: string; readonly outgoing: boolean; readonly role: string | null }[];
}

export interface SearchHitRow {
  readonly score: number;
  readonly node: NodeRow;
}
