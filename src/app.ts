import type http from 'node:http';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { neo4jBrowserDir } from './db/embedded.js';
import { createPlanMemory } from './db/planMemory.js';
import { livenessPolicy } from './db/liveness.js';
import { databaseAnswers, graphLoaded } from './db/probe.js';
import { loadQueries } from './db/queries.js';
import { createRunner } from './db/runner.js';
import { applySeed } from './db/seed.js';
import { createContext } from './context.js';
import { warmUp } from './graphql/warmUp.js';
import { createReadiness, type Readiness } from './http/readiness.js';
import type { Logger } from './logger.js';
import { createServer, type AppServer } from './server.js';
import type { StartupProgress } from './startup/progress.js';

export interface App {
  readonly database: Database;
  readonly server: AppServer;
  /** Drains in-flight requests, closes the driver, then stops the embedded JVM. */
  stop(): Promise<void>;
}

export interface AppOptions {
  /** The server already listening (with the start-up routes); by default a new one. */
  readonly httpServer?: http.Server | undefined;
  /** Told each step of the start as it begins, for the status page. */
  readonly progress?: StartupProgress | undefined;
}

/** Everything `npm start` needs: the database (external or embedded), the seed, the server. */
export async function createApp(config: Config, logger: Logger, { httpServer, progress }: AppOptions = {}): Promise<App> {
  const database = await openDatabase(config, logger, progress);
  try {
    // Watched from before the seed: a load can wedge the JVM as surely as a client's query.
    if (config.neo4j.kind === 'embedded') {
      database.embedded?.watchLiveness(() => databaseAnswers(database.driver, database.name), livenessPolicy(config.neo4j.livenessTimeoutMs));
    }
    const queries = loadQueries();
    const plans = createPlanMemory();
    const runnerOptions = {
      driver: database.driver,
      queries,
      database: database.name,
      timeoutMs: config.queryTimeoutMs,
      plans,
      planTimeoutMs: config.planTimeoutMs,
    };
    const adminRunner = createRunner(runnerOptions);
    await applySeed({
      driver: database.driver,
      runner: adminRunner,
      queries,
      database: database.name,
      logger,
      sourcesDir: config.sourcesDir,
      sourceTextsDir: config.sourceTextsDir,
      seedTimeoutMs: config.seedTimeoutMs,
      progress,
    });
    // Queries and probes read the readiness made below, once the server it warms up exists.
    let readiness: Readiness | undefined;
    const runnerFor = (warming: boolean) => (onRoundTrip: (name: string) => void, requestLogger: Logger) =>
      createRunner({
        ...runnerOptions,
        onRoundTrip,
        available: () => readiness?.accepting() ?? true,
        // Worth knowing: every new selection shape pays its planning once, on its first run.
        onFirstRun: (name, ms) => ms >= 1000 && requestLogger.info('statement slow on its first run', { query: name, firstRunMs: ms }),
        onStatement: config.logCypher ? (name, cypher, params) => requestLogger.info('cypher', { query: name, cypher, params }) : undefined,
        // Clients' reads go level by level until the warm-up has compiled the composed statements.
        plansWarm: warming ? () => true : () => readiness?.isReady() ?? false,
      });
    const makeRunner = runnerFor(false);
    const browserDir = config.neo4j.kind === 'embedded' ? neo4jBrowserDir(config.neo4j) : null;
    const server = await createServer({
      httpServer,
      progress,
      config,
      logger,
      neo4jBrowser: browserDir ? { dir: browserDir, boltUri: database.uri, credentials: database.auth } : undefined,
      makeRunner,
      ready: async () => readiness?.isReady() ?? false,
      alive: () => readiness?.isAlive() ?? true,
      // An external database is not ours to restart: only whether it answers.
      databaseHealth: () => database.embedded?.health() ?? (readiness?.state().kind === 'down' ? 'unresponsive' : 'up'),
    });
    const ready = createReadiness({
      probe: () => graphLoaded(database.driver, queries, database.name),
      warm: config.warmUp
        ? async () => {
            const warmLogger = logger.child({ warmUp: true });
            const slow = await warmUp(server.apollo, () => createContext(runnerFor(true), config.limits, warmLogger), {
              progress,
              logger: warmLogger,
              concurrency: config.warmUpConcurrency,
            });
            for (const operation of slow) warmLogger.warn('example operation too large for the limits; not retried', { ...operation });
          }
        : async () => {},
      logger,
    });
    readiness = ready;
    database.onEvent((event) => {
      if (event.kind === 'died') {
        ready.markDown();
        plans.clear();
      }
      if (event.kind === 'gaveUp') ready.markFailed(event.reason);
    });
    // Served only once the example operations have run, so the first clients meet warm plans.
    if (!(await ready.firstReady(120_000))) logger.warn('serving before warm-up finished', { state: ready.state().kind });
    return {
      database,
      server,
      async stop() {
        ready.stop();
        await server.apollo.stop();
        logger.info('http server drained');
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
