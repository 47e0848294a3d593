import { withFile, dirsText, type CorpusFile } from './corpus.js';
import type { Notice } from './notices.js';
import { displayPath } from './parse.js';
import { reviewNotice, type UnreviewedItem } from './review.js';
import { corpusWarnings } from './warnings.js';

/**
 * Everything worth saying about a file that does not stop it: drafted items not yet reviewed,
 * then the warnings that need the other files (`corpus`, read from `dirs`) to tell.
 */
export function fileNotices(target: CorpusFile, unreviewed: readonly UnreviewedItem[], corpus: readonly CorpusFile[], dirs: readonly string[]): Notice[] {
  return [
    ...(unreviewed.length > 0 ? [reviewNotice(target.file, displayPath(target.file), unreviewed)] : []),
    ...corpusWarnings(target, withFile(corpus, target), dirsText(dirs, displayPath), displayPath),
  ];
}
