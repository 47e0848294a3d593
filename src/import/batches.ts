import { batchRows } from './limits.js';
import type { FileLine } from './lines.js';
import type { RowResult } from './records.js';

const blank = /^\s*$/;

/** Rows parsed from lines, in batches of `size`; blank lines (a trailing one, most often) are no rows. */
export async function* batchedRows(
  chunks: AsyncIterable<readonly FileLine[]>,
  parse: (line: number, text: string) => RowResult,
  size: number = batchRows,
): AsyncGenerator<RowResult[]> {
  let batch: RowResult[] = [];
  for await (const lines of chunks) {
    for (const { line, text } of lines) {
      if (blank.test(text)) continue;
      batch.push(parse(line, text));
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
