// `npm run bench:import`: how fast `npm run import` writes dataset rows, on a Neo4j of its own
// with the annotated sources loaded first (so names resolve against a real graph).
// - the real GDELT update (../shared/data, 2,111 rows) on a cold JVM, then written again three
//   times on the warm one (`--force`: every row rewritten), and the ICEWS sample (3,705 rows);
// - BENCH_IMPORT_ROWS generated GDELT-shaped rows (default 100,000; 1000000 for the million),
//   written by scripts/gdelt-sample.ts's generator, imported fresh.
// Rows per second count the whole import: reading, checking, resolving and writing.
// Writes bench/results/import.json. Figures for the closing note and docs/import.md, not targets
// a test enforces.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, projectRoot } from '../src/config.js';
import { loadQueries } from '../src/db/queries.js';
import { createRunner } from '../src/db/runner.js';
import { applySeed } from '../src/db/seed.js';
import { writeGdeltSample } from '../src/import/sampleFile.js';
import { importDataset, type ImportReport } from '../src/import/write.js';
import type { Dataset } from '../src/import/records.js';
import { silentLogger } from '../src/logger.js';
import { startScratchNeo4j } from '../test/support/scratchNeo4j.js';

const generatedRows = Number(process.env['BENCH_IMPORT_ROWS'] ?? 100_000);
const data = path.resolve(projectRoot, '../shared/data');

// Memory as a machine set up for imports would give Neo4j: a million rows make a store of about
// 1.5 GB, which a page cache of the default 128 MB would read back from disk batch after batch.
const heap = process.env['NEO4J_HEAP'] ?? '1g';
const pagecache = process.env['NEO4J_PAGECACHE'] ?? '2g';
const db = await startScratchNeo4j({ heap, pagecache });
const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
try {
  const config = loadConfig();
  const queries = loadQueries();
  const runner = createRunner({ driver: db.driver, queries, database: undefined, timeoutMs: 600_000 });
  await applySeed({
    driver: db.driver, runner, queries, database: undefined, logger: silentLogger,
    sourcesDir: config.sourcesDir, sourceTextsDir: config.sourceTextsDir, seedTimeoutMs: 600_000,
  });
  const run = (dataset: Dataset, file: string, extra: { force?: boolean; sourceId?: string } = {}): Promise<ImportReport> =>
    importDataset({ driver: db.driver, database: undefined, queries, dataset, file, timeoutMs: 600_000, ...extra });
  const figures = (report: ImportReport) => ({
    rows: report.rows,
    skipped: report.skipped,
    seconds: Number((report.ms / 1000).toFixed(2)),
    rowsPerSecond: Math.round(report.rows / (report.ms / 1000)),
  });

  const gdelt = path.join(data, 'gdelt/20191024143000.export.CSV');
  const cold = await run('GDELT', gdelt);
  const warm = [];
  for (let i = 0; i < 3; i++) warm.push(figures(await run('GDELT', gdelt, { force: true })));
  const icews = await run('ICEWS', path.join(data, 'icews/events.2018.sample.tab'));

  const sample = path.join(scratch, 'sample.export.CSV');
  const wrote = performance.now();
  await writeGdeltSample(sample, { rows: generatedRows, seed: 1 });
  const generateSeconds = (performance.now() - wrote) / 1000;
  const generated = await run('GDELT', sample, { sourceId: 'src:gdelt-bench-sample' });

  const result = {
    generated: new Date().toISOString(),
    node: process.version,
    machine: { cpus: os.availableParallelism(), loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))) },
    neo4jHeap: heap,
    neo4jPagecache: pagecache,
    gdelt2111: { cold: figures(cold), warm, warmMedianSeconds: warm.map((w) => w.seconds).sort((a, b) => a - b)[1] },
    icews3705: figures(icews),
    generatedGdelt: { ...figures(generated), generateSeconds: Number(generateSeconds.toFixed(1)) },
  };
  mkdirSync(path.join(projectRoot, 'bench/results'), { recursive: true });
  writeFileSync(path.join(projectRoot, 'bench/results/import.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
  await db.stop();
}
