/**
 * Annotation files and texts over the size limits are refused when they are validated (as
 * `npm run ingest -- --check` and the start-up loader do), naming the limit, rather than failing
 * minutes into a load on the database's memory.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { AnnotationError, displayPath } from '../../src/ingest/parse.js';
import { prepareSource } from '../../src/ingest/sources.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'source-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const readout = path.join(projectRoot, 'sources', 'moscow-talks-readout.yaml');

function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof AnnotationError) return error.problems;
    throw error;
  }
  throw new Error('expected an AnnotationError');
}

describe('size limits', () => {
  it('refuse an annotation file over 2 MB before reading it', () => {
    const file = path.join(work, 'huge.yaml');
    // Valid YAML all the way: only its size is wrong.
    writeFileSync(file, `${readFileSync(readout, 'utf8')}\n${'# padding\n'.repeat(300_000)}`);
    expect(problemsOf(() => prepareSource(file, work, 'x'))).toEqual([
      `size: ${displayPath(file)} is 2.9 MB; at most 2.0 MB can be loaded. Split the source into several files, or shorten it.`,
    ]);
  });

  it('refuse a source text over 5 MB, naming the annotation that points to it', () => {
    const file = path.join(work, 'readout.yaml');
    copyFileSync(readout, file);
    writeFileSync(path.join(work, 'moscow-talks-readout.txt'), 'x'.repeat(6 * 1024 * 1024));
    let message = '';
    try {
      prepareSource(file, work, 'x');
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toBe(
      `${displayPath(file)} cannot be loaded:\n  - source.text.file: ${displayPath(path.join(work, 'moscow-talks-readout.txt'))} is 6.0 MB; ` +
        'at most 5.0 MB can be loaded. Split the source into several files, or shorten it.',
    );
  });
});
