import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, type EmbeddedNeo4j } from '../../src/config.js';
import { passwordFile } from '../../src/db/credentials.js';
import { startEmbedded, type RunningNeo4j } from '../../src/db/embedded.js';
import { silentLogger } from '../../src/logger.js';
import { freePort } from '../support/ports.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bolt-password-'));
let running: RunningNeo4j | undefined;
afterAll(async () => {
  await running?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function login(uri: string, password: string): Promise<unknown> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { maxTransactionRetryTime: 0 });
  try {
    return (await driver.executeQuery('RETURN 1 AS one')).records[0]?.get('one').toNumber();
  } catch (error) {
    return (error as { code?: string }).code;
  } finally {
    await driver.close();
  }
}

describe('the password of an existing store', () => {
  it('follows the password file when the file was replaced, before Bolt is announced ready', async () => {
    const config = loadConfig({ NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()) }).neo4j as EmbeddedNeo4j;
    running = await startEmbedded(config, 20, silentLogger);
    const old = running.auth.password;
    expect(await login(running.uri, old)).toBe(1);
    await running.stop();

    writeFileSync(passwordFile(dataDir), 'a-replaced-password-0123\n', { mode: 0o600 });
    running = await startEmbedded(config, 20, silentLogger);
    expect(running.auth).toEqual({ username: 'neo4j', password: 'a-replaced-password-0123' });
    expect(await login(running.uri, 'a-replaced-password-0123')).toBe(1);
    expect(await login(running.uri, old)).toBe('Neo.ClientError.Security.Unauthorized');
  }, 180_000);
});
