import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { removeSource, writeSources, type LoadReport, type StepListener } from '../ingest/load.js';
import { corpusDirs, readCorpus, type CorpusFile } from '../ingest/corpus.js';
import { noticeText, type NoticeListener } from '../ingest/notices.js';
import { displayPath } from '../ingest/parse.js';
import { asCorpusFile, screenSources } from '../ingest/screen.js';
import { listSourceFiles, loadGroups, prepareSource, refreshAnchors, sha256, type PreparedSource } from '../ingest/sources.js';
import type { Logger } from '../logger.js';
import type { ProgressReporter } from '../startup/progress.js';
import { loaderDir, type NamedQuery } from './queries.js';
import type { QueryRunner } from './runner.js';
import { loadScripts, type CypherScript } from './scripts.js';

export interface SeedOptions {
  readonly driver: Driver;
  readonly runner: QueryRunner;
  readonly queries: ReadonlyMap<string, NamedQuery>;
  readonly database: string | undefined;
  readonly logger: Logger;
  readonly sourcesDir: string;
  readonly sourceTextsDir: string;
  readonly seedTimeoutMs: number;
  /** Reload every source even when its annotation is unchanged (tests of idempotence). */
  readonly force?: boolean;
  /** Told each loader statement before it runs (`npm run ingest -- --trace`). */
  readonly onStep?: StepListener;
  /** Load files whose items are still UNREVIEWED (`--accept-drafts`); start-up never does. */
  readonly acceptDrafts?: boolean;
  /** Told each warning and notice about a file loaded; by default they are logged. */
  readonly onNotice?: NoticeListener;
  /** Told each step of the seed as it begins (the status page during start-up). */
  readonly progress?: ProgressReporter | undefined;
}

/** Refuses drafts (unless accepted) and reports the warnings of the sources about to be loaded. */
function screen(options: SeedOptions, sources: readonly PreparedSource[], corpus: readonly CorpusFile[]): void {
  const notify: NoticeListener =
    options.onNotice ?? ((notice) => options.logger.warn('annotation file warning', { file: displayPath(notice.file), notice: noticeText(notice) }));
  screenSources(sources, corpus, { acceptDrafts: options.acceptDrafts ?? false, sourcesDir: options.sourcesDir, notify });
}

export interface SeedReport {
  /** Schema scripts and sources written by this start. */
  readonly applied: readonly string[];
  readonly skipped: readonly string[];
  readonly loads: readonly LoadReport[];
}

/** Identifies the loader's statements, so a changed loader reloads every source. */
export function loaderFingerprint(): string {
  const files = readdirSync(loaderDir).filter((file) => file.endsWith('.cypher')).sort();
  return sha256(files.map((file) => readFileSync(path.join(loaderDir, file), 'utf8')).join('\n'));
}

/**
 * Brings the graph in line with the annotation files: constraints and indexes first, then each
 * source whose annotation (or the loader) changed, in the order their references need, each in
 * one transaction with its record. Sources whose file left the folder are removed.
 */
export async function applySeed(options: SeedOptions): Promise<SeedReport> {
  const { runner, logger } = options;
  const report = { applied: [] as string[], skipped: [] as string[], loads: [] as LoadReport[] };
  options.progress?.report({ kind: 'preparingGraph' });
  await applySchema(options, report);

  if (((await runner.read<{ scripts: number }>('legacySeed'))[0]?.scripts ?? 0) > 0) {
    logger.warn('store written by the earlier seed scripts; replacing its graph with the annotation files');
    await autoCommit(options, 'wipeGraph');
  }

  const fingerprint = loaderFingerprint();
  const prepared = listSourceFiles(options.sourcesDir).map((file) => prepareSource(file, options.sourceTextsDir, fingerprint));
  const absent = prepared.filter((source) => source.quotesFrom === 'anchors').map((source) => displayPath(source.compiled.file));
  if (absent.length > 0) {
    logger.warn('source texts absent: quotes loaded from their stored anchors, unchecked', { sources: absent, textsDir: options.sourceTextsDir });
  }
  const loaded = new Map(
    (await runner.read<{ id: string; annotationSha256: string | null; annotationFile: string | null }>('loadedSources')).map((row) => [row.id, row]),
  );

  const groups = loadGroups(prepared);
  const pending = groups.filter(
    (group) => options.force || !group.every((source) => loaded.get(source.compiled.sourceId)?.annotationSha256 === source.annotationSha256),
  );
  // Before anything is written: a draft among them stops the whole start, not half of it.
  screen(options, pending.flat(), prepared.map(asCorpusFile));
  const total = pending.flat().length;
  let index = 1;
  for (const group of groups) {
    const names = group.map((source) => displayPath(source.compiled.file));
    if (!pending.includes(group)) {
      report.skipped.push(...names);
      continue;
    }
    options.progress?.report({ kind: 'loadingSources', index, total, titles: group.map(sourceTitle) });
    index += group.length;
    const loads = await loadPrepared(options, group);
    report.applied.push(...names);
    for (const [i, load] of loads.entries()) {
      report.loads.push(load);
      logger.info('source loaded', { ...load, resolved: load.resolved.length, file: names[i] });
      for (const line of load.resolved) logger.info('entity resolved', { source: load.sourceId, resolution: line });
    }
  }

  const present = new Set(prepared.map((source) => source.compiled.sourceId));
  for (const row of loaded.values()) {
    if (present.has(row.id) || !row.annotationFile || path.dirname(row.annotationFile) !== options.sourcesDir) continue;
    const load = await inWriteTransaction(options, (tx) => removeSource(tx, options.queries, row.id), row.id);
    report.applied.push(`removed ${row.id}`);
    report.loads.push(load);
    logger.info('source removed: its annotation file left the folder', { sourceId: row.id, file: row.annotationFile });
  }

  if (report.applied.length > 0) {
    // Full-text indexes fill asynchronously; wait so the first search sees the whole graph.
    options.progress?.report({ kind: 'indexing' });
    await runner.read('awaitIndexes');
  }
  logger.info('graph up to date', { applied: report.applied.length, skipped: report.skipped.length });
  return report;
}

