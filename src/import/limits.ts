/** The readers' limits, in one place; each has a test that hits it. */

/**
 * The longest line a reader holds. Real rows are under 2 KB; a file without line breaks (a wrong
 * file, a binary) would otherwise be read whole into memory before the first row is looked at.
 */
export const maxLineChars = 1_000_000;

/** Rows per batch from readGdelt / readIcews: large enough for one UNWIND per batch, small enough to stream. */
export const batchRows = 5_000;
