/**
 * /sources/<id>/text over folders of this file's own: a source whose annotation file appears
 * while the server runs is served at once, and only a text file of the texts folder that a known
 * source names is ever served.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceTextRoutes } from '../../src/http/sourceTexts.js';

let root: string;
let sourcesDir: string;
let textsDir: string;
let base: string;
let close: () => void;

function annotation(id: string, file: string, text: string): string {
  const sha256 = createHash('sha256').update(text).digest('hex');
  return [
    'source:',
    `  id: ${id}`,
    '  kind: READOUT',
    `  title: A note for ${id}`,
    '  published: { start: 2022-02-12, end: 2022-02-12, precision: DAY }',
    `  text: { file: ${JSON.stringify(file)}, length: ${[...text].length}, sha256: ${sha256} }`,
    '',
  ].join('\n');
}

const get = async (id: string) => {
  const response = await fetch(`${base}/sources/${encodeURIComponent(id)}/text`);
  return { status: response.status, body: await response.text() };
};

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'source-texts-'));
  sourcesDir = path.join(root, 'sources');
  textsDir = path.join(root, 'texts');
  for (const dir of [sourcesDir, textsDir]) mkdirSync(dir);
  writeFileSync(path.join(textsDir, 'first.txt'), 'The first note’s words.');
  writeFileSync(path.join(sourcesDir, 'first.yaml'), annotation('src:first', 'first.txt', 'The first note’s words.'));
  const app = express().use(sourceTextRoutes(sourcesDir, textsDir));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(() => {
  close?.();
  rmSync(root, { recursive: true, force: true });
});

describe('the texts of the sources', () => {
  it('serves a source known when the routes were made', async () => {
    expect(await get('src:first')).toEqual({ status: 200, body: 'The first note’s words.' });
  });

  it('serves a source whose annotation file was added after, and forgets one whose file left', async () => {
    expect(JSON.parse((await get('src:second')).body).errors[0].message).toBe('No source with a text has the id src:second; the sources with one are src:first.');
    writeFileSync(path.join(textsDir, 'second.txt'), 'Words of the second.');
    writeFileSync(path.join(sourcesDir, 'second.yaml'), annotation('src:second', 'second.txt', 'Words of the second.'));
    expect(await get('src:second')).toEqual({ status: 200, body: 'Words of the second.' });
    unlinkSync(path.join(sourcesDir, 'second.yaml'));
    expect((await get('src:second')).status).toBe(404);
  });

  it('follows an annotation edited to name another text', async () => {
    writeFileSync(path.join(textsDir, 'third.txt'), 'A third, longer text than the first.');
    writeFileSync(path.join(sourcesDir, 'first.yaml'), annotation('src:first', 'third.txt', 'A third, longer text than the first.'));
    expect(await get('src:first')).toEqual({ status: 200, body: 'A third, longer text than the first.' });
    writeFileSync(path.join(sourcesDir, 'first.yaml'), annotation('src:first', 'first.txt', 'The first note’s words.'));
  });

  it('never serves a file outside the texts folder, even one a source names', async () => {
    writeFileSync(path.join(root, 'secret.txt'), 'not a text');
    writeFileSync(path.join(sourcesDir, 'escape.yaml'), annotation('src:escape', '../secret.txt', 'not a text'));
    const escaped = await get('src:escape');
    expect(escaped.status).toBe(404);
    expect(JSON.parse(escaped.body).errors[0].message).toBe("The text of src:escape is not a file of this server's texts folder (SOURCE_TEXTS_DIR).");
    expect((await fetch(`${base}/sources/..%2Fsecret.txt/text`)).status).toBe(404);
  });

  it('refuses a text that differs from the one the offsets count in', async () => {
    writeFileSync(path.join(textsDir, 'first.txt'), 'The first note’s words, edited.');
    expect(JSON.parse((await get('src:first')).body).errors[0].message).toBe("The texts folder holds a different first.txt than the one src:first's evidence offsets count in.");
  });
});
