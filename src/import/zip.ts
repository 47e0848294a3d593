import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/**
 * The one file a zip holds (GDELT serves each export as `*.export.CSV.zip` around a single CSV), as
 * a stream of its uncompressed bytes: the entry is inflated as it is read, never held whole.
 */
export async function openSingleZipEntry(file: string): Promise<Readable> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    // autoClose would close the file once the directory is read, before the entry's stream is opened.
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, opened) =>
      error ? reject(new Error(`${file}: not a readable zip file (${error.message})`)) : resolve(opened),
    ),
  );
  try {
    const files = await fileEntries(zip, file);
    const entry = files[0];
    if (!entry) throw new Error(`${file}: the zip holds no file; expected one GDELT or ICEWS file`);
    if (files.length > 1) {
      throw new Error(`${file}: the zip holds more than one file (${files.map((e) => e.fileName).join(', ')}, ...); expected exactly one`);
    }
    const stream = await new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entry, (error, opened) =>
        error ? reject(new Error(`${file}: cannot read ${entry.fileName} in the zip (${error.message})`)) : resolve(opened),
      ),
    );
    stream.once('close', () => zip.close());
    return stream;
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** The file entries (directories left out), read from the central directory; stops at the second. */
async function fileEntries(zip: yauzl.ZipFile, file: string): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('/')) entries.push(entry);
      if (entries.length > 1) resolve(entries);
      else zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(new Error(`${file}: broken zip file (${error.message})`)));
    zip.readEntry();
  });
}
