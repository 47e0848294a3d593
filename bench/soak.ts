// `npm run soak`: the real server under a steady mix of the example operations for a long while
// (SOAK_SECONDS, default 600, at SOAK_CONNECTIONS, default 10), to show it neither fails nor
// grows. Reports requests, errors (non-2xx, GraphQL errors, timeouts) and the resident memory of
// the server and the JVM at the start and the end, each minute in between; writes
// bench/results/soak.json. Not part of the test suite: it runs for minutes by design.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/config.js';
import { buildDist, startServerProcess, waitUntilGone } from '../test/support/serverProcess.js';
import { rssMiB } from './memory.js';

const seconds = Number(process.env['SOAK_SECONDS'] ?? 600);
const connections = Number(process.env['SOAK_CONNECTIONS'] ?? 10);

const operations = readdirSync(path.join(projectRoot, 'operations'))
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => JSON.stringify({ query: readFileSync(path.join(projectRoot, 'operations', file), 'utf8') }));

// The compiled server npm start runs, statements not logged, so its memory is what users get.
buildDist();
const server = await startServerProcess({ LOG_CYPHER: '0' }, { compiled: true });
const serverPid = server.child.pid ?? -1;
const memory = () => ({ at: new Date().toISOString(), serverRssMiB: rssMiB(serverPid), neo4jRssMiB: rssMiB(server.jvmPid) });
const samples = [memory()];
let graphqlErrors = 0;
try {
  const sampler = setInterval(() => samples.push(memory()), 60_000);
  const result = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    // Every request is one of the example operations, in turn, each checked for GraphQL errors.
    requests: operations.map((body) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body,
      onResponse: (_status: number, responseBody: string) => {
        if (responseBody.includes('"errors"')) graphqlErrors++;
      },
    })),
  });
  clearInterval(sampler);
  samples.push(memory());
  const report = {
    date: new Date().toISOString(),
    seconds,
    connections,
    operations: operations.length,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts + graphqlErrors,
    start: samples[0],
    end: samples.at(-1),
    samples,
  };
  mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(projectRoot, 'bench', 'results', 'soak.json'), `${JSON.stringify(report, null, 2)}\n`);
  const { samples: _samples, ...headline } = report;
  console.log(headline);
} finally {
  server.child.kill('SIGTERM');
  await server.exited;
  await waitUntilGone(server.jvmPid, 10_000);
  rmSync(server.dataDir, { recursive: true, force: true });
}
