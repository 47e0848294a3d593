import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createApp, type App } from '../../src/app.js';
import { loadConfig, projectRoot } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { freePort } from './ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    graphqlUrl: string;
    baseUrl: string;
    boltUri: string;
    neo4jAuth: { username: string; password: string } | null;
    /** The embedded Neo4j's data folder, or null when the run uses NEO4J_URI. */
    neo4jDataDir: string | null;
  }
}

let app: App | undefined;
let dataDir: string | undefined;

/**
 * Starts the real stack once for the run: the embedded Neo4j on a free port with a fresh store
 * (or NEO4J_URI, whose database is wiped first), the Cypher scripts, and the HTTP server.
 */
export async function setup(project: TestProject): Promise<void> {
  // The analyst pages the server serves, bundled as `npm start` does (skipped when up to date).
  execFileSync(process.execPath, [path.join(projectRoot, 'scripts', 'buildWeb.mjs')], { stdio: 'inherit' });
  const env: Record<string, string | undefined> = { ...process.env, PORT: '0', HOST: '127.0.0.1' };
  // The product's 5 s bound on a read is a promise to analysts on a server of their own. Here one
  // server answers every test file at once, beside Chromium and the fault tests' memory bomb, on
  // CPUs CI may share: a one-row question has waited past 5 s for a CPU. Tests check answers, not
  // speed, so the shared server waits longer (a test that needs the bound starts its own server).
  env['QUERY_TIMEOUT_MS'] ??= '60000';
  if (!env['NEO4J_URI']) {
    // A store of its own per run, so parallel runs (two terminals, CI) never share one.
    mkdirSync(path.join(projectRoot, '.neo4j'), { recursive: true });
    dataDir = mkdtempSync(path.join(projectRoot, '.neo4j', 'test-data-'));
    env['NEO4J_DATA_DIR'] = dataDir;
    env['NEO4J_BOLT_PORT'] = String(await freePort());
  } else if (env['TEST_WIPE_DATABASE'] !== 'yes') {
    throw new Error(
      'Tests wipe the database they run against. To run them against NEO4J_URI, set TEST_WIPE_DATABASE=yes ' +
        '(and point NEO4J_DATABASE at a scratch database); unset NEO4J_URI to use the embedded Neo4j instead.',
    );
  }
  const config = loadConfig(env);
  if (config.neo4j.kind === 'external') await wipe(config.neo4j);

  // The shared server's log goes to a file, not the terminal: when a run fails, it says whether
  // the database restarted, timed out or refused, which the failing test alone cannot.
  mkdirSync(path.join(projectRoot, 'test-artefacts'), { recursive: true });
  const logFile = path.join(projectRoot, 'test-artefacts', 'server.log');
  writeFileSync(logFile, '');
  app = await createApp(config, createLogger({}, (line) => appendFileSync(logFile, `${line}\n`)));
  await new Promise<void>((resolve) => app!.server.httpServer.listen(0, '127.0.0.1', resolve));
  const address = app.server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  project.provide('baseUrl', baseUrl);
  project.provide('graphqlUrl', `${baseUrl}/graphql`);
  project.provide('boltUri', app.database.uri);
  // The embedded Neo4j's generated password, or NEO4J_URI's credentials: tests log in as the API does.
  project.provide('neo4jAuth', app.database.auth ?? null);
  project.provide('neo4jDataDir', dataDir ?? null);
}

export async function teardown(): Promise<void> {
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

async function wipe(target: { uri: string; username: string; password: string; database: string | undefined }) {
  const { createDriver } = await import('../../src/db/driver.js');
  const driver = createDriver(target);
  try {
    await driver.executeQuery('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS', {}, {
      ...(target.database ? { database: target.database } : {}),
    });
  } finally {
    await driver.close();
  }
}
