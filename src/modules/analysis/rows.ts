import type { NodeKind } from '../../graphql/generated/resolvers.js';
import type { ActorRow, ClaimRow, EventRow, MeetingRow, NodeRow } from '../common/rows.js';

/** Everything between two sides, as relations and dyads load it; the summary is derived from it. */
export interface RelationsQueryRow {
  readonly a: ActorRow;
  readonly b: ActorRow;
  readonly meetings: MeetingRow[];
  readonly events: EventRow[];
  readonly claims: ClaimRow[];
}

/** A relations or dyads row with the statuses its summary counts (the root field's `status`, or OCCURRED). */
export interface RelationsRow extends RelationsQueryRow {
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
