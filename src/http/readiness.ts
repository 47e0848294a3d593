import type { Logger } from '../logger.js';

/** Where the server stands with its database; /ready, /health and every query read it. */
export type ReadinessState =
  /** The database answers; the example operations are running once so their plans are cached. */
  | { readonly kind: 'warming' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'down'; readonly since: number }
  /** The embedded database was given up on: only a restart of the server can help. */
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'stopped' };

export interface ReadinessOptions {
  /** Resolves true when the database answers and the graph is loaded. */
  readonly probe: () => Promise<boolean>;
  /** Runs the example operations once; rejects when any of them fails. */
  readonly warm: () => Promise<void>;
  readonly logger: Logger;
  readonly intervalMs?: number;
  /**
   * A probe silent this long counts as failed (10 s). Only silence: a probe that answers late
   * proves the database up. On a busy machine (two CPUs planning composed statements for
   * parallel clients) a trivial read waited over half a second for a thread, twice in a row;
   * calling that an outage refused every query and warmed the plans again, which made the
   * machine busier still. A database that is down refuses the connection at once, and the
   * embedded JVM's death and hangs are reported by its supervisor.
   */
  readonly probeTimeoutMs?: number;
  /**
   * How many probes in a row must fail before the database counts as down (2: /ready turns 503
   * within about a second). One slow probe on a busy machine is not an outage, and calling it one
   * would refuse every query until the next probe and warm the plans again.
   */
  readonly failuresToDown?: number;
}

export interface Readiness {
  state(): ReadinessState;
  /** /ready: queries work and plans are warm. */
  isReady(): boolean;
  /** Queries may be sent: the database is not known to be down. */
  accepting(): boolean;
  /** /health: false once the database has been given up on. */
  isAlive(): boolean;
  /** The database is known to be down (its JVM died): no need to wait for the next probe. */
  markDown(): void;
  markFailed(reason: string): void;
  /** Resolves once ready for the first time, or after timeoutMs (false) if that takes longer. */
  firstReady(timeoutMs: number): Promise<boolean>;
  stop(): void;
}

const timeout = (ms: number) => new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref());

/**
 * A background loop, not a check per request: /ready answers from memory at once, and the
 * database sees one small probe every interval however many clients ask.
 */
export function createReadiness({ probe, warm, logger, intervalMs = 250, probeTimeoutMs = 10_000, failuresToDown = 2 }: ReadinessOptions): Readiness {
  let state: ReadinessState = { kind: 'warming' };
  let busy = false;
  let failedProbes = 0;
  let downSince: number | undefined;
  let warmMs = 0;
  const waiting: ((ready: boolean) => void)[] = [];

  const become = (next: ReadinessState) => {
    if (state.kind === 'stopped' || state.kind === 'failed') return;
    const previous = state;
    state = next;
    switch (next.kind) {
      case 'ready':
        logger.info('database ready', { warmUpMs: warmMs, ...(downSince === undefined ? {} : { downMs: Date.now() - downSince }) });
        downSince = undefined;
        waiting.splice(0).forEach((resolve) => resolve(true));
        break;
      case 'down':
        if (previous.kind !== 'down') logger.error('database unavailable', {});
        downSince ??= next.since;
        break;
      case 'failed':
        logger.error('database given up', { reason: next.reason });
        break;
      case 'warming':
      case 'stopped':
        break;
      default:
        unreachable(next);
    }
  };

  const tick = async () => {
    if (busy || state.kind === 'failed' || state.kind === 'stopped') return;
    busy = true;
    try {
      const answers = await Promise.race([probe().catch(() => false), timeout(probeTimeoutMs)]);
      if (!answers) {
        failedProbes += 1;
        if (failedProbes >= failuresToDown && state.kind !== 'down') become({ kind: 'down', since: Date.now() });
        return;
      }
      failedProbes = 0;
      if (state.kind === 'ready') return;
      become({ kind: 'warming' });
      const warming = Date.now();
      await warm();
      warmMs = Date.now() - warming;
      // The database may have gone down again while the operations ran.
      if (state.kind === 'warming') become({ kind: 'ready' });
    } catch (error) {
      logger.warn('warm-up failed; retrying', { error: error instanceof Error ? error.message : String(error) });
    } finally {
      busy = false;
    }
  };

  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();

  return {
    state: () => state,
    isReady: () => state.kind === 'ready',
    accepting: () => state.kind === 'ready' || state.kind === 'warming',
    isAlive: () => state.kind !== 'failed',
    markDown: () => {
      if (state.kind !== 'down') become({ kind: 'down', since: Date.now() });
    },
    markFailed: (reason) => become({ kind: 'failed', reason }),
    firstReady: (timeoutMs) =>
      state.kind === 'ready'
        ? Promise.resolve(true)
        : Promise.race([new Promise<boolean>((resolve) => waiting.push(resolve)), timeout(timeoutMs)]),
    stop: () => {
      clearInterval(timer);
      state = { kind: 'stopped' };
    },
  };
}

function unreachable(value: never): never {
  throw new Error(`unhandled readiness state ${JSON.stringify(value)}`);
}
