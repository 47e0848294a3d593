/**
 * The texts the sources quote, read from the texts folder (SOURCE_TEXTS_DIR, by default
 * ../shared/article beside the repository) under the file name each Source records. Every stored
 * quote is checked against the text of the source it is QUOTED_FROM.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { readRows } from '../support/neo4j.js';

export interface SourceText {
  readonly id: string;
  readonly kind: string;
  readonly file: string;
  readonly textLength: number;
  readonly text: string;
}

/** Every source in the graph that has a text, with the text itself; fails loudly when a file is missing. */
export async function sourceTexts(): Promise<Map<string, SourceText>> {
  const dir = loadConfig(process.env).sourceTextsDir;
  const rows = await readRows<{ id: string; kind: string; file: string; textLength: number }>(
    'MATCH (s:Source) WHERE s.file IS NOT NULL RETURN s.id AS id, s.kind AS kind, s.file AS file, s.textLength AS textLength ORDER BY id',
  );
  const texts = new Map<string, SourceText>();
  for (const row of rows) {
    const file = path.join(dir, row.file);
    if (!existsSync(file)) throw new Error(`The text of ${row.id} is missing: expected ${file} (SOURCE_TEXTS_DIR)`);
    texts.set(row.id, { ...row, text: readFileSync(file, 'utf8') });
  }
  return texts;
}
