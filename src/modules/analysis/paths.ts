import type { NodeKind, PathRelationship } from '../../graphql/generated/resolvers.js';
import type { NodeRow } from '../common/rows.js';

/** The Neo4j label of each kind of node a path runs through. */
export const labelOfNodeKind: Readonly<Record<NodeKind, string>> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  ORGANISATION: 'Organisation',
  GROUP: 'Group',
  PLACE: 'Place',
  OFFICE: 'Office',
  MEETING: 'Meeting',
  EVENT: 'Event',
  CLAIM: 'Claim',
  QUANTITY: 'Quantity',
};

/**
 * Each fact relationship read in its own direction, from its start node to its end node. The
 * keys are the enum's values, which are the stored types, so the table is also what validates
 * a type before it reaches Cypher.
 */
export const relationshipLabels: Readonly<Record<PathRelationship, string>> = {
  NATIONAL_OF: 'is a national of',
  HOLDS_OFFICE: 'holds the office',
  OFFICE_OF: 'is an office of',
  COUNTERPART_OF: 'is the counterpart of',
  BELONGS_TO: 'belongs to',
  PART_OF: 'is part of',
  REPRESENTS: 'represents',
  MEMBER_OF: 'is a member of',
  LOCATED_IN: 'lies in',
  CAPITAL_OF: 'is the capital of',
  PARTICIPATED_IN: 'took part in',
  TAKES_PLACE_IN: 'takes place in',
  HELD_AT: 'is held at',
  ANNOUNCED: 'announced',
  REQUESTED: 'requested',
  DID_NOT_CONFIRM: 'did not confirm',
  HAS_QUANTITY: 'has the quantity',
  CAUSED: 'caused',
  CONDITIONAL_ON: 'would follow from',
  ASSERTED: 'asserted',
  ABOUT: 'is about',
  ECHOES: 'echoes',
  RESPONDS_TO: 'responds to',
};

export function nodeKindOf(node: NodeRow): NodeKind {
  for (const [kind, label] of Object.entries(labelOfNodeKind) as [NodeKind, string][]) {
    if (node.labels.includes(label)) return kind;
  }
  throw new Error(`node ${node.id} with labels ${node.labels.join(',')} is of no kind a path runs through`);
}

/** What a node is called: a name, a title, a claim's text or a quantity's words, else its id. */
export function nodeNameOf(node: NodeRow): string {
  const props = node as NodeRow & Record<string, unknown>;
  for (const key of ['name', 'title', 'text']) {
    const value = props[key];
    if (typeof value === 'string' && value) return value;
  }
  return node.id;
}

/**
 * Taking part, read with the happening's status: a planned visit has not been made, so its
 * visitor "is due to take part in" it, never "took part in" it.
 */
const takingPartByStatus: Readonly<Record<string, string>> = {
  OCCURRED: 'took part in',
  PLANNED: 'is due to take part in',
  ANNOUNCED_UNCONFIRMED: 'is announced, unconfirmed, to take part in',
  PROPOSED: 'is proposed to take part in',
  HYPOTHETICAL: 'would take part in',
  ALLEGED: 'allegedly took part in',
  DENIED: 'is said, but denied, to have taken part in',
};

/**
 * A relationship read in its own direction; `end` is the node it points to, whose status decides
 * the tense of taking part in a meeting or event.
 */
export function relationshipLabelOf(type: string, end?: NodeRow): string {
  const status = (end as (NodeRow & { readonly status?: unknown }) | undefined)?.status;
  if (type === 'PARTICIPATED_IN' && typeof status === 'string') return takingPartByStatus[status] ?? relationshipLabels.PARTICIPATED_IN;
  return relationshipLabels[type as PathRelationship] ?? type.toLowerCase().replaceAll('_', ' ');
}
