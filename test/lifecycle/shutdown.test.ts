import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.js';
import { describe, expect, it } from 'vitest';
import { isAlive, startServerProcess, waitUntilGone } from '../support/serverProcess.js';

// Each test starts a server with a store of its own, seeded afresh: minutes on a busy machine,
// so they share one file and run one after another rather than beside each other. Those that send
// no real load skip the warm-up (WARM_UP=off): how the process stops does not depend on its plans. Stopping
// through `npm start` is in npmStart.test.ts.

describe('stopping the server', () => {
  it('answers every request in flight when SIGTERM comes under load, then exits 0, leaving no Java process behind', async () => {
    // The Cypher debug log marks each request whose query reached the database: in flight for sure.
    const server = await startServerProcess({ LOG_CYPHER: '1', WARM_UP: 'off' });
    expect(server.jvmPid).toBeGreaterThan(0);
    expect(isAlive(server.jvmPid)).toBe(true);
    expect((await fetch(server.url.replace('/graphql', '/ready'))).status).toBe(200);
    const query = readFileSync(path.join(projectRoot, 'operations', 'LavrovCounterpart.graphql'), 'utf8');
    const ask = () => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    // Asked once first, as the warm-up would: the burst is answered from a made plan, not planned
    // twenty times over a drain's grace period on a busy machine.
    expect((await ask()).status).toBe(200);
    const from = server.logs.length;
    const inFlight = () => server.logs.slice(from).filter((entry) => entry.message === 'cypher').length;
    const requests = Array.from({ length: 20 }, () =>
      ask().then(
        async (response) => ({ status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown } }),
        (error: unknown) => ({ status: 0, body: { errors: [String(error)] } as { data?: unknown; errors?: unknown } }),
      ),
    );
    while (inFlight() < 5) await new Promise((resolve) => setTimeout(resolve, 5));
    const started = inFlight();
    server.child.kill('SIGTERM');
    const answers = await Promise.all(requests);
    const answered = answers.filter((answer) => answer.status === 200 && answer.body.data && !answer.body.errors);
    // Requests the server had started all finish; any it had not yet read may be refused, never failed half-way.
    expect(answered.length).toBeGreaterThanOrEqual(started);
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
    expect(await server.exited).toBe(0);
    expect(await waitUntilGone(server.jvmPid, 10_000)).toBe(true);
    rmSync(server.dataDir, { recursive: true, force: true });
  }, 240_000);

  it('stops, taking the JVM with it, when whoever reads its output goes away', async () => {
    // The Cypher debug log writes a line for every query, so the next request writes to the pipe.
    const server = await startServerProcess({ LOG_CYPHER: '1', WARM_UP: 'off' });
    // As when the terminal or harness reading the logs dies: every later write meets a closed pipe.
    server.child.stdout?.destroy();
    server.child.stderr?.destroy();
    await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ sources { nodes { id } } }"}' }).catch(() => null);
    expect(await server.exited).not.toBeNull();
    expect(await waitUntilGone(server.jvmPid, 30_000)).toBe(true);
    rmSync(server.dataDir, { recursive: true, force: true });
  }, 240_000);

  it('takes the embedded JVM down with it even when killed outright', async () => {
    const server = await startServerProcess({ WARM_UP: 'off' });
    server.child.kill('SIGKILL');
    await server.exited;
    // Nothing runs in the killed process; the JVM sees its stdin close and shuts its store down.
    expect(await waitUntilGone(server.jvmPid, 30_000)).toBe(true);
    rmSync(server.dataDir, { recursive: true, force: true });
  }, 240_000);
});
