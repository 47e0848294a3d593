// Loads a generated corpus with neo4j-admin's offline bulk importer (`database import full`): the
// corpus is written as CSV (csv.ts) into a scratch folder, then the importer builds the store
// files of the default database `neo4j` under <home>/data directly, with no transactions. The
// embedded Neo4j (DatabaseManagementServiceBuilder(home)) opens that same folder afterwards; the
// schema is applied then, as after the transactional load (bench/scale/store.ts).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { arrayDelimiterOption, writeCorpusCsv } from './csv.js';
import type { Corpus } from './generate.js';

export interface ImportFigures {
  readonly nodes: number;
  readonly relationships: number;
  /** Generating the corpus and writing its CSV. */
  readonly csvMs: number;
  /** The importer process alone, start to exit. */
  readonly importMs: number;
  /** Graph elements per second of the importer alone. */
  readonly elementsPerSecond: number;
  /** CPU seconds of the importer (user + system). */
  readonly cpuSeconds: number;
  readonly heap: string;
  readonly offHeap: string;
  /** What the importer said it used at its peak ("Peak memory usage"). */
  readonly peakMemory: string | null;
  /** How large the CSV was, in MB. */
  readonly csvMegabytes: number;
}

export interface ImportOptions {
  /** The Neo4j home whose data/databases/neo4j is created; must hold no database yet. */
  readonly home: string;
  /** The folder of the Neo4j jars (.neo4j/lib). */
  readonly libDir: string;
  readonly heap: string;
  readonly offHeap: string;
  readonly log?: (line: string) => void;
}

/** Children's CPU time as /proc/self/stat counts it once they have been waited for (cutime + cstime). */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10; // clock ticks of 10 ms on Linux
}

export async function importCorpus(corpus: Corpus, options: ImportOptions): Promise<ImportFigures> {
  const log = options.log ?? (() => {});
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'corpus-csv-'));
  try {
    const csv = writeCorpusCsv(corpus, path.join(scratch, 'csv'));
    const csvBytes = [...csv.nodes, ...csv.relationships].flatMap((g) => g.files).reduce((sum, file) => sum + fileSize(file), 0);
    log(`  CSV: ${csv.nodeCount} nodes, ${csv.relationshipCount} relationships, ${Math.round(csvBytes / 1e6)} MB in ${Math.round(csv.ms / 1000)} s`);
    // A configuration of our own, so no neo4j.conf elsewhere (NEO4J_CONF of the shell) applies.
    const conf = path.join(scratch, 'conf');
    mkdirSync(conf);
    writeFileSync(path.join(conf, 'neo4j.conf'), 'dbms.usage_report.enabled=false\n');
    const args = [
      `-Xmx${options.heap}`,
      '-cp', path.join(options.libDir, '*'),
      'org.neo4j.cli.AdminTool', 'database', 'import', 'full',
      ...csv.nodes.map((g) => `--nodes=${g.name}=${g.files.join(',')}`),
      ...csv.relationships.map((g) => `--relationships=${g.name}=${g.files.join(',')}`),
      `--array-delimiter=${arrayDelimiterOption}`,
      // The defaults, spelled out because the graph depends on them: "" stays an empty string
      // (Evidence prefix and suffix), strings keep their spaces, a bad row stops the import (and
      // the counts it reports are checked against the rows written, below).
      '--ignore-empty-strings=false', '--trim-strings=false', '--bad-tolerance=0',
      `--max-off-heap-memory=${options.offHeap}`,
      `--threads=${os.availableParallelism()}`,
      // The virtual disk says it is rotational, so the importer would read and write one file at
      // a time; the storage underneath is not a spindle, and parallel IO keeps both threads busy.
      '--high-parallel-io=on',
      `--report-file=${path.join(scratch, 'import.report')}`,
      'neo4j',
    ];
    const before = childrenCpuMs();
    const started = performance.now();
    const output: string[] = [];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('java', args, {
        env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: conf },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      for (const stream of [child.stdout, child.stderr]) {
        createInterface({ input: stream }).on('line', (line) => {
          if (/^[-.\s]*\.{10}/.test(line) || line.trim() === '') return; // progress dots
          output.push(line);
          if (/^\(\d\/\d\)|^IMPORT DONE|^Peak memory|Estimated required memory/.test(line.trim())) log(`  importer: ${line.trim()}`);
        });
      }
      child.once('error', reject);
      child.once('close', (exit) => resolve(exit));
    });
    const importMs = Math.round(performance.now() - started);
    if (code !== 0) throw new Error(`neo4j-admin database import exited ${code}:\n${output.slice(-30).join('\n')}`);
    const imported = (what: string) => Number(output.map((line) => new RegExp(`^\\s*(\\d+) ${what}$`).exec(line)?.[1]).find(Boolean) ?? NaN);
    if (imported('nodes') !== csv.nodeCount || imported('relationships') !== csv.relationshipCount) {
      throw new Error(`the importer reports ${imported('nodes')} nodes and ${imported('relationships')} relationships; the CSV holds ${csv.nodeCount} and ${csv.relationshipCount}`);
    }
    const elements = csv.nodeCount + csv.relationshipCount;
    return {
      nodes: csv.nodeCount,
      relationships: csv.relationshipCount,
      csvMs: csv.ms,
      importMs,
      elementsPerSecond: Math.round((elements / importMs) * 1000),
      cpuSeconds: Math.round((childrenCpuMs() - before) / 1000),
      heap: options.heap,
      offHeap: options.offHeap,
      peakMemory: output.map((line) => /Peak memory usage: (.*)/.exec(line)?.[1]?.trim()).find(Boolean) ?? null,
      csvMegabytes: Math.round(csvBytes / 1e6),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
