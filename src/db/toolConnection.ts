import type { Config } from '../config.js';
import { displayPath } from '../ingest/parse.js';
import { createLogger } from '../logger.js';
import { processDeps, readRunFile, serverAnswers, type RunFileDeps, type RunInfo } from '../runFile.js';
import { embeddedAuth, passwordFile } from './credentials.js';
import { openDatabase } from './database.js';
import { createDriver } from './driver.js';
import type { Database } from './database.js';

export interface ToolConnection {
  readonly driver: Database['driver'];
  readonly database: string | undefined;
  readonly close: () => Promise<void>;
}

/**
 * How the command-line tools (`npm run ingest`, `npm run import`) reach the graph, said in one
 * line: NEO4J_URI when set; otherwise the server running on the data folder (NEO4J_DATA_DIR),
 * found by its run file whatever its ports; or, when no server runs there, the embedded Neo4j
 * started on the store itself (stopped by `close`). A store a running server owns never gets a
 * second Neo4j: if that server's Neo4j does not answer, the tool stops and says so.
 */
export async function connectTool(
  config: Config,
  tool: string,
  say: (line: string) => void,
  deps: Pick<RunFileDeps, 'isAlive'> = processDeps,
): Promise<ToolConnection> {
  if (config.neo4j.kind === 'external') {
    say(`using the Neo4j at NEO4J_URI ${config.neo4j.uri}`);
  } else {
    const dataDir = config.neo4j.dataDir;
    const run = readRunFile(dataDir, deps);
    if (run.kind === 'running') {
      const connection = await connectToServer(run.info, dataDir, say);
      if (connection) return connection;
      say(`ignoring ${displayPath(run.file)}: its pid ${run.info.pid} is alive but no server answers at ${run.info.httpUrl} (the pid is another program's now)`);
    }
    if (run.kind === 'stale') {
      say(`ignoring ${displayPath(run.file)}: the server it names (pid ${run.info.pid}, ${run.info.httpUrl}) is no longer running`);
    }
    if (run.kind === 'unreadable') say(`ignoring ${displayPath(run.file)}, which cannot be read (${run.reason})`);
    say(`no server is running on ${displayPath(dataDir)}: loading the store directly (starting its embedded Neo4j, stopped when done)`);
  }
  const db = await openDatabase(config, createLogger({ tool }));
  return { driver: db.driver, database: db.name, close: () => db.close() };
}

/** The server's database, or null when nothing answers at the run file's addresses. */
async function connectToServer(server: RunInfo, dataDir: string, say: (line: string) => void): Promise<ToolConnection | null> {
  const driver = createDriver({ uri: server.boltUri, ...embeddedAuth(dataDir) });
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    await driver.close();
    if (!(await serverAnswers(server.httpUrl))) return null;
    const owner = `the server ${server.httpUrl} (pid ${server.pid}) running on ${displayPath(dataDir)}`;
    if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') {
      throw new Error(`the Neo4j of ${owner} refused the password in ${displayPath(passwordFile(dataDir))}: the file changed since that server started (restart it)`, {
        cause: error,
      });
    }
    throw new Error(
      `the Neo4j of ${owner} does not answer at ${server.boltUri} (${error instanceof Error ? error.message : String(error)}); ` +
        `it may be starting or restarting (see ${server.httpUrl}/health): run this again once it answers, or stop that server`,
      { cause: error },
    );
  }
  say(`loading through the running server ${server.httpUrl} (pid ${server.pid}; its Neo4j at ${server.boltUri})`);
  return { driver, database: undefined, close: () => driver.close() };
}
