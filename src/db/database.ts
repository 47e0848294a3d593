import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createDriver } from './driver.js';
import { startEmbedded, type RunningNeo4j } from './embedded.js';

export interface Database {
  readonly driver: Driver;
  readonly uri: string;
  /** The database name to use, or undefined for the server's default. */
  readonly name: string | undefined;
  /** The embedded JVM, when this process started one. */
  readonly embedded: RunningNeo4j | undefined;
  close(): Promise<void>;
}

/** Connects to NEO4J_URI when given; otherwise starts the embedded Neo4j and connects to it. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  // The server-wide cap must let a source load run its full seed timeout; reads set their own.
  const txTimeoutSeconds = Math.max(1, Math.ceil(config.queryTimeoutMs / 1000) * 4, Math.ceil(config.seedTimeoutMs / 1000));
  const embedded =
    config.neo4j.kind === 'embedded' ? await startEmbedded(config.neo4j, txTimeoutSeconds, logger) : undefined;
  const target =
    config.neo4j.kind === 'external'
      ? { uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password }
      : { uri: embedded!.uri };
  const driver = createDriver(target);
  try {
    await driver.verifyConnectivity(config.neo4j.kind === 'external' && config.neo4j.database ? { database: config.neo4j.database } : {});
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw new Error(`cannot reach Neo4j at ${target.uri}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  logger.info('connected to Neo4j', { uri: target.uri, kind: config.neo4j.kind });
  return {
    driver,
    uri: target.uri,
    name: config.neo4j.kind === 'external' ? config.neo4j.database : undefined,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
