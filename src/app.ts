import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { neo4jBrowserDir } from './db/embedded.js';
import { loadQueries } from './db/queries.js';
import { createRunner } from './db/runner.js';
import { applySeed } from './db/seed.js';
import type { Logger } from './logger.js';
import { createServer, type AppServer } from './server.js';

export interface App {
  readonly database: Database;
  readonly server: AppServer;
  /** Drains in-flight requests, closes the driver, then stops the embedded JVM. */
  stop(): Promise<void>;
}

/** Everything `npm start` needs: the database (external or embedded), the seed, the server. */
export async function createApp(config: Config, logger: Logger): Promise<App> {
  const database = await openDatabase(config, logger);
  try {
    const queries = loadQueries();
    const runnerOptions = { driver: database.driver, queries, database: database.name, timeoutMs: config.queryTimeoutMs };
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
    });
    let seeded = true;
    const browserDir = config.neo4j.kind === 'embedded' ? neo4jBrowserDir(config.neo4j) : null;
    const server = await createServer({
      config,
      logger,
      neo4jBrowser: browserDir ? { dir: browserDir, boltUri: database.uri } : undefined,
      makeRunner: (onRoundTrip) => createRunner({ ...runnerOptions, onRoundTrip }),
      ready: async () => {
        if (!seeded) return false;
        const rows = await adminRunner.read<{ applied: number }>('seedStatus');
        return (rows[0]?.applied ?? 0) > 0;
      },
    });
    return {
      database,
      server,
      async stop() {
        seeded = false;
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
