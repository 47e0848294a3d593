import { readFileSync, statSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig, type EmbeddedNeo4j } from '../../src/config.js';
import { passwordFile } from '../../src/db/credentials.js';
import { testDriver } from '../support/neo4j.js';

// What an analyst's Cypher (Neo4j Browser, through the relay) or any local process can do with the
// run's embedded Neo4j. Against NEO4J_URI these are that server's settings, not ours: skipped.
const embedded = !process.env['NEO4J_URI'];

/** Logs in to the run's Bolt port with these credentials (none: no auth token at all). */
async function login(auth: { username: string; password: string } | undefined): Promise<unknown> {
  const driver = neo4j.driver(inject('boltUri'), auth ? neo4j.auth.basic(auth.username, auth.password) : undefined, {
    maxTransactionRetryTime: 0,
  });
  try {
    await driver.verifyConnectivity();
    return 'connected';
  } catch (error) {
    return error;
  } finally {
    await driver.close();
  }
}

/** Runs one statement as a read, the way a read-only session of Neo4j Browser would. */
async function read(cypher: string, params: Record<string, unknown>) {
  const session = testDriver().session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => tx.run(cypher, params));
  } finally {
    await session.close();
  }
}

describe.skipIf(!embedded)('the embedded Neo4j’s Bolt port', () => {
  it('refuses a connection without credentials', async () => {
    expect(await login(undefined)).toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
      message: "Unsupported authentication token, scheme 'none' is only allowed when auth is disabled.",
    });
  });

  it('refuses a wrong password and Neo4j’s default one', async () => {
    for (const password of ['not-the-password', 'neo4j']) {
      expect(await login({ username: 'neo4j', password })).toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
        message: 'The client is unauthorized due to authentication failure.',
      });
    }
  });

  it('accepts the generated password, kept owner-only in the data folder', async () => {
    const auth = inject('neo4jAuth');
    const file = passwordFile(inject('neo4jDataDir')!);
    expect(auth).toEqual({ username: 'neo4j', password: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(readFileSync(file, 'utf8').trim()).toBe(auth!.password);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await login(auth!)).toBe('connected');
  });
});

describe.skipIf(!embedded)('analysts’ Cypher on the embedded Neo4j', () => {
  it('cannot read the machine’s files with LOAD CSV', async () => {
    await expect(read('LOAD CSV FROM $url AS line RETURN line', { url: 'file:///etc/passwd' })).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.ExternalResourceFailed',
      message: expect.stringContaining(
        "Cannot load from URL 'file:///etc/passwd': configuration property 'dbms.security.allow_csv_import_from_file_urls' is false",
      ),
    });
  });

  it('cannot make Neo4j fetch a URL with LOAD CSV, not even this API’s own', async () => {
    const url = `${inject('baseUrl')}/health`;
    // The URL answers this process: only Neo4j's block list stands in the way.
    expect((await fetch(url)).ok).toBe(true);
    const host = new URL(url).hostname;
    await expect(read('LOAD CSV FROM $url AS line RETURN line', { url })).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.ExternalResourceFailed',
      message: expect.stringContaining(
        `Cannot load from URL '${url}': access to /${host} is blocked via the configuration property internal.dbms.cypher_ip_blocklist`,
      ),
    });
  });

  it('stops a statement that holds more than db.memory.transaction.max with an error', async () => {
    const limit = (loadConfig(process.env).neo4j as EmbeddedNeo4j).transactionMemoryBytes;
    const collect = 'UNWIND range(1, $n) AS x RETURN size(collect(x)) AS n';
    // Auto-commit, in a read session: the driver would retry a transient error in executeRead.
    const session = testDriver().session({ defaultAccessMode: neo4j.session.READ });
    try {
      expect((await session.run(collect, { n: 1000 })).records[0]?.get('n').toNumber()).toBe(1000);
      await expect(session.run(collect, { n: 30_000_000 })).rejects.toMatchObject({
        code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
        message: expect.stringMatching(
          new RegExp(`would use more than the limit ${(limit / 1024 ** 2).toFixed(1)} MiB\\. Currently using .* MiB\\. db\\.memory\\.transaction\\.max threshold reached`),
        ),
      });
    } finally {
      await session.close();
    }
  });
});
