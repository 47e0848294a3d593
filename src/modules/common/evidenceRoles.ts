/**
 * Which part of a fact a quote supports: the values of the GraphQL enum EvidenceRole. The loader
 * stores the role of a node's quotes on its EVIDENCED_BY (from the annotation field the quote was
 * given for); a relationship's quotes support the relationship itself, so their role follows from
 * its type and is not stored.
 */
export const evidenceRoles = ['CONTENT', 'NAME', 'TIME', 'SPEAKER', 'PARTICIPANT', 'PLACE', 'SUBJECT', 'REPORTER', 'QUANTITY', 'RELATION'] as const;
export type EvidenceRoleName = (typeof evidenceRoles)[number];

const namedKinds = new Set(['Actor', 'Place', 'Office']);

/** The role of the quotes given in a node's own `evidence`: who or what it is, an amount, or the fact itself. */
export function nodeEvidenceRole(labels: readonly string[]): EvidenceRoleName {
  if (labels.some((label) => namedKinds.has(label))) return 'NAME';
  return labels.includes('Quantity') ? 'QUANTITY' : 'CONTENT';
}

const byRelationship: Readonly<Record<string, EvidenceRoleName>> = {
  PARTICIPATED_IN: 'PARTICIPANT',
  ASSERTED: 'SPEAKER',
  ABOUT: 'SUBJECT',
  REPORTED_IN: 'REPORTER',
  TAKES_PLACE_IN: 'PLACE',
  HELD_AT: 'PLACE',
  LOCATED_IN: 'PLACE',
  HAS_QUANTITY: 'QUANTITY',
};

/** The role of the quotes a relationship names in its evidenceIds. */
export function relationshipEvidenceRole(type: string): EvidenceRoleName {
  return byRelationship[type] ?? 'RELATION';
}
