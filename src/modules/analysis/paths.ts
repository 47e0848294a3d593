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

export function relationshipLabelOf(type: string): string {
  return relationshipLabels[type as PathRelationship] ?? type.toLowerCase().replaceAll('_', ' ');
}
