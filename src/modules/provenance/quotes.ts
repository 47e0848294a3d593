import type { EvidenceRole, QuoteSupport, QuoteTarget, SourceQuotesArgs } from '../../graphql/generated/resolvers.js';
import { relationshipEvidenceRole } from '../common/evidenceRoles.js';
import type { OwnerList } from '../common/ownerLists.js';
import type { EvidenceRow, NodeRow } from '../common/rows.js';

/** What the sourceQuotes query gives for each fact a quote supports. */
interface SupportRow {
  /** The node's labels; empty for a relationship. */
  readonly labels: readonly string[];
  /** The EVIDENCED_BY role; null for a relationship, whose role follows from its type. */
  readonly role: string | null;
  /** The node supported, or the relationship's start, as it was on the day asked. */
  readonly node: NodeRow;
  readonly relationship: string | null;
  /** The relationship's end; null for a node. */
  readonly to: NodeRow | null;
}

/** A node's short label: its name, title or text (a claim's), else its description or id. */
function labelOf(node: NodeRow): string {
  const props = node as unknown as Readonly<Record<string, unknown>>;
  const label = ['name', 'title', 'text', 'description'].map((key) => props[key]).find((value) => typeof value === 'string' && value !== '');
  return typeof label === 'string' ? label : node.id;
}

export interface QuoteRow extends EvidenceRow {
  readonly supports: readonly SupportRow[];
}

/** A source's quotes in text order, a hundred to a page by default: the reader asks them all. */
export const quotesList = {
  family: 'sourceQuotes',
  filters: () => ({}),
  defaultSize: 100,
} as const satisfies OwnerList<SourceQuotesArgs>;

/** Node labels to the kinds a quote supports, the most telling first (a meeting before its participants' names). */
const targetOfLabel: readonly (readonly [string, QuoteTarget])[] = [
  ['Meeting', 'MEETING'],
  ['Event', 'EVENT'],
  ['Claim', 'CLAIM'],
  ['Quantity', 'QUANTITY'],
  ['Discrepancy', 'DISCREPANCY'],
  ['Actor', 'ACTOR'],
  ['Place', 'PLACE'],
  ['Office', 'OFFICE'],
];
const order: readonly QuoteTarget[] = ['MEETING', 'EVENT', 'CLAIM', 'QUANTITY', 'DISCREPANCY', 'RELATIONSHIP', 'ACTOR', 'PLACE', 'OFFICE'];

function support(row: SupportRow): QuoteSupport | null {
  if (row.relationship) {
    const to = row.to ? ` → ${labelOf(row.to)}` : '';
    return { kind: 'RELATIONSHIP', role: relationshipEvidenceRole(row.relationship), nodeId: row.node.id, toId: row.to?.id ?? null, relationship: row.relationship, label: `${labelOf(row.node)}${to}` };
  }
  const kind = targetOfLabel.find(([label]) => row.labels.includes(label))?.[1];
  if (!kind || !row.role) return null;
  return { kind, role: row.role as EvidenceRole, nodeId: row.node.id, toId: null, relationship: null, label: labelOf(row.node) };
}

/** Every fact a quote supports, most telling kind first, then by label. */
export function quoteSupports(rows: readonly SupportRow[]): QuoteSupport[] {
  return rows
    .map(support)
    .filter((item): item is QuoteSupport => item !== null)
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.label.localeCompare(b.label) || a.role.localeCompare(b.role));
}

/** A page of quote rows as the connection's edges: the quote itself, and what it supports beside it. */
export function quoteEdges<Connection extends { edges: { cursor: string; node: QuoteRow }[] }>(connection: Connection) {
  return {
    ...connection,
    edges: connection.edges.map(({ cursor, node: { supports, ...evidence } }) => ({ cursor, node: evidence, supports: quoteSupports(supports) })),
  };
}
