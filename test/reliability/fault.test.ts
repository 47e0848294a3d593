import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { startServerProcess, waitUntilGone } from '../support/serverProcess.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(url: string, query: string) {
  const started = Date.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { ms: Date.now() - started, status: response.status, body };
}

/** Polls until `test` holds or the time is up; returns how long it took, or undefined. */
async function within(ms: number, test: () => Promise<boolean>): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await test()) return Date.now() - started;
    await sleep(20);
  }
  return undefined;
}

describe('when the embedded JVM dies', () => {
  it('says so at once, fails requests fast, restarts it and answers again once plans are warm', async () => {
    const server = await startServerProcess();
    const base = server.url.replace('/graphql', '');
    const status = async (route: string) => (await fetch(`${base}${route}`)).status;
    const trussMeetings = readFileSync(path.join(projectRoot, 'operations', 'TrussMeetings.graphql'), 'utf8');
    try {
      expect(await status('/ready')).toBe(200);
      const logsBefore = server.logs.length;

      const killedAt = Date.now();
      process.kill(server.jvmPid, 'SIGKILL');
      const unreadyMs = await within(1000, async () => (await status('/ready')) === 503);
      expect(unreadyMs).toBeDefined();
      // Alive and recovering by itself: no reason for a supervisor to restart the process.
      expect(await status('/health')).toBe(200);
      const failures: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const during = await post(server.url, trussMeetings);
        expect(during.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        failures.push(during.ms);
      }
      expect(Math.max(...failures)).toBeLessThan(1000);
      expect(server.logs.slice(logsBefore).map((entry) => entry.message)).toEqual(
        expect.arrayContaining(['embedded Neo4j died', 'database unavailable']),
      );

      const restarted = await server.waitForLog('embedded Neo4j restarted', 180_000, logsBefore);
      const restartedAt = Date.parse(String(restarted.time));
      expect(restarted.pid).not.toBe(server.jvmPid);
      // Queries are accepted as soon as the probe finds the new JVM answering, while the example
      // operations warm its plans; /ready turns 200 once they have.
      let after = await post(server.url, trussMeetings);
      while (after.body.errors) {
        expect(after.body.errors[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        await sleep(50);
        after = await post(server.url, trussMeetings);
      }
      const answeredAfterRestartMs = Date.now() - restartedAt;
      // Ready once the example operations have run on the new JVM, however long a busy machine takes.
      const warmed = await server.waitForLog('database ready', 300_000, logsBefore);
      expect(await status('/ready')).toBe(200);
      const readyAfterRestartMs = Date.parse(String(warmed.time)) - restartedAt;
      console.log(
        `fault: /ready 503 ${unreadyMs} ms after the kill; requests failed in at most ${Math.max(...failures)} ms; ` +
          `JVM restarted ${restartedAt - killedAt} ms after the kill; an operation answered ${answeredAfterRestartMs} ms and ` +
          `/ready was 200 ${readyAfterRestartMs} ms after the restart`,
      );
      expect(after.body.data).toBeTruthy();
      // Clients were served while the new JVM's plans were still warming, not made to wait for it
      // (a bound in seconds would be a bet on how busy the machine is).
      expect(answeredAfterRestartMs).toBeLessThan(readyAfterRestartMs);
      const messages = server.logs.slice(logsBefore).map((entry) => entry.message);
      // Ready only after the example operations ran once on the new JVM.
      expect(messages.lastIndexOf('database ready')).toBeGreaterThan(messages.indexOf('embedded Neo4j died'));
      expect(server.logs.filter((entry) => entry.message === 'database ready').at(-1)?.['warmUpMs']).toEqual(expect.any(Number));

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(await waitUntilGone(Number(restarted.pid), 10_000)).toBe(true);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  }, 480_000);
});
