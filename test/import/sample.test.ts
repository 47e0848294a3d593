import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gdeltSampleRows, parseGdeltLine, readGdelt, writeGdeltSample, type ImportedEvent } from '../../src/import/index.js';
import { cameoCodebook } from '../../src/modules/common/cameoCodebook.js';
import { scratchDir } from './scratchFiles.js';

const scratch = scratchDir();
afterAll(scratch.remove);

describe('the GDELT sample generator', () => {
  const rows = [...gdeltSampleRows({ rows: 2000, seed: 7 })];
  const results = rows.map((text, i) => parseGdeltLine('sample', i + 1, text));
  const parsed: ImportedEvent[] = results.flatMap((r) => ('event' in r ? [r.event] : []));

  it('writes rows that all parse without a problem', () => {
    expect(results.flatMap((r) => ('problem' in r ? [r.problem] : []))).toEqual([]);
    expect(parsed).toHaveLength(2000);
  });

  it('writes each code’s Goldstein value from the codebook and the quad class of its root', () => {
    expect(parsed.filter((e) => e.goldstein !== cameoCodebook[e.cameoCode]?.goldstein)).toEqual([]);
    const quad = (root: number) => (root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);
    expect(parsed.filter((e) => e.quadClass !== quad(Number(e.cameoCode.slice(0, 2))))).toEqual([]);
  });

  it('numbers events uniquely and increasing, adds them after they happened, and spreads them over years', () => {
    const ids = parsed.map((e) => Number(e.id));
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? 0))).toBe(true);
    expect(parsed.every((e) => (e.added ?? '') >= e.date)).toBe(true);
    expect(new Set(parsed.map((e) => e.date.slice(0, 4)))).toEqual(new Set(['2016', '2017', '2018', '2019']));
  });

  it('draws countries Zipf-like from the whole world, and places events at capitals it resolves back', () => {
    const countries = parsed.flatMap((e) => [e.source?.countryIso3, e.target?.countryIso3]).filter((c): c is string => Boolean(c));
    const counts = [...countries.reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>()).values()].sort((a, b) => b - a);
    expect(counts.length).toBeGreaterThan(100);
    expect(counts[0]).toBeGreaterThan(10 * (counts[50] ?? 0));
    expect(parsed.filter((e) => e.place && e.place.geoType === 4 && !e.place.countryIso3)).toEqual([]);
    expect(parsed.filter((e) => e.place).length).toBeGreaterThan(1800);
  });

  it('is deterministic for a seed and different for another', () => {
    expect([...gdeltSampleRows({ rows: 2000, seed: 7 })]).toEqual(rows);
    expect([...gdeltSampleRows({ rows: 10, seed: 8 })]).not.toEqual(rows.slice(0, 10));
  });

  it('writes the same bytes twice for a seed, plain and zipped, and the zip reads back', async () => {
    const write = (dir: string, zip: boolean) => {
      mkdirSync(path.join(scratch.dir, dir), { recursive: true });
      return writeGdeltSample(path.join(scratch.dir, dir, 'x.export.CSV'), { rows: 3000, seed: 3, zip });
    };
    const [a, b] = [await write('a', false), await write('b', false)];
    expect(readFileSync(a.file).equals(readFileSync(b.file))).toBe(true);
    expect(readFileSync(a.file, 'utf8')).toBe([...gdeltSampleRows({ rows: 3000, seed: 3 })].join('\n') + '\n');
    const [za, zb] = [await write('za', true), await write('zb', true)];
    expect(za.file).toBe(path.join(scratch.dir, 'za', 'x.export.CSV.zip'));
    expect(readFileSync(za.file).equals(readFileSync(zb.file))).toBe(true);
    let read = 0;
    for await (const batch of readGdelt(za.file)) read += batch.filter((r) => 'event' in r).length;
    expect(read).toBe(3000);
  });
});
