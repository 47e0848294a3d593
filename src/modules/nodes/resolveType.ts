import type { NodeRow } from './rows.js';

/** The GraphQL type of a node, read from its Neo4j labels (the most specific label wins). */
const typeByLabel: readonly (readonly [label: string, type: string])[] = [
  ['Person', 'Person'],
  ['Country', 'Country'],
  ['Organisation', 'Organisation'],
  ['Group', 'Group'],
  ['Place', 'Place'],
  ['Office', 'Office'],
  ['Meeting', 'Meeting'],
  ['Event', 'Event'],
  ['Claim', 'Claim'],
  ['Source', 'Source'],
  ['Evidence', 'Evidence'],
  ['Quantity', 'Quantity'],
  ['Discrepancy', 'Discrepancy'],
];

export function graphqlTypeOf(row: NodeRow): string | null {
  for (const [label, type] of typeByLabel) {
    if (row.labels.includes(label)) return type;
  }
  return null;
}
