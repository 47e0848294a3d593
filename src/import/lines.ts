import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { maxLineChars } from './limits.js';
import { openSingleZipEntry } from './zip.js';

export interface FileLine {
  /** 1-based. */
  readonly line: number;
  /** The line without its line break (LF or CRLF). */
  readonly text: string;
}

/**
 * The lines of a plain file or of the single file inside a `.zip`, streamed: memory stays bounded by
 * the read chunk and the longest line, so a 1M-row export (~400 MB) reads like a small one.
 */
export async function* fileLines(file: string): AsyncGenerator<FileLine> {
  for await (const lines of fileLineChunks(file)) yield* lines;
}

/** The same lines, a read chunk (about 1 MiB) at a time: one await per chunk instead of per line. */
export async function* fileLineChunks(file: string): AsyncGenerator<FileLine[]> {
  const stream = await open(file);
  // A decoder per file, so a multi-byte character split across two chunks is joined, not mangled.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = pending + decoder.write(chunk);
      const lines: FileLine[] = [];
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        line++;
        if (end - start > maxLineChars) throw tooLong(file, line);
        lines.push({ line, text: withoutBreak(text, start, end, line) });
        start = end + 1;
      }
      pending = text.slice(start);
      if (pending.length > maxLineChars) throw tooLong(file, line + 1);
      if (lines.length > 0) yield lines;
    }
  } catch (error) {
    throw readError(file, error);
  } finally {
    stream.destroy();
  }
  pending += decoder.end();
  if (pending.length > 0) yield [{ line: line + 1, text: withoutBreak(pending, 0, pending.length, line + 1) }];
}

async function open(file: string): Promise<Readable> {
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    throw new Error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return file.toLowerCase().endsWith('.zip') ? openSingleZipEntry(file) : createReadStream(file, { highWaterMark: 1 << 20 });
}

function withoutBreak(text: string, start: number, end: number, line: number): string {
  let last = end;
  if (last > start && text.charCodeAt(last - 1) === 13) last--;
  // The byte-order mark some editors write is not part of the first column's name.
  if (line === 1 && text.charCodeAt(start) === 0xfeff) start++;
  return text.slice(start, last);
}

function tooLong(file: string, line: number): Error {
  return new Error(`${file}: line ${line} is longer than ${maxLineChars} characters; not a GDELT or ICEWS file?`);
}

/** Errors from inside the loop keep their own message when they already name the file. */
function readError(file: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(`${file}:`) ? (error as Error) : new Error(`${file}: reading failed (${message})`);
}
