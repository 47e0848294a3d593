// npm run ingest -- <annotation file> [--force]    load one source (replaces what it said before)
// npm run ingest -- --all [--force]                 load every changed file of sources/, as start does
//   add --accept-drafts to load a file whose items are still UNREVIEWED (as npm run draft wrote them)
// npm run ingest -- --remove <source id>            remove a source and what only it asserted
// npm run ingest -- --check [<annotation file> ...] validate without a database; refresh anchors
//   (also resolves every id against the files of sources/; warnings and notices do not fail it)
// --trace prints each loader statement as it starts (to see where a load spends its time).
//
// A source whose annotation, text (or stored anchors) and loader are as loaded is skipped;
// --force rewrites it anyway (a graph changed by other means than the loader).
//
// Uses NEO4J_URI when set; otherwise the server running on NEO4J_DATA_DIR, found by its run file
// (NEO4J_DATA_DIR/server.json) whatever its ports, logging in with the password in
// NEO4J_DATA_DIR/bolt-password; or, when none is running, starts the embedded Neo4j on the store
// itself and stops it after. The first line of output says which.
import path from 'node:path';
import { loadConfig, type Config } from '../src/config.js';
import { loadQueries } from '../src/db/queries.js';
import { createRunner } from '../src/db/runner.js';
import { connectTool } from '../src/db/toolConnection.js';
import { applySeed, ingestFile, loaderFingerprint, removeSourceById, type SeedOptions } from '../src/db/seed.js';
import { explainLoadFailure } from '../src/errors.js';
import { removeDataset } from '../src/import/remove.js';
import { checkSources } from '../src/ingest/check.js';
import { noticeText, type Notice } from '../src/ingest/notices.js';
import { AnnotationError, displayPath } from '../src/ingest/parse.js';
import { listSourceFiles } from '../src/ingest/sources.js';
import { silentLogger } from '../src/logger.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${line}\n`);
/** The one way warnings and notices reach the terminal, from --check and from a load alike. */
const reportNotice = (notice: Notice) => complain(noticeText(notice));
const usage =
  'usage: npm run ingest -- <annotation file> [--force] [--accept-drafts] | --all [--force] [--accept-drafts] | --remove <source id> | --check [<annotation file> ...]; add --trace to print each statement';

function check(config: Config, files: string[]): number {
  return checkSources(
    {
      files: files.length > 0 ? files : listSourceFiles(config.sourcesDir),
      sourcesDir: config.sourcesDir,
      sourceTextsDir: config.sourceTextsDir,
      loaderFingerprint: loaderFingerprint(),
    },
    { out: say, err: complain },
  );
}

async function main(args: string[]): Promise<number> {
  const config = loadConfig();
  if (args[0] === '--check') return check(config, args.slice(1).filter((arg) => !arg.startsWith('--')));
  const remove = args[0] === '--remove' ? args[1] : undefined;
  const all = args.includes('--all');
  const file = remove ? undefined : args.find((arg) => !arg.startsWith('--'));
  if (!remove && !file && !all) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const { driver, database, close } = await connectTool(config, 'ingest', say);
  try {
    const queries = loadQueries();
    const options: SeedOptions = {
      driver,
      runner: createRunner({ driver, queries, database, timeoutMs: config.seedTimeoutMs }),
      queries,
      database,
      logger: silentLogger,
      sourcesDir: config.sourcesDir,
      sourceTextsDir: config.sourceTextsDir,
      seedTimeoutMs: config.seedTimeoutMs,
      force: args.includes('--force'),
      acceptDrafts: args.includes('--accept-drafts'),
      onNotice: reportNotice,
      ...(args.includes('--trace') ? { onStep: (step: string) => say(`step ${step}`) } : {}),
    };
    if (all) {
      const report = await applySeed(options);
      say(`loaded ${report.applied.length ? report.applied.join(', ') : 'nothing'}; unchanged: ${report.skipped.length}`);
      return 0;
    }
    if (remove) {
      const [state] = await options.runner.write<{ kind: string | null }>('datasetState', { sourceId: remove });
      if (state?.kind === 'DATASET') {
        const removal = await removeDataset(driver, database, queries, remove, config.seedTimeoutMs);
        say(`removed ${remove}: ${removal.events} events it supported (those no other source states are gone) and ${removal.entities} entities only it named`);
        if (removal.stale > 0) {
          say(`${removal.stale} events another dataset also states kept ${remove}'s values: import that dataset's file again with --force to rewrite them`);
        }
        return 0;
      }
      const report = await removeSourceById(options, remove);
      say(`removed ${remove}: ${report.removedNodes} nodes and ${report.removedRelationships} relationships that only it asserted`);
      return 0;
    }
    const report = await ingestFile(options, path.resolve(file!));
    if (report.quotesFrom === 'anchors') say('the text is absent: quotes placed from the stored anchors, not checked against the text');
    if (report.anchorsWritten) say(`wrote ${displayPath(report.anchorsWritten)}`);
    if (!report.load) {
      say(`unchanged: ${displayPath(report.file)} is already loaded as it is, with the same text (--force rewrites it anyway)`);
      return 0;
    }
    for (const line of report.load.resolved) say(`resolved: ${line}`);
    const { sourceId, nodes, relationships, evidence, removedNodes, removedRelationships } = report.load;
    say(
      `loaded ${sourceId} from ${displayPath(report.file)}: ${nodes} nodes, ${relationships} relationships, ${evidence} quotes; ` +
        `removed ${removedNodes} nodes and ${removedRelationships} relationships it no longer states`,
    );
    return 0;
  } catch (error) {
    throw explainLoadFailure(error, config.neo4j);
  } finally {
    await close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof AnnotationError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
