import { describe, expect, it, vi } from 'vitest';
import type { JvmExit, RunningNeo4j } from '../../src/db/embedded.js';
import { judgeLiveness, livenessPolicy, type LivenessPolicy } from '../../src/db/liveness.js';
import { superviseEmbedded, type Neo4jEvent } from '../../src/db/supervisor.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

/** Waits for background loops without betting on how fast a busy machine runs them. */
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 5000, interval: 5 });

const policy: LivenessPolicy = { intervalMs: 1000, unresponsiveAfterMs: 5000, timeoutMs: 20_000 };

describe('judging a JVM by its answers', () => {
  const t = 1_000_000;

  it('keeps a JVM that answers, however slowly, and kills one silent for the whole bound', () => {
    expect(judgeLiveness({ answeredOnce: true, askingSince: undefined }, t, policy)).toBe('answering');
    expect(judgeLiveness({ answeredOnce: true, askingSince: t }, t + 4999, policy)).toBe('answering');
    expect(judgeLiveness({ answeredOnce: true, askingSince: t }, t + 5000, policy)).toBe('unresponsive');
    expect(judgeLiveness({ answeredOnce: true, askingSince: t }, t + 19_999, policy)).toBe('unresponsive');
    expect(judgeLiveness({ answeredOnce: true, askingSince: t }, t + 20_000, policy)).toBe('kill');
  });

  it('counts silence from the first unanswered probe, so a slow answer starts it again', () => {
    // Answered after 15 s on a busy machine, then asked again: 15 s more is still no reason to kill.
    const history = { answeredOnce: true, askingSince: t + 15_000 };
    expect(judgeLiveness(history, t + 30_000, policy)).toBe('unresponsive');
    expect(judgeLiveness(history, t + 35_000, policy)).toBe('kill');
  });

  it('gives a JVM that has not answered since its start twice the bound', () => {
    const history = { answeredOnce: false, askingSince: t };
    expect(judgeLiveness(history, t + 4000, policy)).toBe('answering');
    expect(judgeLiveness(history, t + 39_999, policy)).toBe('unresponsive');
    expect(judgeLiveness(history, t + 40_000, policy)).toBe('kill');
  });

  it('derives the probe pace and warning threshold from the configured bound', () => {
    expect(livenessPolicy(20_000)).toEqual({ intervalMs: 1000, unresponsiveAfterMs: 5000, timeoutMs: 20_000 });
    expect(livenessPolicy(3000)).toEqual({ intervalMs: 150, unresponsiveAfterMs: 750, timeoutMs: 3000 });
    expect(livenessPolicy(1000)).toEqual({ intervalMs: 100, unresponsiveAfterMs: 250, timeoutMs: 1000 });
  });

  it('reads NEO4J_LIVENESS_TIMEOUT_MS, 20 s by default, and refuses a bound a busy machine would trip', () => {
    expect(loadConfig({}).neo4j).toMatchObject({ livenessTimeoutMs: 20_000 });
    expect(loadConfig({ NEO4J_LIVENESS_TIMEOUT_MS: '60000' }).neo4j).toMatchObject({ livenessTimeoutMs: 60_000 });
    expect(() => loadConfig({ NEO4J_LIVENESS_TIMEOUT_MS: '200' })).toThrow('NEO4J_LIVENESS_TIMEOUT_MS="200" must be a whole number from 1000 to 600000');
  });
});

/** A JVM stand-in: answers probes until hung, and dies when killed, as the real one does. */
function fakeJvm(pid: number) {
  const listeners: ((exit: JvmExit) => void)[] = [];
  const state = { hung: false, killed: false };
  const jvm: RunningNeo4j = {
    uri: 'bolt://127.0.0.1:1',
    auth: { username: 'neo4j', password: 'unused-in-this-test' },
    pid,
    onUnexpectedExit: (listener) => void listeners.push(listener),
    kill: () => {
      state.killed = true;
      listeners.forEach((listener) => listener({ code: null, signal: 'SIGKILL' }));
    },
    stop: async () => undefined,
  };
  return { jvm, state };
}

