import type { Logger } from '../logger.js';
import type { JvmExit, RunningNeo4j } from './embedded.js';
import { watchLiveness, type LivenessPolicy, type LivenessWatch } from './liveness.js';

/** What the rest of the server learns about the embedded JVM's life. */
export type Neo4jEvent =
  | { readonly kind: 'died'; readonly exit: JvmExit }
  | { readonly kind: 'restarted'; readonly pid: number }
  | { readonly kind: 'gaveUp'; readonly reason: string };

export interface RestartPolicy {
  /** Wait before each restart attempt after a death; more failed attempts than this, and we give up. */
  readonly delaysMs: readonly number[];
  /** More deaths than this within `windowMs` is a crash loop: give up rather than restart again. */
  readonly maxDeaths: number;
  readonly windowMs: number;
}

/** What /health says of the embedded database: all but `failed` are states it recovers from by itself. */
export type DatabaseHealth = 'up' | 'unresponsive' | 'restarting' | 'failed';

export const defaultRestartPolicy: RestartPolicy = { delaysMs: [200, 1000, 2000, 5000, 10_000], maxDeaths: 5, windowMs: 10 * 60_000 };

export interface SupervisedNeo4j {
  readonly uri: string;
  /** The JVM running now (a new one after each restart). */
  pid(): number;
  health(): DatabaseHealth;
  /**
   * From now on, probes each JVM once it is ready, and kills one that stays silent for the
   * policy's timeout; its death is then handled as any other. Called once the driver exists.
   */
  watchLiveness(probe: () => Promise<void>, policy: LivenessPolicy): void;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps the embedded Neo4j running: when the JVM dies unasked, it is started again on the same
 * port and store (so the driver reconnects by itself), after a back-off, and given up on after
 * too many failed attempts or too many deaths in a row, which `onEvent` reports.
 */
export async function superviseEmbedded(
  start: () => Promise<RunningNeo4j>,
  onEvent: (event: Neo4jEvent) => void,
  logger: Logger,
  policy: RestartPolicy = defaultRestartPolicy,
): Promise<SupervisedNeo4j> {
  let current = await start();
  let stopped = false;
  let health: DatabaseHealth = 'up';
  const deaths: number[] = [];
  let liveness: { readonly probe: () => Promise<void>; readonly policy: LivenessPolicy } | undefined;
  let livenessWatch: LivenessWatch | undefined;

  const watchAnswers = (running: RunningNeo4j) => {
    livenessWatch?.stop();
    if (!liveness || stopped) return;
    livenessWatch = watchLiveness(liveness.probe, liveness.policy, (verdict, silentMs) => {
      if (stopped || running !== current) return;
      switch (verdict) {
        case 'answering':
          health = 'up';
          logger.info('embedded Neo4j answering again', { pid: running.pid, silentMs });
          break;
        case 'unresponsive':
          health = 'unresponsive';
          logger.warn('embedded Neo4j not answering', { pid: running.pid, silentMs });
          break;
        case 'kill':
          logger.error('embedded Neo4j stopped answering; killed', { pid: running.pid, silentMs, timeoutMs: liveness!.policy.timeoutMs });
          running.kill();
          break;
      }
    });
  };

  const restart = async (): Promise<void> => {
    for (const [attempt, delay] of policy.delaysMs.entries()) {
      await sleep(delay);
      if (stopped) return;
      try {
        const next = await start();
        if (stopped) {
          await next.stop();
          return;
        }
        current = next;
        health = 'up';
        watch(next);
        watchAnswers(next);
        logger.info('embedded Neo4j restarted', { pid: next.pid, attempt: attempt + 1 });
        onEvent({ kind: 'restarted', pid: next.pid });
        return;
      } catch (error) {
        logger.error('embedded Neo4j restart failed', { attempt: attempt + 1, error: error instanceof Error ? error.message : String(error) });
      }
    }
    giveUp(`${policy.delaysMs.length} restart attempts failed`);
  };

  const giveUp = (reason: string) => {
    health = 'failed';
    logger.error('embedded Neo4j given up', { reason });
    onEvent({ kind: 'gaveUp', reason });
  };

  const watch = (running: RunningNeo4j) =>
    running.onUnexpectedExit((exit) => {
      if (stopped) return;
      health = 'restarting';
      livenessWatch?.stop();
      logger.error('embedded Neo4j died', { pid: running.pid, code: exit.code, signal: exit.signal });
      onEvent({ kind: 'died', exit });
      const now = Date.now();
      deaths.push(now);
      while (deaths.length > 0 && deaths[0]! < now - policy.windowMs) deaths.shift();
      if (deaths.length > policy.maxDeaths) {
        giveUp(`${deaths.length} deaths within ${Math.round(policy.windowMs / 1000)} s`);
        return;
      }
      void restart();
    });
  watch(current);

  return {
    uri: current.uri,
    pid: () => current.pid,
    health: () => health,
    watchLiveness(probe, policy) {
      liveness = { probe, policy };
      if (health === 'up') watchAnswers(current);
    },
    async stop() {
      stopped = true;
      livenessWatch?.stop();
      await current.stop();
    },
  };
}
