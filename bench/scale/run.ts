// `npm run bench -- --scale S|M|L [--seed N] [--plans]`: the three-way comparison over a
// generated corpus (src/corpus/). The corpus store is built first if missing (npm run corpus);
// then our server starts on it (no annotation sources: only the corpus), the peer and the floor
// on its Bolt port; every side must give the same facts; then, per question and side in turn,
// latency at concurrency 1 and throughput at 10 connections, with our server's RSS sampled under
// load. Writes bench/results/<scale>.{json,md}. The figures are always taken with statement
// logging off (LOG_CYPHER=0, whatever the environment says): logging every statement's text and
// parameters costs the server time and memory that no production server pays. With --plans,
// instead: our server logs each statement it runs (LOG_CYPHER=1), every benchmark statement,
// ours and the floor's, runs under PROFILE, and bench/results/plans-<scale>.md gets the
// operators and database hits; no figures are measured (as with BENCH_SECONDS=0), so those of
// the last run without --plans stay as they are.
//
// Knobs: BENCH_ROUNDS (1), BENCH_REQUESTS (100: fewer when a question is slow, so a round takes
// about BENCH_SECONDS), BENCH_SECONDS (3), BENCH_WARMUP_SECONDS (1), BENCH_QUESTIONS (names).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../../src/config.js';
import { scales, type Scale } from '../../src/corpus/generate.js';
import { corpusMemory } from '../../src/corpus/memory.js';
import { embeddedAuth } from '../../src/db/credentials.js';
import { buildDist, startServerProcess, waitUntilGone } from '../../test/support/serverProcess.js';
import { cpuMs } from '../cpu.js';
import { latency, throughput, warmUp } from '../load.js';
import { rssMiB } from '../memory.js';
import type { Side } from '../questions/types.js';
import { median } from '../report.js';
import { ask, compare, describe, type Difference } from '../sameFacts.js';
import { ours, startFloor, startPeer, type RunningSide } from '../sides.js';
import { floorStatement, profileStatements, statementsOf, type Statement } from './plans.js';
import { scaleParams, scaleQuestions } from './questions.js';
import { ensureStore, storeDir } from './store.js';
import { writeSummary } from './summary.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const scale = (option('--scale') ?? 'S').toUpperCase() as Scale;
const seed = Number(option('--seed') ?? 1);
if (!scales.includes(scale)) throw new Error(`--scale must be one of ${scales.join(', ')}`);
const plansMode = args.includes('--plans');
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 1);
const requests = Number(process.env['BENCH_REQUESTS'] ?? 100);
// Plans need the statements logged, which would weigh on the figures: a plans run measures none.
const seconds = plansMode ? 0 : Number(process.env['BENCH_SECONDS'] ?? 3);
const warmupSeconds = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 1);
const wanted = process.env['BENCH_QUESTIONS']?.split(',').map((n) => n.trim().toLowerCase());
const questions = scaleQuestions(scale, seed).filter((q) => !wanted || wanted.includes(q.name.toLowerCase()));

const manifest = await ensureStore(scale, seed, (line) => console.log(line));
const emptySources = mkdtempSync(path.join(os.tmpdir(), 'scale-bench-sources-'));
const memory = corpusMemory[scale];
buildDist();
const started = Date.now();
const server = await startServerProcess(
  {
    NEO4J_DATA_DIR: storeDir(scale, seed),
    NEO4J_HEAP: memory.heap,
    NEO4J_PAGECACHE: memory.pagecache,
    SOURCES_DIR: emptySources,
    QUERY_TIMEOUT_MS: process.env['QUERY_TIMEOUT_MS'] ?? '30000',
    LOG_CYPHER: plansMode ? '1' : '0',
  },
  { compiled: true },
);
// Until its warm-up has run every example operation, the server reads level by level (see
// QueryRunner.plansWarm): wait for it, so the figures are of the composed statements.
const warm = await server.waitForLog('database ready', 1_800_000).then(
  () => true,
  () => false,
);
for (const failure of server.logs.filter((l) => l.message === 'warm-up failed; retrying').slice(0, 3)) console.log(`warm-up failed once: ${String(failure['error'])}`);
for (const slow of server.logs.filter((l) => l.message === 'example operation too large for the limits; not retried')) console.log(`warm-up let pass: ${String(slow['file'])} (${String(slow['code'])})`);
const coldStartMs = Date.now() - started;
const boltPort = Number(/bolt:\/\/[^:]+:(\d+)/.exec(JSON.stringify(server.logs.find((l) => l.message === 'embedded Neo4j ready')))?.[1]);
const boltUri = `bolt://127.0.0.1:${boltPort}`;
const auth = embeddedAuth(storeDir(scale, seed));
const running: Record<Side, RunningSide> = { ours: ours(server), peer: await startPeer(boltUri, auth), floor: await startFloor(boltUri, auth) };
console.log(`corpus ${scale}: ${manifest.load.nodes} nodes, ${manifest.load.relationships} relationships; three sides up (cold start and warm-up ${coldStartMs} ms${warm ? '' : ', warm-up not finished'})`);

