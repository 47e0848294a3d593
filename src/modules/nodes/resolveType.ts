import type { NodeRow } from '../common/rows.js';

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

export function graphqlTypeOf(row: Pick<NodeRow, 'labels'>): string | null {
  for (const [label, type] of typeByLabel) {
    if (row.labels.includes(label)) return type;
  }
  return null;
}

/** True when a row is of one of the given GraphQL types (guards lookups by id). */
export function isOfType(row: Pick<NodeRow, 'labels'>, ...types: string[]): boolean {
  const type = graphqlTypeOf(row);
  return type !== null && types.includes(type);
}
