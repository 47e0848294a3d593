import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the project lives, so every path works whatever the working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ExternalNeo4j {
  readonly kind: 'external';
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string | undefined;
}

export interface EmbeddedNeo4j {
  readonly kind: 'embedded';
  readonly boltPort: number;
  readonly dataDir: string;
  readonly libDir: string;
  readonly heap: string;
  readonly pagecacheBytes: number;
  /** The most heap one transaction may hold (db.memory.transaction.max): a runaway statement fails, the JVM lives. */
  readonly transactionMemoryBytes: number;
  /** How long Neo4j may take to serve queries before start-up is declared failed. */
  readonly startTimeoutMs: number;
  /**
   * How long a started JVM may go without answering a trivial query before it is killed and
   * restarted (a heap spiralling in garbage collection answers nothing, yet never exits).
   */
  readonly livenessTimeoutMs: number;
}

export interface Limits {
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxPageSize: number;
  readonly maxPathHops: number;
  /**
   * Each root field's reads as one composed statement (PLANNER=on, the default); off, resolvers
   * load level by level in batches (one round trip per level), for comparison or as a fallback.
   */
  readonly planner: boolean;
  /**
   * The most CALL subqueries a composed statement may have. Neo4j compiles each new statement
   * shape once (about 0.1 s for a small one, 2-3 s for 40 subqueries on two cores) inside the
   * query timeout; a larger selection loads level by level instead, in batches.
   */
  readonly plannerMaxSubqueries: number;
}

