import { describe, expect, it, vi } from 'vitest';
import type { JvmExit, RunningNeo4j } from '../../src/db/embedded.js';
import { superviseEmbedded, type Neo4jEvent } from '../../src/db/supervisor.js';
import { createReadiness } from '../../src/http/readiness.js';
import { silentLogger } from '../../src/logger.js';

/** Waits for background loops without betting on how fast a busy machine runs them. */
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 5000, interval: 5 });

describe('readiness', () => {
  it('is ready only after a probe answers and the warm-up has run, and refuses queries while down', async () => {
    let answers = true;
    let warmed = 0;
    const readiness = createReadiness({ probe: async () => answers, warm: async () => void (warmed += 1), logger: silentLogger, intervalMs: 10 });
    try {
      expect(await readiness.firstReady(2000)).toBe(true);
      expect(warmed).toBe(1);
      readiness.markDown();
      expect([readiness.isReady(), readiness.accepting(), readiness.isAlive()]).toEqual([false, false, true]);
      answers = false;
      expect(readiness.state().kind).toBe('down');
      answers = true;
      await eventually(() => expect(readiness.isReady()).toBe(true));
      expect(warmed).toBe(2);
    } finally {
      readiness.stop();
    }
  });

  it('takes one failed probe between good ones for a busy machine, not an outage', async () => {
    const answers = [true, false, true, true];
    let probes = 0;
    let warmed = 0;
    const readiness = createReadiness({
      probe: async () => answers[Math.min(probes++, answers.length - 1)]!,
      warm: async () => void (warmed += 1),
      logger: silentLogger,
      intervalMs: 10,
    });
    try {
      expect(await readiness.firstReady(2000)).toBe(true);
      await eventually(() => expect(probes).toBeGreaterThanOrEqual(4));
      // Still the first warm-up: the failed probe never turned it down.
      expect([readiness.state().kind, warmed]).toEqual(['ready', 1]);
    } finally {
      readiness.stop();
    }
  });

  it('takes probes that answer late, each of them, for a busy database, not a down one', async () => {
    let probes = 0;
    let warmed = 0;
    const readiness = createReadiness({
      // Every probe after the first waits 600 ms for its answer, as a trivial read did on two busy CPUs.
      probe: () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), probes++ === 0 ? 0 : 600)),
      warm: async () => void (warmed += 1),
      logger: silentLogger,
      intervalMs: 10,
    });
    try {
      expect(await readiness.firstReady(2000)).toBe(true);
      await vi.waitFor(() => expect(probes).toBeGreaterThanOrEqual(4), { timeout: 10_000, interval: 20 });
      expect([readiness.state().kind, readiness.accepting(), warmed]).toEqual(['ready', true, 1]);
    } finally {
      readiness.stop();
    }
  });

  it('counts probes slower than their timeout as down', async () => {
    const readiness = createReadiness({ probe: () => new Promise<boolean>(() => undefined), warm: async () => undefined, logger: silentLogger, intervalMs: 10, probeTimeoutMs: 50 });
    try {
      await eventually(() => expect(readiness.state().kind).toBe('down'));
    } finally {
      readiness.stop();
    }
  });

  it('stays unready while the warm-up fails, and retries it', async () => {
    let failures = 2;
    const readiness = createReadiness({
      probe: async () => true,
      warm: async () => {
        if (failures-- > 0) throw new Error('cold');
      },
      logger: silentLogger,
      intervalMs: 10,
    });
    try {
      expect(readiness.isReady()).toBe(false);
      expect(await readiness.firstReady(2000)).toBe(true);
      expect(failures).toBe(-1);
    } finally {
      readiness.stop();
    }
  });
});

/** A JVM stand-in whose death the test decides (or a kill, as the real one would). */
function fakeJvm(pid: number) {
  const listeners: ((exit: JvmExit) => void)[] = [];
  const die = () => listeners.forEach((listener) => listener({ code: null, signal: 'SIGKILL' }));
  const jvm: RunningNeo4j = { uri: 'bolt://127.0.0.1:1', auth: { username: 'neo4j', password: 'unused-in-this-test' }, pid, onUnexpectedExit: (listener) => void listeners.push(listener), kill: die, stop: async () => undefined };
  return { jvm, die };
}

describe('the embedded JVM supervisor', () => {
  it('restarts a JVM that died, then gives up when restarts keep failing', async () => {
    const first = fakeJvm(1);
    const second = fakeJvm(2);
    const starts = [async () => first.jvm, async () => second.jvm];
    const events: Neo4jEvent[] = [];
    const supervised = await superviseEmbedded(
      () => (starts.shift() ?? (() => Promise.reject(new Error('store damaged'))))(),
      (event) => events.push(event),
      silentLogger,
      { delaysMs: [1, 1, 1], maxDeaths: 5, windowMs: 60_000 },
    );
    first.die();
    await eventually(() => expect(supervised.pid()).toBe(2));
    second.die();
    await eventually(() => expect(events.at(-1)?.kind).toBe('gaveUp'));
    expect(events.map((event) => event.kind)).toEqual(['died', 'restarted', 'died', 'gaveUp']);
    expect(events.at(-1)).toEqual({ kind: 'gaveUp', reason: '3 restart attempts failed' });
  });

  it('gives up on a crash loop: more deaths than allowed within the window', async () => {
    let pid = 0;
    const jvms: ReturnType<typeof fakeJvm>[] = [];
    const events: Neo4jEvent[] = [];
    await superviseEmbedded(
      async () => {
        const made = fakeJvm((pid += 1));
        jvms.push(made);
        return made.jvm;
      },
      (event) => events.push(event),
      silentLogger,
      { delaysMs: [1], maxDeaths: 2, windowMs: 60_000 },
    );
    for (let i = 1; i <= 3; i += 1) {
      jvms.at(-1)!.die();
      await eventually(() => expect(events.filter((event) => event.kind !== 'died')).toHaveLength(i));
    }
    expect(events.map((event) => event.kind)).toEqual(['died', 'restarted', 'died', 'restarted', 'died', 'gaveUp']);
    expect(events.at(-1)).toEqual({ kind: 'gaveUp', reason: '3 deaths within 60 s' });
  });
});