describe('the supervisor watching a JVM that stops answering', () => {
  it('reports it unresponsive, kills it after the bound and restarts it like a dead one', async () => {
    const jvms: ReturnType<typeof fakeJvm>[] = [];
    const events: Neo4jEvent[] = [];
    const lines: { message: string; pid?: number; silentMs?: number }[] = [];
    const logger = createLogger({}, (line) => void lines.push(JSON.parse(line)));
    const supervised = await superviseEmbedded(
      async () => {
        const made = fakeJvm(jvms.length + 1);
        jvms.push(made);
        return made.jvm;
      },
      (event) => events.push(event),
      logger,
      { delaysMs: [1], maxDeaths: 5, windowMs: 60_000 },
    );
    // The probe asks whichever JVM runs now; a hung one never settles, as over a stopped socket.
    const probe = () => (jvms.at(-1)!.state.hung ? new Promise<void>(() => undefined) : Promise.resolve());
    supervised.watchLiveness(probe, { intervalMs: 5, unresponsiveAfterMs: 50, timeoutMs: 1000 });
    try {
      expect(supervised.health()).toBe('up');

      const hungAt = Date.now();
      jvms[0]!.state.hung = true;
      await eventually(() => expect(supervised.health()).toBe('unresponsive'));
      await eventually(() => expect(supervised.pid()).toBe(2));
      expect(Date.now() - hungAt).toBeGreaterThanOrEqual(1000);
      expect(jvms[0]!.state.killed).toBe(true);
      expect(supervised.health()).toBe('up');
      expect(events.map((event) => event.kind)).toEqual(['died', 'restarted']);
      const killed = lines.find((line) => line.message === 'embedded Neo4j stopped answering; killed');
      expect(killed).toMatchObject({ pid: 1 });
      expect(killed!.silentMs).toBeGreaterThanOrEqual(1000);

      // The new JVM is watched in turn, and left alone while it answers.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect([supervised.pid(), jvms[1]!.state.killed]).toEqual([2, false]);
    } finally {
      await supervised.stop();
    }
  });

  it('leaves a JVM alone that answers late', async () => {
    const jvms: ReturnType<typeof fakeJvm>[] = [];
    let release: (() => void) | undefined;
    const supervised = await superviseEmbedded(
      async () => {
        const made = fakeJvm(jvms.length + 1);
        jvms.push(made);
        return made.jvm;
      },
      () => undefined,
      createLogger({}, () => undefined),
      { delaysMs: [1], maxDeaths: 5, windowMs: 60_000 },
    );
    const probe = () => (jvms.at(-1)!.state.hung ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve());
    supervised.watchLiveness(probe, { intervalMs: 5, unresponsiveAfterMs: 50, timeoutMs: 60_000 });
    try {
      jvms[0]!.state.hung = true;
      await eventually(() => expect(supervised.health()).toBe('unresponsive'));
      jvms[0]!.state.hung = false;
      release!();
      await eventually(() => expect(supervised.health()).toBe('up'));
      expect([supervised.pid(), jvms[0]!.state.killed]).toEqual([1, false]);
    } finally {
      await supervised.stop();
    }
  });

  it('gives up on a crash loop of hangs as on one of deaths', async () => {
    const jvms: ReturnType<typeof fakeJvm>[] = [];
    const events: Neo4jEvent[] = [];
    const supervised = await superviseEmbedded(
      async () => {
        const made = fakeJvm(jvms.length + 1);
        made.state.hung = true;
        jvms.push(made);
        return made.jvm;
      },
      (event) => events.push(event),
      createLogger({}, () => undefined),
      { delaysMs: [1], maxDeaths: 1, windowMs: 60_000 },
    );
    supervised.watchLiveness(() => new Promise<void>(() => undefined), { intervalMs: 5, unresponsiveAfterMs: 50, timeoutMs: 100 });
    try {
      await eventually(() => expect(supervised.health()).toBe('failed'));
      expect(events.map((event) => event.kind)).toEqual(['died', 'restarted', 'died', 'gaveUp']);
      expect(jvms.map((jvm) => jvm.state.killed)).toEqual([true, true]);
    } finally {
      await supervised.stop();
    }
  });
});