interface Figures {
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  jvmCpuMsPerRequest: number;
  failures: number;
}
const results: { question: string; peerCannot: string | null; sides: Partial<Record<Side, Figures[]>> }[] = [];
const differences: Difference[] = [];
const errors: string[] = [];
let peakServerRss = 0;
let peakNeo4jRss = 0;
const sample = () => {
  peakServerRss = Math.max(peakServerRss, rssMiB(running.ours.pid) ?? 0);
  peakNeo4jRss = Math.max(peakNeo4jRss, rssMiB(server.jvmPid) ?? 0);
};

try {
  const statements: Statement[] = [];
  for (const question of [...questions]) {
    try {
      const from = server.logs.length;
      const answer = (await ask(running.ours, question)).data;
      await new Promise((resolve) => setTimeout(resolve, 200));
      statements.push(...statementsOf(server.logs, question.name, from, server.logs.length), floorStatement(question));
      for (const side of question.peer ? (['peer', 'floor'] as const) : (['floor'] as const)) {
        const difference = compare(question, side, answer, (await ask(running[side], question)).data);
        if (difference) differences.push(difference);
      }
    } catch (error) {
      // One question that errs (a timeout at scale) is reported; the others are still measured.
      errors.push(`${question.name}: ${error instanceof Error ? error.message.slice(0, 500) : String(error)}`);
      questions.splice(questions.indexOf(question), 1);
    }
  }
  if (differences.length) throw new Error(`the sides disagree:\n${differences.map(describe).join('\n')}`);
  console.log('same facts on every side that can ask the question');

  {
    const timer = setInterval(sample, 200);
    for (let round = 1; round <= (seconds > 0 ? rounds : 0); round += 1) {
      for (const question of questions) {
        const row = results.find((r) => r.question === question.name) ?? {
          question: question.name,
          peerCannot: question.peer ? null : (question.peerCannot?.[0]?.why ?? 'cannot express'),
          sides: {},
        };
        if (!results.includes(row)) results.push(row);
        for (const side of question.peer ? (['ours', 'peer', 'floor'] as const) : (['ours', 'floor'] as const)) {
          const target = running[side].target(question);
          const warmFailures = await warmUp(target, warmupSeconds);
          const probe = await latency(target, 3);
          const amount = Math.max(10, Math.min(requests, Math.round((seconds * 1000) / Math.max(probe.p50Ms, 0.1))));
          const before = cpuMs(server.jvmPid);
          const slow = await latency(target, amount);
          const fast = await throughput(target, seconds);
          const jvm = (cpuMs(server.jvmPid) - before) / (slow.requests + fast.requests);
          const failures = warmFailures + slow.failures + fast.failures;
          if (failures) errors.push(`${question.name}, ${side}: ${failures} failed requests`);
          (row.sides[side] ??= []).push({ p50Ms: slow.p50Ms, p99Ms: slow.p99Ms, requestsPerSecond: fast.requestsPerSecond, jvmCpuMsPerRequest: jvm, failures });
          console.log(`${scale} ${question.name} ${side}: p50 ${slow.p50Ms.toFixed(2)} ms, p99 ${slow.p99Ms.toFixed(2)} ms (${amount} requests), ${Math.round(fast.requestsPerSecond)} req/s`);
        }
      }
    }
    clearInterval(timer);
  }
  if (plansMode) {
    const markdown = await profileStatements(boltUri, auth, scale, statements);
    const file = path.join(projectRoot, 'bench', 'results', `plans-${scale}.md`);
    writeFileSync(file, markdown);
    console.log(`plans written to ${path.relative(projectRoot, file)}`);
  }
} catch (error) {
  if (!differences.length) errors.push(String(error instanceof Error ? error.message : error));
} finally {
  for (const side of ['floor', 'peer', 'ours'] as const) await running[side].stop();
  await waitUntilGone(server.jvmPid, 30_000);
  rmSync(server.dataDir, { recursive: true, force: true });
  rmSync(emptySources, { recursive: true, force: true });
}

