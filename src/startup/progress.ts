/**
 * Where a start stands, reported by the parts doing the work (the embedded Neo4j, the seed, the
 * warm-up) and read by the status page and `/status` while the server is not yet serving.
 */
export type StartupStep =
  /** The process listens and is loading the rest of its code; nothing slow has begun. */
  | { readonly kind: 'starting' }
  /** The embedded JVM is starting and opening its store. */
  | { readonly kind: 'startingNeo4j' }
  /** Connecting to the database at NEO4J_URI. */
  | { readonly kind: 'connecting' }
  /** Constraints and indexes, then reading the annotation files against what is stored. */
  | { readonly kind: 'preparingGraph' }
  /** Writing sources whose annotation changed: `index` counts from 1 among the `total` to write. */
  | { readonly kind: 'loadingSources'; readonly index: number; readonly total: number; readonly titles: readonly string[] }
  /** The full-text indexes catching up with what was written. */
  | { readonly kind: 'indexing' }
  /** Running the example operations once, so Neo4j has planned them before the first client. */
  | { readonly kind: 'warmingPlans'; readonly index: number; readonly total: number; readonly operation: string }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly reason: string };

/** A step the working parts report; ready and failed are the start's own to declare. */
export type WorkStep = Exclude<StartupStep, { kind: 'ready' } | { kind: 'failed' }>;

/** The order steps come in, so a reader can tell progress from a step repeated. */
export const stepOrder: readonly StartupStep['kind'][] = [
  'starting',
  'startingNeo4j',
  'connecting',
  'preparingGraph',
  'loadingSources',
  'indexing',
  'warmingPlans',
  'ready',
  'failed',
];

export interface StartupStatus {
  readonly status: 'starting' | 'ready' | 'failed';
  readonly step: StartupStep;
  /** The step in words, as the status page shows it. */
  readonly message: string;
  /** Since the process began listening, until it was ready or failed. */
  readonly elapsedMs: number;
}

/** What the working parts are given: they say what they are doing, and nothing else. */
export interface ProgressReporter {
  report(step: WorkStep): void;
}

export interface StartupProgress extends ProgressReporter {
  /** Serving fully from now on; later reports (a warm-up after a restart of Neo4j) are ignored. */
  ready(): void;
  /** The start failed for this reason (one line, as printed for the operator). */
  fail(reason: string): void;
  starting(): boolean;
  status(): StartupStatus;
}

/** The step in the words the status page shows. */
export function describeStep(step: StartupStep): string {
  switch (step.kind) {
    case 'starting':
      return 'Loading the server';
    case 'startingNeo4j':
      return 'Starting Neo4j';
    case 'connecting':
      return 'Connecting to Neo4j';
    case 'preparingGraph':
      return 'Preparing the graph: indexes and annotation files';
    case 'loadingSources': {
      const last = step.index + step.titles.length - 1;
      const which = last > step.index ? `sources ${step.index}–${last}` : `source ${step.index}`;
      return `Loading ${which} of ${step.total} (${step.titles.join('; ')})`;
    }
    case 'indexing':
      return 'Waiting for the search indexes';
    case 'warmingPlans':
      return `Warming plans ${step.index} of ${step.total} (${step.operation})`;
    case 'ready':
      return 'Ready';
    case 'failed':
      return `Start-up failed: ${step.reason}`;
    default:
      return unreachable(step);
  }
}

export function createStartupProgress(now: () => number = Date.now): StartupProgress {
  const began = now();
  let step: StartupStep = { kind: 'starting' };
  let finishedAt: number | undefined;
  const finished = () => finishedAt !== undefined;
  return {
    report(next) {
      if (!finished()) step = next;
    },
    ready() {
      if (finished()) return;
      step = { kind: 'ready' };
      finishedAt = now();
    },
    fail(reason) {
      if (finished()) return;
      step = { kind: 'failed', reason };
      finishedAt = now();
    },
    starting: () => !finished(),
    status: () => ({
      status: step.kind === 'ready' ? 'ready' : step.kind === 'failed' ? 'failed' : 'starting',
      step,
      message: describeStep(step),
      elapsedMs: (finishedAt ?? now()) - began,
    }),
  };
}

function unreachable(value: never): never {
  throw new Error(`unhandled start-up step ${JSON.stringify(value)}`);
}
