import { editDistance } from './nearest.js';

type CameoTable = Readonly<Record<string, { readonly label: string }>>;

const sharedPrefix = (a: string, b: string): number => {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
};

/**
 * The codes of the table nearest an unknown one, with their labels. CAMEO codes are a hierarchy
 * read from the left (`03` express intent to cooperate, `036` … to meet), so a longer shared
 * prefix is nearer than a smaller edit distance.
 */
export function nearestCameoCodes(code: string, table: CameoTable, count = 3): string[] {
  return Object.keys(table)
    .map((known) => ({ known, prefix: sharedPrefix(code, known), distance: editDistance(code, known) }))
    .sort((a, b) => b.prefix - a.prefix || a.distance - b.distance || (a.known < b.known ? -1 : 1))
    .slice(0, count)
    .map(({ known }) => `${known} (${table[known]!.label})`);
}
