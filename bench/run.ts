// `npm run bench`: the real server over HTTP against the real embedded Neo4j, loaded by
// autocannon with the example analyst operations. Prints a table, writes bench/results.json,
// and exits non-zero when a target below is missed.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { createApp } from '../src/app.js';
import { loadConfig, projectRoot } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { freePort } from '../test/support/ports.js';
import { rssMiB } from './memory.js';

const targets = {
  p99Ms: Number(process.env['BENCH_TARGET_P99_MS'] ?? 250),
  minRequestsPerSecond: Number(process.env['BENCH_TARGET_RPS'] ?? 100),
  serverRssMiB: 400,
  neo4jRssMiB: 1200,
};
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const operations = ['TrussMeetings', 'LavrovCounterpart', 'UkUkraineRelations', 'JohnsonTimeline', 'SearchSanctions', 'DefenderToRussia'];

const dataDir = path.join(projectRoot, '.neo4j', 'bench-data');
rmSync(dataDir, { recursive: true, force: true });
const config = loadConfig({ ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()) });
const started = Date.now();
const app = await createApp(config, silentLogger);
await new Promise<void>((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
const startupMs = Date.now() - started;
const address = app.server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('no address');
const url = `http://127.0.0.1:${address.port}/graphql`;
const jvmPid = app.database.embedded?.pid;

const idle = { serverRssMiB: rssMiB(process.pid), neo4jRssMiB: jvmPid ? rssMiB(jvmPid) : null };
const results = [];
let failed = false;
for (const name of operations) {
  const body = JSON.stringify({ query: readFileSync(path.join(projectRoot, 'operations', `${name}.graphql`), 'utf8') });
  const check = (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as { errors?: unknown };
  if (check.errors) throw new Error(`${name} answered with errors: ${JSON.stringify(check.errors)}`);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });
  const row = {
    operation: name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
  const ok = row.errors === 0 && row.p99Ms <= targets.p99Ms && row.requestsPerSecond >= targets.minRequestsPerSecond;
  failed ||= !ok;
  results.push({ ...row, ok });
}
const loaded = { serverRssMiB: rssMiB(process.pid), neo4jRssMiB: jvmPid ? rssMiB(jvmPid) : null };
const memoryOk = (loaded.serverRssMiB ?? 0) <= targets.serverRssMiB && (loaded.neo4jRssMiB ?? 0) <= targets.neo4jRssMiB;
failed ||= !memoryOk;

await app.stop();
rmSync(dataDir, { recursive: true, force: true });

console.table(results);
console.log({ startupMs, idle, afterLoad: loaded, targets, connections, seconds });
writeFileSync(
  path.join(projectRoot, 'bench', 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), startupMs, idle, afterLoad: loaded, targets, connections, seconds, results }, null, 2)}\n`,
);
if (failed) {
  console.error('benchmark targets missed');
  process.exit(1);
}
