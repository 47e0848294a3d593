import { corpusDirs, type CorpusFile } from './corpus.js';
import { fileNotices } from './fileNotices.js';
import type { NoticeListener } from './notices.js';
import { displayPath } from './parse.js';
import { assertReviewed } from './review.js';
import type { PreparedSource } from './sources.js';

export const asCorpusFile = (source: PreparedSource): CorpusFile => ({ file: source.compiled.file, annotation: source.annotation, lineOf: source.lineOf });

/**
 * What a load does before it writes: refuses drafts not yet reviewed (unless `acceptDrafts`),
 * then tells `notify` the warnings and notices of each source, read with the rest of `corpus`.
 */
export function screenSources(
  sources: readonly PreparedSource[],
  corpus: readonly CorpusFile[],
  options: { readonly acceptDrafts: boolean; readonly sourcesDir: string; readonly notify: NoticeListener },
): void {
  if (!options.acceptDrafts) for (const source of sources) assertReviewed(source.compiled.file, source.unreviewed, displayPath(source.compiled.file));
  for (const source of sources) {
    const dirs = corpusDirs(source.compiled.file, options.sourcesDir);
    for (const notice of fileNotices(asCorpusFile(source), source.unreviewed, corpus, dirs)) options.notify(notice);
  }
}
