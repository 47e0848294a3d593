// `npm run bench`: the three-way comparison (issue 8). In one run, on one database, the same
// questions asked of (a) our API, (b) the API @neo4j/graphql 7 generates over the same graph
// (bench/peer/) and (c) the floor, one hand-written Cypher per question behind a bare HTTP
// endpoint (bench/floor/). First every side must give the same facts (bench/sameFacts.ts); then,
// for each round, question and side in turn (interleaved, so drift on this shared machine falls
// on all three alike): latency at concurrency 1, throughput at 10 connections, node and JVM CPU
// per request from /proc, and database round trips per request. Prints the medians across
// rounds, writes bench/results/three-way.{md,json}, and names any target missed. Exits non-zero
// only when a side errs or the facts differ; a missed target is a figure, not a failure.
//
// Knobs: BENCH_ROUNDS (3), BENCH_REQUESTS (300, at concurrency 1), BENCH_SECONDS (10, at 10
// connections), BENCH_WARMUP_SECONDS (2), BENCH_QUESTIONS=TrussMeetings,ActorById (default all).
// With --scale S|M|L, the scale bench instead (bench/scale/run.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { projectRoot } from '../src/config.js';
import { waitUntilGone } from '../test/support/serverProcess.js';
import { cpuMs } from './cpu.js';
import { latency, throughput, warmUp } from './load.js';
import { rssMiB } from './memory.js';
import { questions as allQuestions } from './questions/index.js';
import { sidesOf, type Question, type Side } from './questions/types.js';
import { markdown, median, medians, missedTargets, tableRows, targets, type Measurement, type Row } from './report.js';
import { ask, compare, describe, type Difference } from './sameFacts.js';
import { ours, startFloor, startOurs, startPeer, type RunningSide } from './sides.js';

// `npm run bench -- --scale S|M|L`: the same comparison over a generated corpus (bench/scale/).
if (process.argv.includes('--scale')) {
  await import('./scale/run.js');
  process.exit(0);
}

const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
const requests = Number(process.env['BENCH_REQUESTS'] ?? 300);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const warmupSeconds = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 2);
const wanted = process.env['BENCH_QUESTIONS']?.split(',').map((name) => name.trim().toLowerCase());
const questions = wanted ? allQuestions.filter((q) => wanted.includes(q.name.toLowerCase())) : allQuestions;
if (questions.length === 0) throw new Error(`BENCH_QUESTIONS matches none of ${allQuestions.map((q) => q.name).join(', ')}`);

/** Root fields of our operation: the round-trip target is one per root field. */
function rootFields(question: Question): number {
  const document = parse(question.ours.document ?? readFileSync(path.join(projectRoot, 'operations', `${question.ours.operation}.graphql`), 'utf8'));
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation && operation.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections.length : 1;
}

const started = Date.now();
const { server, boltUri, auth } = await startOurs();
const coldStartMs = Date.now() - started;
const jvmPid = server.jvmPid;
const running: Record<Side, RunningSide> = { ours: ours(server), peer: await startPeer(boltUri, auth), floor: await startFloor(boltUri, auth) };
const memory = () => ({
  serverRssMiB: rssMiB(running.ours.pid),
  neo4jRssMiB: rssMiB(jvmPid),
  peerRssMiB: rssMiB(running.peer.pid),
  floorRssMiB: rssMiB(running.floor.pid),
});
const idle = memory();
console.log(`three sides up (our server cold start ${coldStartMs} ms); ${questions.length} questions, ${rounds} rounds`);

