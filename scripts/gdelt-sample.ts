/**
 * Writes a GDELT 2.0 Events-shaped export for scale tests, deterministic for a seed:
 *   npx tsx scripts/gdelt-sample.ts --rows 100000 --out /tmp/x.export.CSV [--seed 1] [--zip]
 */
import { parseArgs } from 'node:util';
import { writeGdeltSample } from '../src/import/index.js';

const usage = 'usage: npx tsx scripts/gdelt-sample.ts --rows N --out FILE [--seed N] [--zip]';

function wholeNumber(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined || !/^\d+$/.test(value)) throw new Error(`--${name} "${value ?? ''}" is not a whole number\n${usage}`);
  return Number(value);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rows: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, zip: { type: 'boolean', default: false } },
    strict: true,
  });
  if (!values.out) throw new Error(`--out is required\n${usage}`);
  const rows = wholeNumber('rows', values.rows);
  const seed = wholeNumber('seed', values.seed, 1);
  const started = performance.now();
  const written = await writeGdeltSample(values.out, { rows, seed, zip: values.zip });
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ file: written.file, rows: written.rows, seed, seconds: Number(seconds.toFixed(2)) }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