/** What a browser opening /graphql gets: Apollo Sandbox with the bundled IDE as fallback, or only the bundled IDE. */
export type IdeMode = 'sandbox' | 'bundled';

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly production: boolean;
  readonly neo4j: ExternalNeo4j | EmbeddedNeo4j;
  readonly queryTimeoutMs: number;
  /**
   * Transaction timeout of a read statement's first run in this process (its text and parameter
   * types): that run includes Neo4j planning it, seconds for a large composed statement on a busy
   * machine, which is not the question's own running time that queryTimeoutMs bounds.
   */
  readonly planTimeoutMs: number;
  /** Transaction timeout of loading one source, apart from the reads' timeout. */
  readonly seedTimeoutMs: number;
  /** Where the annotation files are (one per source). */
  readonly sourcesDir: string;
  /** Where the loader looks for the sources' texts, to anchor and check the quotes. */
  readonly sourceTextsDir: string;
  readonly limits: Limits;
  /**
   * The debug switch DEBUG_ERRORS=on: error answers carry stack traces and the original message
   * of unexpected errors, both of which may name server files. Off by default, in every environment.
   */
  readonly debugErrors: boolean;
  /** The debug switch LOG_CYPHER=1: every statement's text and parameters go to the log. */
  readonly logCypher: boolean;
  /**
   * Whether /ready waits for the example operations to have run once (plans made before the
   * first client asks); off, the server is ready once the graph is loaded, and the first
   * requests of each kind pay their planning (development restarts, tests of the process).
   */
  readonly warmUp: boolean;
  /** How many example operations the warm-up runs at once (WARM_UP_CONCURRENCY). */
  readonly warmUpConcurrency: number;
  /** IDE=bundled: /graphql in a browser opens the bundled IDE and the page asks no other host for anything. */
  readonly ide: IdeMode;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the environment once; every bad variable is reported together, not one per run. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}="${raw}" must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };
  const bytes = (name: string, fallback: string): number => {
    const raw = env[name] || fallback;
    const match = /^(\d+)([kmg]?)$/i.exec(raw);
    if (!match) {
      problems.push(`${name}="${raw}" must be a size such as 256m or 1g`);
      return 0;
    }
    const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase()] ?? 1;
    return Number(match[1]) * scale;
  };

  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (/^(1|true|on|yes)$/i.test(raw)) return true;
    if (/^(0|false|off|no)$/i.test(raw)) return false;
    problems.push(`${name}="${raw}" must be on or off (also 1/0, true/false, yes/no)`);
    return fallback;
  };
  const port = int('PORT', 4000, 0, 65535);
  const queryTimeoutMs = int('QUERY_TIMEOUT_MS', 5000, 100, 600_000);
  const planTimeoutMs = int('PLAN_TIMEOUT_MS', 60_000, 100, 600_000);
  const seedTimeoutMs = int('SEED_TIMEOUT_MS', 300_000, 1000, 3_600_000);
  const limits: Limits = {
    maxDepth: int('GRAPHQL_MAX_DEPTH', 10, 2, 50),
    maxCost: int('GRAPHQL_MAX_COST', 50_000, 100, 10_000_000),
    maxAliases: int('GRAPHQL_MAX_ALIASES', 30, 1, 1000),
    maxPageSize: int('GRAPHQL_MAX_PAGE_SIZE', 100, 1, 1000),
    maxPathHops: int('GRAPHQL_MAX_PATH_HOPS', 6, 1, 10),
    planner: flag('PLANNER', true),
    plannerMaxSubqueries: int('PLANNER_MAX_SUBQUERIES', 64, 1, 1000),
  };
  const logCypher = flag('LOG_CYPHER', false);
  const debugErrors = flag('DEBUG_ERRORS', false);
  const warmUp = flag('WARM_UP', true);
  // Two by default where there are two cores: Neo4j plans each statement on one thread.
  const warmUpConcurrency = int('WARM_UP_CONCURRENCY', Math.min(2, os.availableParallelism()), 1, 8);
  const ide = (env['IDE'] || 'sandbox').toLowerCase();
  if (ide !== 'sandbox' && ide !== 'bundled') problems.push(`IDE="${env['IDE']}" must be sandbox (Apollo Sandbox, the bundled IDE when it cannot load) or bundled`);

  let neo4j: Config['neo4j'];
  const uri = env['NEO4J_URI'];
  if (uri) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
      problems.push(`NEO4J_URI="${uri}" must start with neo4j://, neo4j+s://, bolt:// or bolt+s://`);
    }
    neo4j = {
      kind: 'external',
      uri,
      username: env['NEO4J_USERNAME'] ?? 'neo4j',
      password: env['NEO4J_PASSWORD'] ?? '',
      database: env['NEO4J_DATABASE'] || undefined,
    };
  } else {
    const heap = env['NEO4J_HEAP'] || '512m';
    const heapOk = /^\d+[kmg]$/i.test(heap);
    if (!heapOk) problems.push(`NEO4J_HEAP="${heap}" must be a JVM size such as 512m or 1g`);
    const heapBytes = heapOk ? bytes('NEO4J_HEAP', heap) : 512 * 1024 ** 2;
    // A quarter of the heap by default: the rest is for the other transactions and Neo4j itself.
    const transactionMemoryBytes = bytes('NEO4J_TRANSACTION_MEMORY', `${Math.floor(heapBytes / 4 / 1024)}k`);
    if (env['NEO4J_TRANSACTION_MEMORY'] && transactionMemoryBytes > 0 && (transactionMemoryBytes < 1024 ** 2 || transactionMemoryBytes > heapBytes)) {
      problems.push(`NEO4J_TRANSACTION_MEMORY="${env['NEO4J_TRANSACTION_MEMORY']}" must be from 1m up to the heap (NEO4J_HEAP=${heap})`);
    }
    neo4j = {
      kind: 'embedded',
      boltPort: int('NEO4J_BOLT_PORT', 7687, 1, 65535),
      dataDir: path.resolve(projectRoot, env['NEO4J_DATA_DIR'] || '.neo4j/data'),
      libDir: path.resolve(projectRoot, '.neo4j/lib'),
      heap,
      pagecacheBytes: bytes('NEO4J_PAGECACHE', '128m'),
      transactionMemoryBytes,
      startTimeoutMs: int('NEO4J_START_TIMEOUT_MS', 180_000, 1000, 3_600_000),
      // Below 1 s a busy machine's pauses would look like a hang; above 10 min a hang costs more than a restart.
      livenessTimeoutMs: int('NEO4J_LIVENESS_TIMEOUT_MS', 20_000, 1000, 600_000),
    };
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    host: env['HOST'] || '127.0.0.1',
    port,
    production: env['NODE_ENV'] === 'production',
    neo4j,
    queryTimeoutMs,
    planTimeoutMs,
    seedTimeoutMs,
    sourcesDir: path.resolve(projectRoot, env['SOURCES_DIR'] || 'sources'),
    sourceTextsDir: path.resolve(projectRoot, env['SOURCE_TEXTS_DIR'] || '../shared/article'),
    limits,
    debugErrors,
    logCypher,
    warmUp,
    warmUpConcurrency,
    ide: ide === 'bundled' ? 'bundled' : 'sandbox',
  };
}
