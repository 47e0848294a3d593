import type { RowProblem } from './records.js';

/** The ICEWS coded-event columns, as its header row names them, in the order ICEWS writes them. */
export const icewsColumns = [
  'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code',
  'Intensity', 'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher',
  'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude',
] as const;

export type IcewsColumn = (typeof icewsColumns)[number];

/** Where each column is in a file, from its header: found by name, so a reordered file still reads. */
export interface IcewsLayout {
  readonly index: Readonly<Record<IcewsColumn, number>>;
  readonly width: number;
}

export const standardIcewsLayout: IcewsLayout = {
  index: Object.fromEntries(icewsColumns.map((name, i) => [name, i])) as Record<IcewsColumn, number>,
  width: icewsColumns.length,
};

/** A header that is not ICEWS's stops the file: no row of it can be read with confidence. */
export class IcewsHeaderError extends Error {
  constructor(readonly problem: RowProblem) {
    super(`${problem.file}: line ${problem.line}: ${problem.message}`);
  }
}

/** The layout a header row declares, or IcewsHeaderError naming the missing and unexpected columns. */
export function icewsLayout(file: string, text: string): IcewsLayout {
  const names = text.split('\t').map((name) => name.trim());
  const expected = new Set<string>(icewsColumns);
  const seen = new Set<string>();
  const unexpected = names.filter((name) => {
    const ok = expected.has(name) && !seen.has(name);
    seen.add(name);
    return !ok;
  });
  const missing = icewsColumns.filter((name) => !seen.has(name));
  if (missing.length > 0 || unexpected.length > 0) {
    const parts = [
      missing.length > 0 ? `missing ${quoteAll(missing)}` : '',
      unexpected.length > 0 ? `unexpected ${quoteAll(unexpected)}` : '',
    ].filter(Boolean);
    const message = `the header row is not ICEWS's: ${parts.join('; ')}; expected the columns ${quoteAll(icewsColumns)}`;
    throw new IcewsHeaderError({ file, line: 1, column: null, message });
  }
  return {
    index: Object.fromEntries(icewsColumns.map((name) => [name, names.indexOf(name)])) as Record<IcewsColumn, number>,
    width: names.length,
  };
}

const quoteAll = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(', ');
