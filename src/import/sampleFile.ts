import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { basename } from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { gdeltSampleRows, type GdeltSampleOptions } from './sample.js';

export interface WrittenSample {
  readonly file: string;
  readonly rows: number;
}

/** Fixed, so the same seed gives the same zip bytes (a zip records each entry's time). */
const entryTime = new Date(Date.UTC(2020, 0, 1));
/** Rows are gathered into writes of about this many characters: one write per row would be slow. */
const chunkChars = 1 << 20;

/**
 * Writes a GDELT-shaped export to `out`, streaming. With `zip`, writes `out` + ".zip" (unless `out`
 * already ends so) holding one entry named like GDELT's (`x.export.CSV` in `x.export.CSV.zip`).
 */
export async function writeGdeltSample(out: string, options: GdeltSampleOptions & { readonly zip?: boolean }): Promise<WrittenSample> {
  if (!options.zip) {
    const file = createWriteStream(out);
    const done = once(file, 'finish');
    await writeRows(file, options);
    file.end();
    await done;
    return { file: out, rows: options.rows };
  }
  const zipName = out.toLowerCase().endsWith('.zip') ? out : `${out}.zip`;
  const zip = new yazl.ZipFile();
  const entry = new PassThrough();
  zip.addReadStream(entry, basename(zipName).replace(/\.zip$/i, ''), { mtime: entryTime, compress: true });
  zip.end();
  const written = pipeline(zip.outputStream, createWriteStream(zipName));
  await writeRows(entry, options);
  entry.end();
  await written;
  return { file: zipName, rows: options.rows };
}

async function writeRows(target: Writable, options: GdeltSampleOptions): Promise<void> {
  let chunk = '';
  for (const row of gdeltSampleRows(options)) {
    chunk += row + '\n';
    if (chunk.length >= chunkChars) {
      // Waiting for drain keeps memory at a chunk or two, whatever the row count.
      if (!target.write(chunk)) await once(target, 'drain');
      chunk = '';
    }
  }
  if (chunk) target.write(chunk);
}