if (differences.length) {
  console.error(`same-facts check failed:\n${differences.map(describe).join('\n')}`);
  process.exit(1);
}

// Plans only (BENCH_SECONDS=0): the figures of an earlier run stay as they are.
if (seconds <= 0) {
  if (plansMode) writeSummary();
  process.exit(errors.length ? 1 : 0);
}

const med = (list: Figures[] | undefined, key: keyof Figures) => (list ? median(list.map((f) => f[key])) : NaN);
const f = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(2) : n.toFixed(1)) : '–');
const rows = results.map((r) => {
  const figures = (side: Side) =>
    r.sides[side] ? { p50Ms: med(r.sides[side], 'p50Ms'), p99Ms: med(r.sides[side], 'p99Ms'), requestsPerSecond: med(r.sides[side], 'requestsPerSecond'), jvmCpuMsPerRequest: med(r.sides[side], 'jvmCpuMsPerRequest') } : null;
  return { question: r.question, peerCannot: r.peerCannot, ours: figures('ours'), peer: figures('peer'), floor: figures('floor') };
});
const table = [
  '| question | ours p50 / p99 ms, req/s | peer p50 / p99 ms, req/s | floor p50 / p99 ms, req/s | ours÷floor p50 | ours÷peer req/s | JVM CPU ms/req (ours/peer/floor) |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => {
    const cell = (x: typeof r.ours) => (x ? `${f(x.p50Ms)} / ${f(x.p99Ms)} / ${Math.round(x.requestsPerSecond)}` : 'cannot express');
    const ratioPeer = r.ours && r.peer ? f(r.ours.requestsPerSecond / r.peer.requestsPerSecond) : '–';
    const cpu = [r.ours, r.peer, r.floor].map((x) => (x ? f(x.jvmCpuMsPerRequest) : '–')).join(' / ');
    return `| ${r.question} | ${cell(r.ours)} | ${cell(r.peer)} | ${cell(r.floor)} | ${r.ours && r.floor ? f(r.ours.p50Ms / r.floor.p50Ms) : '–'} | ${ratioPeer} | ${cpu} |`;
  }),
].join('\n');
const params = scaleParams(scale, seed);
const settings = { rounds, requests, seconds, warmupSeconds, loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))) };
const resultsDir = path.join(projectRoot, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const memoryFigures = { serverPeakRssMiB: peakServerRss, neo4jPeakRssMiB: peakNeo4jRss, heap: memory.heap, pagecache: memory.pagecache };
writeFileSync(
  path.join(resultsDir, `${scale}.json`),
  `${JSON.stringify({ date: new Date().toISOString(), scale, seed, corpus: manifest, params: { ...params, counts: undefined }, settings, coldStartMs, memory: memoryFigures, rows, errors }, null, 2)}\n`,
);
writeFileSync(
  path.join(resultsDir, `${scale}.md`),
  [
    `# Scale ${scale} (${new Date().toISOString()})`,
    '',
    `Corpus: ${manifest.load.nodes} nodes, ${manifest.load.relationships} relationships (seed ${seed}); loaded at ${manifest.load.elementsPerSecond} elements/s ` +
      `(${manifest.load.ms} ms, then ${manifest.indexesMs} ms for the indexes). Neo4j heap ${memory.heap}, page cache ${memory.pagecache}.`,
    `Asked about: ${params.person} (the busiest person), ${params.countryA}–${params.countryB} (the busiest countries), ${params.from} → ${params.to}, search "${params.search}".`,
    '',
    `Medians of ${rounds} round(s); p50/p99 at concurrency 1 over up to ${requests} requests, req/s at 10 connections over ${seconds} s. Load average during the run: ${settings.loadAverage.join(', ')} (2 cores, shared).`,
    '',
    table,
    '',
    ...rows.filter((r) => r.peerCannot).map((r) => `- ${r.question}: the peer cannot express it (${r.peerCannot}).`),
    '',
    `Peak RSS under load: our server ${peakServerRss} MiB, Neo4j ${peakNeo4jRss} MiB. Our server's cold start ${coldStartMs} ms.`,
    errors.length ? ['', 'Errors:', ...errors.map((e) => `- ${e}`)].join('\n') : '',
    '',
  ].join('\n'),
);
console.log(table);
console.log(`peak RSS: ours ${peakServerRss} MiB, Neo4j ${peakNeo4jRss} MiB; written to bench/results/${scale}.{md,json}`);
writeSummary();
console.log('bench/results/scales.md and the table in docs/scaling.md updated');
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
