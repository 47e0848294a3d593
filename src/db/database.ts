import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { ProgressReporter } from '../startup/progress.js';
import type { Neo4jAuth } from './credentials.js';
import { createDriver } from './driver.js';
import { startEmbedded } from './embedded.js';
import { superviseEmbedded, type Neo4jEvent, type SupervisedNeo4j } from './supervisor.js';

export interface Database {
  readonly driver: Driver;
  readonly uri: string;
  /** The user and password the driver logs in with (the embedded Neo4j's generated one), if any. */
  readonly auth: Neo4jAuth | undefined;
  /** The database name to use, or undefined for the server's default. */
  readonly name: string | undefined;
  /** The embedded JVM, when this process started one (restarted by its supervisor if it dies). */
  readonly embedded: SupervisedNeo4j | undefined;
  /** Calls back when the embedded JVM dies, is restarted, or is given up on. */
  onEvent(listener: (event: Neo4jEvent) => void): void;
  close(): Promise<void>;
}

/** Connects to NEO4J_URI when given; otherwise starts the embedded Neo4j and connects to it. */
export async function openDatabase(config: Config, logger: Logger, progress?: ProgressReporter): Promise<Database> {
  // The server-wide cap must let a source load run its full seed timeout; reads set their own.
  const txTimeoutSeconds = Math.max(1, Math.ceil(config.queryTimeoutMs / 1000) * 4, Math.ceil(config.seedTimeoutMs / 1000));
  const listeners: ((event: Neo4jEvent) => void)[] = [];
  const neo4j = config.neo4j;
  let embeddedAuth: Neo4jAuth | undefined;
  progress?.report({ kind: neo4j.kind === 'embedded' ? 'startingNeo4j' : 'connecting' });
  const embedded =
    neo4j.kind === 'embedded'
      ? await superviseEmbedded(
          async () => {
            const running = await startEmbedded(neo4j, txTimeoutSeconds, logger);
            // A restart reads the password file again: the driver keeps the first start's password,
            // right unless the file is replaced while the server runs (then restart the server).
            embeddedAuth = running.auth;
            return running;
          },
          (event) => listeners.forEach((listener) => listener(event)),
          logger,
        )
      : undefined;
  const target =
    neo4j.kind === 'external'
      ? { uri: neo4j.uri, username: neo4j.username, password: neo4j.password }
      : { uri: embedded!.uri, ...embeddedAuth! };
  if (neo4j.kind === 'embedded') progress?.report({ kind: 'connecting' });
  const auth = target.username ? { username: target.username, password: target.password ?? '' } : undefined;
  const driver = createDriver(target);
  try {
    await driver.verifyConnectivity(neo4j.kind === 'external' && neo4j.database ? { database: neo4j.database } : {});
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw new Error(`cannot reach Neo4j at ${target.uri}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  logger.info('connected to Neo4j', { uri: target.uri, kind: neo4j.kind });
  return {
    driver,
    uri: target.uri,
    auth,
    name: neo4j.kind === 'external' ? neo4j.database : undefined,
    embedded,
    onEvent(listener) {
      listeners.push(listener);
    },
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