/** What a source is called where people read it: its title, or its id when it has none. */
const sourceTitle = (source: PreparedSource): string => {
  const title = source.compiled.source['title'];
  return typeof title === 'string' && title.trim() !== '' ? title : source.compiled.sourceId;
};

/** Loads prepared sources (one, or a group that refers to each other) in one write transaction. */
export function loadPrepared(options: SeedOptions, group: readonly PreparedSource[]): Promise<LoadReport[]> {
  const writes = group.map((source) => ({
    compiled: source.compiled,
    record: { annotationSha256: source.annotationSha256, annotationFile: source.compiled.file },
  }));
  return inWriteTransaction(options, (tx) => writeSources(tx, options.queries, writes, options.onStep), group.map((s) => s.compiled.sourceId).join(','));
}

async function inWriteTransaction<T>(
  options: SeedOptions,
  work: Parameters<ReturnType<Driver['session']>['executeWrite']>[0] extends (tx: infer Tx) => unknown ? (tx: Tx) => Promise<T> : never,
  label: string,
): Promise<T> {
  const session = options.driver.session(options.database ? { database: options.database } : {});
  try {
    return await session.executeWrite(work, { timeout: options.seedTimeoutMs, metadata: { app: 'diplomatic-graph', load: label } });
  } finally {
    await session.close();
  }
}

async function autoCommit(options: SeedOptions, name: string): Promise<void> {
  const text = options.queries.get(name)?.text;
  if (!text) throw new Error(`cypher/seed/${name}.cypher is missing`);
  const session = options.driver.session(options.database ? { database: options.database } : {});
  try {
    await session.run(text);
  } finally {
    await session.close();
  }
}

/** The constraints and indexes alone, for tools that write without loading sources (`npm run import`). */
export async function ensureSchema(options: SeedOptions): Promise<void> {
  await applySchema(options, { applied: [], skipped: [] });
}

/** Constraints and indexes; schema commands cannot share a transaction with data writes. */
async function applySchema(options: SeedOptions, report: { applied: string[]; skipped: string[] }): Promise<void> {
  const { driver, runner, queries, database } = options;
  const recordText = queries.get('recordSeedScript')?.text;
  if (!recordText) throw new Error('cypher/queries/recordSeedScript.cypher is missing');
  const applied = new Map(
    (await runner.read<{ name: string; checksum: string }>('seedScriptsApplied')).map((row) => [row.name, row.checksum]),
  );
  for (const script of loadScripts()) {
    if (!options.force && applied.get(script.name) === script.checksum) {
      report.skipped.push(script.name);
      continue;
    }
    const session = driver.session(database ? { database } : {});
    try {
      await applySchemaScript(session, script);
      await session.run(recordText, { name: script.name, checksum: script.checksum });
    } catch (error) {
      throw new Error(`applying cypher/${script.name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    } finally {
      await session.close();
    }
    report.applied.push(script.name);
  }
}

async function applySchemaScript(session: ReturnType<Driver['session']>, script: CypherScript): Promise<void> {
  for (const statement of script.statements) await session.run(statement);
}

export interface IngestReport {
  readonly file: string;
  readonly outcome: 'loaded' | 'unchanged';
  readonly load: LoadReport | null;
  readonly quotesFrom: PreparedSource['quotesFrom'];
  /** The anchors file written because the quotes' places changed, or null. */
  readonly anchorsWritten: string | null;
}

/**
 * `npm run ingest`: validates one annotation file, resolves its entities against the graph and
 * writes the whole source in one transaction (replacing what it asserted before). When its text
 * is present, the quotes' places are stored beside the file for checkouts without the text.
 */
export async function ingestFile(options: SeedOptions, file: string): Promise<IngestReport> {
  await applySchema(options, { applied: [], skipped: [] });
  const source = prepareSource(file, options.sourceTextsDir, loaderFingerprint());
  screen(options, [source], readCorpus(corpusDirs(file, options.sourcesDir)));
  const anchorsWritten = refreshAnchors(source);
  const loaded = (await options.runner.read<{ id: string; annotationSha256: string | null }>('loadedSources')).find(
    (row) => row.id === source.compiled.sourceId,
  );
  if (!options.force && loaded?.annotationSha256 === source.annotationSha256) {
    return { file, outcome: 'unchanged', load: null, quotesFrom: source.quotesFrom, anchorsWritten };
  }
  const [load] = await loadPrepared(options, [source]);
  await options.runner.read('awaitIndexes');
  return { file, outcome: 'loaded', load: load ?? null, quotesFrom: source.quotesFrom, anchorsWritten };
}

/** `npm run ingest -- --remove ID`: removes a source and everything only it asserted. */
export async function removeSourceById(options: SeedOptions, sourceId: string): Promise<LoadReport> {
  return inWriteTransaction(options, (tx) => removeSource(tx, options.queries, sourceId), sourceId);
}