const differences: Difference[] = [];
const sideErrors: string[] = [];
const measurements: Measurement[] = [];
let afterLoad = idle;
try {
  // 1. Same facts, before any figure means anything.
  for (const question of questions) {
    const answers = {} as Record<Side, unknown>;
    for (const side of sidesOf(question)) answers[side] = (await ask(running[side], question)).data;
    for (const side of sidesOf(question).filter((side) => side !== 'ours')) {
      const difference = compare(question, side, answers.ours, answers[side]);
      if (difference) differences.push(difference);
    }
  }
  if (differences.length) throw new Error(`the sides disagree:\n${differences.map(describe).join('\n')}`);
  console.log('same facts on every side (the peer where it can express the question)');

  // 2. Interleaved measurement rounds.
  for (let round = 1; round <= rounds; round += 1) {
    for (const question of questions) {
      for (const side of sidesOf(question)) {
        const target = running[side].target(question);
        const warmFailures = await warmUp(target, warmupSeconds);
        const trips = [];
        for (let i = 0; i < 3; i += 1) trips.push((await ask(running[side], question)).roundTrips);
        const pid = running[side].pid;
        const before = { node: cpuMs(pid), jvm: cpuMs(jvmPid) };
        const slow = await latency(target, requests);
        const fast = await throughput(target, seconds);
        const after = { node: cpuMs(pid), jvm: cpuMs(jvmPid) };
        const total = slow.requests + fast.requests;
        const failures = warmFailures + slow.failures + fast.failures;
        if (failures) sideErrors.push(`round ${round}, ${question.name}, ${side}: ${failures} failed requests`);
        measurements.push({
          round,
          question: question.name,
          side,
          p50Ms: slow.p50Ms,
          p99Ms: slow.p99Ms,
          requestsPerSecond: fast.requestsPerSecond,
          nodeCpuMsPerRequest: (after.node - before.node) / total,
          jvmCpuMsPerRequest: (after.jvm - before.jvm) / total,
          roundTripsPerRequest: median(trips),
          failures,
        });
        console.log(
          `round ${round} ${question.name} ${side}: p50 ${slow.p50Ms.toFixed(2)} ms, p99 ${slow.p99Ms.toFixed(2)} ms, ${Math.round(fast.requestsPerSecond)} req/s`,
        );
      }
    }
  }
  afterLoad = memory();
} catch (error) {
  if (!differences.length) sideErrors.push(String(error instanceof Error ? error.message : error));
} finally {
  for (const side of ['floor', 'peer', 'ours'] as const) await running[side].stop();
  await waitUntilGone(jvmPid, 10_000);
  rmSync(server.dataDir, { recursive: true, force: true });
}

if (differences.length) {
  console.error(`same-facts check failed:\n${differences.map(describe).join('\n')}`);
  process.exit(1);
}
if (sideErrors.length && measurements.length === 0) {
  console.error(`a side failed:\n${sideErrors.join('\n')}`);
  process.exit(1);
}

const rows: Row[] = questions.map((question) => ({
  question: question.name,
  rootFields: rootFields(question),
  sides: { ours: medians(measurements, question.name, 'ours'), peer: medians(measurements, question.name, 'peer'), floor: medians(measurements, question.name, 'floor') },
}));
const table = tableRows(rows);
console.table(table);
const missed = missedTargets(rows);
const peerCannot = questions.flatMap((q) => (q.peerCannot ?? []).map((c) => ({ question: q.name, cannot: c.why })));
const settings = { rounds, requestsAtConcurrency1: requests, secondsAt10Connections: seconds, warmupSeconds };

const resultsDir = path.join(projectRoot, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  path.join(resultsDir, 'three-way.md'),
  [
    `# Three-way benchmark (${new Date().toISOString()})`,
    '',
    `Medians of ${rounds} interleaved rounds; p50/p99 at concurrency 1 over ${requests} requests, req/s at 10 connections over ${seconds} s. ` +
      'CPU is per request over both windows, from /proc (the JVM is shared: its figure is what each side made it spend). ' +
      'ours = this API, peer = @neo4j/graphql 7 (bench/peer/), floor = one hand-written Cypher per question (bench/floor/).',
    '',
    markdown(table),
    '',
    `Targets: our req/s ≥ ${targets.oursOverPeerRps}× the peer's; our p50 ≤ ${targets.oursOverFloorP50}× the floor's; one database round trip per root field; our node CPU per request ≤ ${targets.oursOverFloorNodeCpu}× the floor's.`,
    '',
    missed.length ? ['Missed:', ...missed.map((m) => `- ${m}`)].join('\n') : 'All targets met.',
    '',
    peerCannot.length ? ['What the peer cannot express (left out of its comparison):', ...peerCannot.map((p) => `- ${p.question}: ${p.cannot}`)].join('\n') : '',
    '',
    `Memory after load: ${JSON.stringify(afterLoad)}; our server's cold start ${coldStartMs} ms.`,
    '',
  ].join('\n'),
);
writeFileSync(
  path.join(resultsDir, 'three-way.json'),
  `${JSON.stringify({ date: new Date().toISOString(), settings, coldStartMs, idle, afterLoad, targets, missed, peerCannot, rows, measurements, sideErrors }, null, 2)}\n`,
);

if (missed.length) console.log(`targets missed:\n${missed.map((m) => `  ${m}`).join('\n')}`);
else console.log('all targets met');
if (peerCannot.length) console.log(`the peer cannot express:\n${peerCannot.map((p) => `  ${p.question}: ${p.cannot}`).join('\n')}`);
console.log(`memory after load (MiB): ${JSON.stringify(afterLoad)}; cold start ${coldStartMs} ms; written to bench/results/three-way.{md,json}`);
if (sideErrors.length) {
  console.error(`a side failed:\n${sideErrors.join('\n')}`);
  process.exit(1);
}
