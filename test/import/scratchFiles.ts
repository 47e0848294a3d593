import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { projectRoot } from '../../src/config.js';

/** The real dataset files, read in place: the repository keeps no copy. */
export const sharedData = path.resolve(projectRoot, '../shared/data');
export const gdeltFile = path.join(sharedData, 'gdelt/20191024143000.export.CSV');
export const icewsFile = path.join(sharedData, 'icews/events.2018.sample.tab');

/** A fresh directory for one test file's own files, and its removal. */
export function scratchDir(): { readonly dir: string; readonly remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'import-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A zip holding the given entries (name → content), written as GDELT's are: deflated. */
export async function writeZip(file: string, entries: Readonly<Record<string, string | Buffer>>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), name, { compress: true });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
}
