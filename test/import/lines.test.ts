import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileLines, maxLineChars, type FileLine } from '../../src/import/index.js';
import { gdeltFile, scratchDir, writeZip } from './scratchFiles.js';

const scratch = scratchDir();
afterAll(scratch.remove);

async function linesOf(file: string): Promise<FileLine[]> {
  const lines: FileLine[] = [];
  for await (const line of fileLines(file)) lines.push(line);
  return lines;
}

describe('fileLines', () => {
  it('numbers lines from 1 and drops LF and CRLF breaks, a byte-order mark and no phantom last line', async () => {
    const file = path.join(scratch.dir, 'mixed.tsv');
    writeFileSync(file, '\uFEFFa\tb\r\nc\n\nd\r\n');
    expect(await linesOf(file)).toEqual([
      { line: 1, text: 'a\tb' },
      { line: 2, text: 'c' },
      { line: 3, text: '' },
      { line: 4, text: 'd' },
    ]);
  });

  it('keeps a last line without a break', async () => {
    const file = path.join(scratch.dir, 'open-end.tsv');
    writeFileSync(file, 'x\ny');
    expect(await linesOf(file)).toEqual([{ line: 1, text: 'x' }, { line: 2, text: 'y' }]);
  });

  it('joins a multi-byte character that falls across two read chunks', async () => {
    const file = path.join(scratch.dir, 'split.tsv');
    // Reads are 1 MiB (1,048,576 bytes): 10,485 lines of 100 bytes, then 75 bytes, put the two
    // bytes of "é" at 1,048,575 and 1,048,576, one in each chunk.
    const line = `${'a'.repeat(99)}\n`;
    writeFileSync(file, `${line.repeat(10_485)}${'a'.repeat(75)}é\nMinsk\n`);
    const lines = await linesOf(file);
    expect(lines).toHaveLength(10_487);
    expect(lines[10_485]).toEqual({ line: 10_486, text: `${'a'.repeat(75)}é` });
    expect(lines[10_486]).toEqual({ line: 10_487, text: 'Minsk' });
  });

  it('reads the single file of a zip exactly as the plain file', async () => {
    const zip = path.join(scratch.dir, '20191024143000.export.CSV.zip');
    await writeZip(zip, { '20191024143000.export.CSV': readFileSync(gdeltFile) });
    const plain = await linesOf(gdeltFile);
    expect(plain).toHaveLength(2111);
    expect(await linesOf(zip)).toEqual(plain);
  });

  it('refuses a zip with no file or with more than one, naming the zip', async () => {
    const empty = path.join(scratch.dir, 'empty.zip');
    await writeZip(empty, {});
    await expect(linesOf(empty)).rejects.toThrow(`${empty}: the zip holds no file; expected one GDELT or ICEWS file`);
    const two = path.join(scratch.dir, 'two.zip');
    await writeZip(two, { 'a.CSV': 'a\n', 'b.CSV': 'b\n' });
    await expect(linesOf(two)).rejects.toThrow(`${two}: the zip holds more than one file (a.CSV, b.CSV, ...); expected exactly one`);
    const notZip = path.join(scratch.dir, 'not.zip');
    writeFileSync(notZip, 'plain text');
    await expect(linesOf(notZip)).rejects.toThrow(`${notZip}: not a readable zip file`);
  });

  it('throws a message naming a missing file', async () => {
    const missing = path.join(scratch.dir, 'nowhere.export.CSV');
    await expect(linesOf(missing)).rejects.toThrow(`${missing}: cannot read the file (ENOENT)`);
  });

  it('stops at a line longer than the limit instead of holding it', async () => {
    const file = path.join(scratch.dir, 'long.tsv');
    writeFileSync(file, `short\n${'x'.repeat(maxLineChars + 1)}`);
    await expect(linesOf(file)).rejects.toThrow(`${file}: line 2 is longer than ${maxLineChars} characters`);
    const atLimit = path.join(scratch.dir, 'at-limit.tsv');
    writeFileSync(atLimit, `${'x'.repeat(maxLineChars)}\n`);
    expect((await linesOf(atLimit))[0]?.text.length).toBe(maxLineChars);
  });
});
