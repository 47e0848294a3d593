import type { Config } from '../config.js';
import { displayPath } from '../ingest/parse.js';
import { createLogger } from '../logger.js';
import { embeddedAuth, passwordFile } from './credentials.js';
import { openDatabase, type Database } from './database.js';
import { createDriver } from './driver.js';

export interface ToolConnection {
  readonly driver: Database['driver'];
  readonly database: string | undefined;
  readonly close: () => Promise<void>;
}

/**
 * How the command-line tools (`npm run ingest`, `npm run import`) reach the graph: NEO4J_URI when
 * set; otherwise the embedded Neo4j of a running server (on NEO4J_BOLT_PORT, logging in with the
 * password in NEO4J_DATA_DIR/bolt-password), or, when none is running, the embedded Neo4j started
 * on the store itself (stopped by `close`).
 */
export async function connectTool(config: Config, tool: string, say: (line: string) => void): Promise<ToolConnection> {
  if (config.neo4j.kind === 'embedded') {
    const uri = `bolt://127.0.0.1:${config.neo4j.boltPort}`;
    const driver = createDriver({ uri, ...embeddedAuth(config.neo4j.dataDir) });
    try {
      await driver.verifyConnectivity();
      say(`using the running embedded Neo4j at ${uri}`);
      return { driver, database: undefined, close: () => driver.close() };
    } catch (error) {
      await driver.close();
      if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') {
        throw new Error(
          `the Neo4j at ${uri} refused the password in ${passwordFile(config.neo4j.dataDir)}: it belongs to another data folder ` +
            `(set NEO4J_DATA_DIR to the running server's) or the file changed since that server started (restart it)`,
        );
      }
    }
    say(`no Neo4j answers at ${uri}; starting the embedded Neo4j on ${displayPath(config.neo4j.dataDir)}`);
  }
  const db = await openDatabase(config, createLogger({ tool }));
  return { driver: db.driver, database: db.name, close: () => db.close() };
}
