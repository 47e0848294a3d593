import path from 'node:path';
import { corpusDirs, dirsText, readCorpus, withFile, type CorpusFile } from './corpus.js';
import { fileNotices } from './fileNotices.js';
import { noticeText } from './notices.js';
import { AnnotationError, displayPath, parseAnnotationWithLines, readAnnotationFile } from './parse.js';
import { unknownReferenceProblems } from './references.js';
import { prepareSource, refreshAnchors, type PreparedSource } from './sources.js';

export interface CheckOptions {
  readonly files: readonly string[];
  readonly sourcesDir: string;
  readonly sourceTextsDir: string;
  readonly loaderFingerprint: string;
}

export interface CheckOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** The corpus of a set of folders, read once however many of their files are checked. */
function corpusCache(): (dirs: string[]) => CorpusFile[] {
  const read = new Map<string, CorpusFile[]>();
  return (dirs) => {
    const key = dirs.join('\n');
    if (!read.has(key)) read.set(key, readCorpus(dirs));
    return read.get(key)!;
  };
}

const problemsOf = (error: unknown): readonly string[] =>
  error instanceof AnnotationError ? error.problems : [error instanceof Error ? error.message : String(error)];

/**
 * `npm run ingest -- --check`: validates each file without a database, as the loader would, and
 * beyond it: every id it names must be stated by a file of its own folder or of the sources
 * folder. Errors fail the check (1); warnings and notices are printed and let it pass (0).
 */
export function checkSources(options: CheckOptions, output: CheckOutput): 0 | 1 {
  const corpusOf = corpusCache();
  let failed = 0;
  for (const file of options.files.map((f) => path.resolve(f))) {
    const dirs = corpusDirs(file, options.sourcesDir);
    const problems: string[] = [];
    let prepared: PreparedSource | null = null;
    try {
      prepared = prepareSource(file, options.sourceTextsDir, options.loaderFingerprint);
    } catch (error) {
      problems.push(...problemsOf(error));
    }
    let target: CorpusFile | null = null;
    try {
      target = prepared ? { file, annotation: prepared.annotation, lineOf: prepared.lineOf } : { file, ...parseAnnotationWithLines(file, readAnnotationFile(file)) };
      problems.push(...unknownReferenceProblems(target, withFile(corpusOf(dirs), target), dirsText(dirs, displayPath)));
    } catch {
      // The file does not parse: preparing it said why already.
    }
    if (target && prepared) for (const notice of fileNotices(target, prepared.unreviewed, corpusOf(dirs), dirs)) output.err(noticeText(notice));
    if (problems.length > 0 || !prepared) {
      failed++;
      output.err(new AnnotationError(file, problems).message);
      continue;
    }
    const written = refreshAnchors(prepared);
    if (written) output.out(`  wrote ${displayPath(written)}`);
    const { nodes, rels, evidence } = prepared.compiled;
    output.out(`ok ${displayPath(file)}: ${nodes.length} nodes, ${rels.length} relationships, ${evidence.length} quotes (placed from ${prepared.quotesFrom})`);
  }
  return failed === 0 ? 0 : 1;
}
