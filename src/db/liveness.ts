/**
 * How long the embedded JVM may go without answering a trivial query before it is killed and
 * restarted. A JVM can be alive but useless (a heap spiralling in garbage collection, a stopped
 * process): its exit never comes, so only its silence tells.
 */
export interface LivenessPolicy {
  /** How often the JVM is judged and, unless a probe is still waiting for its answer, probed. */
  readonly intervalMs: number;
  /** Silent this long, the JVM is reported unresponsive (on /health) but left alone. */
  readonly unresponsiveAfterMs: number;
  /** Silent this long, the JVM is killed. */
  readonly timeoutMs: number;
}

/** The probe's pace and the warning threshold follow from the one configured bound. */
export function livenessPolicy(timeoutMs: number): LivenessPolicy {
  const intervalMs = Math.min(1000, Math.max(100, Math.round(timeoutMs / 20)));
  return { intervalMs, unresponsiveAfterMs: Math.min(5000, Math.max(2 * intervalMs, Math.round(timeoutMs / 4))), timeoutMs };
}

export type LivenessVerdict = 'answering' | 'unresponsive' | 'kill';

export interface ProbeHistory {
  /** Whether this JVM has answered a probe since its start. */
  readonly answeredOnce: boolean;
  /**
   * When the first probe still unanswered was sent (undefined while none is). Silence counts from
   * asking, not from the last answer, so a pause of our own process between probes is not blamed
   * on the JVM.
   */
  readonly askingSince: number | undefined;
}

/**
 * The decision, apart from timers. An answer however late counts: a probe slowed by a busy machine
 * still ends the silence, so only a JVM that answers nothing for the whole bound is killed. Until
 * its first answer a JVM gets twice the bound: the driver reconnects and the warm-up plans on it
 * then, and it is still starting in all but name.
 */
export function judgeLiveness(history: ProbeHistory, now: number, policy: LivenessPolicy): LivenessVerdict {
  const silentMs = history.askingSince === undefined ? 0 : now - history.askingSince;
  const bound = history.answeredOnce ? policy.timeoutMs : 2 * policy.timeoutMs;
  if (silentMs >= bound) return 'kill';
  if (silentMs >= policy.unresponsiveAfterMs) return 'unresponsive';
  return 'answering';
}

export interface LivenessWatch {
  stop(): void;
}

/**
 * Probes one running JVM until stopped or until it calls for a kill (once: the supervisor then
 * treats the JVM as dead and watches its successor afresh). `probe` resolves when the JVM
 * answered, and rejects when it did not.
 */
export function watchLiveness(
  probe: () => Promise<void>,
  policy: LivenessPolicy,
  onVerdict: (verdict: LivenessVerdict, silentMs: number) => void,
): LivenessWatch {
  let answeredOnce = false;
  let askingSince: number | undefined;
  let verdict: LivenessVerdict = 'answering';
  let inFlight = false;
  let stopped = false;

  const judge = () => {
    if (stopped) return;
    const now = Date.now();
    const next = judgeLiveness({ answeredOnce, askingSince }, now, policy);
    if (next === verdict) return;
    const silentMs = askingSince === undefined ? 0 : now - askingSince;
    verdict = next;
    if (next === 'kill') stopped = true;
    onVerdict(next, silentMs);
  };

  const tick = () => {
    judge();
    if (stopped || inFlight) return;
    inFlight = true;
    askingSince ??= Date.now();
    // A probe on a stopped JVM never settles until the JVM is killed; judging goes on meanwhile.
    Promise.resolve()
      .then(probe)
      .then(
        () => {
          const silentMs = Date.now() - (askingSince ?? Date.now());
          answeredOnce = true;
          askingSince = undefined;
          if (verdict !== 'answering' && !stopped) {
            verdict = 'answering';
            onVerdict('answering', silentMs);
          }
        },
        () => undefined,
      )
      .finally(() => {
        inFlight = false;
      });
  };

  const timer = setInterval(tick, policy.intervalMs);
  timer.unref();
  tick();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
