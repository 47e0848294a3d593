import path from 'node:path';
import type { Annotation } from './format.js';
import type { LineOf } from './lines.js';
import { AnnotationError, parseAnnotationWithLines, readAnnotationFile } from './parse.js';
import { listSourceFiles } from './sources.js';

/** One annotation file as the checks across files see it: what it says, and where. */
export interface CorpusFile {
  readonly file: string;
  readonly annotation: Annotation;
  readonly lineOf: LineOf;
}

/**
 * Every annotation file of the folders, parsed. A file that does not parse is left out: its own
 * check reports it, and the others are checked against what can be read.
 */
export function readCorpus(dirs: readonly string[]): CorpusFile[] {
  const files = [...new Set(dirs.map((dir) => path.resolve(dir)))].flatMap((dir) => listSourceFiles(dir));
  return [...new Set(files)].flatMap((file) => {
    try {
      return [{ file, ...parseAnnotationWithLines(file, readAnnotationFile(file)) }];
    } catch (error) {
      if (error instanceof AnnotationError) return [];
      throw error;
    }
  });
}

/** The corpus as seen from one file: that file as it is now in place of any copy of it. */
export function withFile(corpus: readonly CorpusFile[], target: CorpusFile): CorpusFile[] {
  return [target, ...corpus.filter((other) => path.resolve(other.file) !== path.resolve(target.file))];
}

/** The folders a file is checked against: its own, and the sources folder. */
export const corpusDirs = (file: string, sourcesDir: string): string[] => [...new Set([path.dirname(path.resolve(file)), path.resolve(sourcesDir)])];

/** `sources/` or `sources/ or drafts/`: where an id was looked for, in messages. */
export function dirsText(dirs: readonly string[], display: (file: string) => string): string {
  return dirs.map((dir) => `${display(dir)}/`).join(' or ');
}
