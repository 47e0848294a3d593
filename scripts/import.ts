// npm run import -- gdelt <file>... [--id <source id>] [--added YYYY-MM-DD] [--force]
// npm run import -- icews <file>... [--id <source id>] [--added YYYY-MM-DD] [--force]
//   GDELT 2.0 Events exports as published (tab-separated, 61 columns, no header; .CSV or
//   .CSV.zip) or ICEWS event files (tab-separated with their header row). Each file is a
//   dataset Source (`src:gdelt-<file name>` unless --id), its rows events with CAMEO codes and
//   Goldstein values. A file already imported as it is is left alone unless --force.
//   Exit codes: 0 every row loaded; 3 loaded, but some rows did not fit and were skipped (each
//   reported with file, line and column); 1 failed; 2 bad arguments.
//   --trace prints each transaction as it starts.
//   Remove a dataset with: npm run ingest -- --remove <source id>
//
// Reaches the graph as `npm run ingest` does (db/toolConnection.ts).
import { loadConfig } from '../src/config.js';
import { loadQueries } from '../src/db/queries.js';
import { createRunner } from '../src/db/runner.js';
import { ensureSchema } from '../src/db/seed.js';
import { connectTool } from '../src/db/toolConnection.js';
import { explainLoadFailure } from '../src/errors.js';
import { importDataset } from '../src/import/write.js';
import type { Dataset, RowProblem } from '../src/import/records.js';
import { silentLogger } from '../src/logger.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${line}\n`);
const usage = 'usage: npm run import -- gdelt|icews <file>... [--id <source id>] [--added YYYY-MM-DD] [--force] [--trace]';
/** Problems printed one by one; past this many, only counted (a broken file can have a million). */
const shownProblems = 100;

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const kind = args[0]?.toUpperCase();
  const valued = new Set(['--id', '--added']);
  const files = args.slice(1).filter((arg, i, all) => !arg.startsWith('--') && !valued.has(all[i - 1] ?? ''));
  const unknown = args.slice(1).filter((arg) => arg.startsWith('--') && !valued.has(arg) && arg !== '--force' && arg !== '--trace');
  if ((kind !== 'GDELT' && kind !== 'ICEWS') || files.length === 0 || unknown.length > 0) {
    complain(unknown.length > 0 ? `unknown option ${unknown.join(', ')}; ${usage}` : usage);
    return 2;
  }
  const sourceId = option(args, '--id');
  const added = option(args, '--added');
  if (sourceId !== undefined && (files.length !== 1 || !/^src:[a-z0-9][a-z0-9-]*$/.test(sourceId))) {
    complain(`--id takes one source id of the form src:<lower-case letters, digits and hyphens>, for one file; ${usage}`);
    return 2;
  }
  if (added !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(added)) {
    complain(`--added takes a day, YYYY-MM-DD (when the dataset published the file); got "${added}"`);
    return 2;
  }
  const config = loadConfig();
  const { driver, database, close } = await connectTool(config, 'import', say);
  try {
    const queries = loadQueries();
    const runner = createRunner({ driver, queries, database, timeoutMs: config.seedTimeoutMs });
    await ensureSchema({
      driver, runner, queries, database, logger: silentLogger,
      sourcesDir: config.sourcesDir, sourceTextsDir: config.sourceTextsDir, seedTimeoutMs: config.seedTimeoutMs,
    });
    let anySkipped = false;
    for (const file of files) {
      let problems = 0;
      const onProblem = (problem: RowProblem) => {
        problems += 1;
        if (problems <= shownProblems) complain(`${problem.file}:${problem.line}${problem.column ? ` (${problem.column})` : ''}: ${problem.message}; row skipped`);
        else if (problems === shownProblems + 1) complain(`${file}: more rows do not fit; only counted from here`);
      };
      const report = await importDataset({
        driver, database, queries, dataset: kind as Dataset, file, timeoutMs: config.seedTimeoutMs,
        ...(sourceId ? { sourceId } : {}), ...(added ? { added } : {}), force: args.includes('--force'),
        onProblem, onResolved: (line) => say(`resolved: ${line}`),
        ...(args.includes('--trace') ? { onStep: (step: string) => say(`step ${step}`) } : {}),
      });
      if (report.unchanged) {
        say(`unchanged: ${file} is already imported as ${report.sourceId} (use --force to write it again)`);
        continue;
      }
      const seconds = report.ms / 1000;
      say(
        `imported ${report.sourceId} from ${file}: ${report.rows} rows loaded, ${report.skipped} skipped, ` +
          `in ${seconds.toFixed(1)} s (${Math.round(report.rows / Math.max(seconds, 0.001))} rows/s)`,
      );
      if (report.skipped > 0) anySkipped = true;
    }
    return anySkipped ? 3 : 0;
  } catch (error) {
    throw explainLoadFailure(error, config.neo4j);
  } finally {
    await close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    complain(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
