// `npm run bench`: the real server, started as `npm start` starts it (its own process, the
// embedded Neo4j in a child JVM), loaded over HTTP by autocannon from this process with the
// example analyst operations. Prints a table, writes bench/results.json, and exits non-zero
// when a target below is missed.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/config.js';
import { buildDist, startServerProcess, waitUntilGone } from '../test/support/serverProcess.js';
import { rssMiB } from './memory.js';

const targets = {
  p99Ms: Number(process.env['BENCH_TARGET_P99_MS'] ?? 250),
  minRequestsPerSecond: Number(process.env['BENCH_TARGET_RPS'] ?? 100),
  serverRssMiB: 400,
  neo4jRssMiB: 1200,
};
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const warmupSeconds = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 3);
const allOperations = ['TrussMeetings', 'LavrovCounterpart', 'UkUkraineRelations', 'JohnsonTimeline', 'SearchSanctions', 'DefenderToRussia', 'Unconfirmed'];
// BENCH_OPERATIONS=A,B runs only those, for a quick look at one question.
const operations = process.env['BENCH_OPERATIONS']?.split(',') ?? allOperations;

// The compiled server npm start runs, built before the clock starts.
buildDist();
const started = Date.now();
const server = await startServerProcess({}, { compiled: true });
const coldStartMs = Date.now() - started;
const serverPid = server.child.pid ?? -1;
const memory = () => ({ serverRssMiB: rssMiB(serverPid), neo4jRssMiB: rssMiB(server.jvmPid) });
const idle = memory();

const results = [];
let failed = false;
let afterLoad = idle;
try {
  for (const name of operations) {
    const body = JSON.stringify({ query: readFileSync(path.join(projectRoot, 'operations', `${name}.graphql`), 'utf8') });
    const check = (await (await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as {
      errors?: unknown;
    };
    if (check.errors) throw new Error(`${name} answered with errors: ${JSON.stringify(check.errors)}`);
    const load = { url: server.url, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body, connections };
    // Unmeasured warm-up: the JIT compilers of both processes and Neo4j's query caches settle first.
    await autocannon({ ...load, duration: warmupSeconds });
    const result = await autocannon({ ...load, duration: seconds });
    const row = {
      operation: name,
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.non2xx + result.timeouts,
    };
    const ok = row.errors === 0 && row.p99Ms <= targets.p99Ms && row.requestsPerSecond >= targets.minRequestsPerSecond;
    failed ||= !ok;
    results.push({ ...row, ok });
  }
} finally {
  afterLoad = memory();
  server.child.kill('SIGTERM');
  await server.exited;
  await waitUntilGone(server.jvmPid, 10_000);
  rmSync(server.dataDir, { recursive: true, force: true });
}
const memoryOk = (afterLoad.serverRssMiB ?? Infinity) <= targets.serverRssMiB && (afterLoad.neo4jRssMiB ?? Infinity) <= targets.neo4jRssMiB;
failed ||= !memoryOk;

console.table(results);
const summary = { date: new Date().toISOString(), coldStartMs, idle, afterLoad, targets, connections, seconds };
console.log(summary);
writeFileSync(path.join(projectRoot, 'bench', 'results.json'), `${JSON.stringify({ ...summary, results }, null, 2)}\n`);
if (failed) {
  console.error('benchmark targets missed');
  process.exit(1);
}
