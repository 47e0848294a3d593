import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chunk } from '../../src/bolt/chunks.js';
import { encodeValue, Struct, type PackValue } from '../../src/bolt/packstream.js';
import { Signature } from '../../src/bolt/requests.js';
import { boltClient, extra, handshakeWith, openWebSocket, type BoltClient } from '../support/boltClient.js';
import { readRows } from '../support/neo4j.js';

/**
 * The console's Bolt relay against the real server and database, tried as an attacker would:
 * every way found to write, read files, or reach beyond the graph is refused, and the graph the
 * API serves is the same afterwards, to the property.
 */
const baseUrl = () => inject('baseUrl');
const truss = 'person:liz-truss';

interface GraphState {
  nodes: number;
  relationships: number;
  properties: number;
  name: string;
}

async function graphState(): Promise<GraphState> {
  const [counts] = await readRows<{ nodes: number; relationships: number; nodeProperties: number; relProperties: number }>(
    'CALL { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProperties } ' +
      'CALL { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relProperties } ' +
      'RETURN nodes, relationships, nodeProperties, relProperties',
  );
  const [person] = await readRows<{ name: string }>('MATCH (p {id: $id}) RETURN p.name AS name', { id: truss });
  return { nodes: counts!.nodes, relationships: counts!.relationships, properties: counts!.nodeProperties + counts!.relProperties, name: person!.name };
}

/** HELLO (and LOGON from 5.1), as the Browser sends them with "no authentication". */
async function logIn(client: BoltClient): Promise<void> {
  const minor = (client.agreed >>> 8) & 0xff;
  const major = client.agreed & 0xff;
  const hello = extra({
    user_agent: 'neo4j-browser/test',
    ...(major === 4 ? { scheme: 'none' } : {}),
    ...(major === 5 && minor >= 3 ? { bolt_agent: extra({ product: 'neo4j-browser/test' }) } : {}),
  });
  client.send(Signature.HELLO, hello);
  succeeded(await client.untilSummary());
  if (major === 5 && minor >= 1) {
    client.send(Signature.LOGON, extra({ scheme: 'none' }));
    succeeded(await client.untilSummary());
  }
}

const summary = (answers: Struct[]): Struct => answers.at(-1)!;
/** The summary, which must be SUCCESS; a FAILURE's own message explains a failed expectation. */
const succeeded = (answers: Struct[]): Struct => {
  const last = summary(answers);
  expect(last.tag === Signature.FAILURE ? failureOf(last) : last.tag).toBe(Signature.SUCCESS);
  return last;
};
const failureOf = (answer: Struct): { code: string; message: string } => {
  const metadata = answer.fields[0] as Map<string, PackValue>;
  return { code: String(metadata.get('code')), message: String(metadata.get('message')) };
};

/** Runs a statement auto-commit and pulls its rows; returns the summary of the RUN and of the PULL. */
async function run(client: BoltClient, statement: string, parameters: Record<string, PackValue> = {}, runExtra: Record<string, PackValue> = {}) {
  client.send(Signature.RUN, statement, extra(parameters), extra(runExtra));
  client.send(Signature.PULL, extra({ n: -1n }));
  const ran = summary(await client.untilSummary());
  const pulled = await client.untilSummary();
  return { ran, pulled, rows: pulled.filter((answer) => answer.tag === Signature.RECORD).map((record) => record.fields[0] as PackValue[]) };
}

/** After a refusal the connection ignores requests until RESET, as Neo4j does; then it serves again. */
async function resetAndRead(client: BoltClient): Promise<void> {
  client.send(Signature.RESET);
  expect(summary(await client.untilSummary()).tag).toBe(Signature.SUCCESS);
  const { ran, rows } = await run(client, 'MATCH (p {id: $id}) RETURN p.id', { id: truss });
  expect(ran.tag).toBe(Signature.SUCCESS);
  expect(rows).toEqual([[truss]]);
}

describe('the console relay: reads pass, nothing else does', () => {
  let before: GraphState;

  beforeAll(async () => {
    before = await graphState();
  });

  afterAll(async () => {
    expect(await graphState()).toEqual(before);
  });

  it('runs a read and a SHOW command for the Browser, logged in with credentials it never sees', async () => {
    const client = await boltClient(baseUrl());
    try {
      expect(client.agreed).toBe(0x00000405);
      await logIn(client);
      const { rows } = await run(client, 'MATCH (p {id: $id}) RETURN p.name', { id: truss });
      expect(rows).toEqual([[before.name]]);
      const databases = await run(client, 'SHOW DATABASES YIELD name RETURN name ORDER BY name', {}, { db: 'system' });
      expect(databases.rows).toEqual([['neo4j'], ['system']]);
    } finally {
      client.close();
    }
  });

  it('refuses a write sent as a STRUCT_8 RUN: it is rebuilt as a read, and Neo4j refuses the write', async () => {
    const client = await boltClient(baseUrl());
    try {
      await logIn(client);
      const statement = Buffer.from("MATCH (p {id:'person:liz-truss'}) SET p.name = $name");
      const struct8Run = Buffer.concat([
        Buffer.from([0xdc, 0x03, 0x10, 0xd0, statement.length]),
        statement,
        encodeValue(extra({ name: 'Changed' })),
        encodeValue(extra({ mode: 'w' })),
      ]);
      client.sendRaw(chunk(struct8Run));
      const answer = summary(await client.untilSummary());
      expect(answer.tag).toBe(Signature.FAILURE);
      expect(failureOf(answer).message).toMatch(/Writing in read access mode not allowed/);
    } finally {
      client.close();
    }
    expect((await graphState()).name).toBe(before.name);
  });

  it.each<[string, number[], number]>([
    ['the manifest offer', [0x000001ff, 0x00080805], 0x00000405],
    ['a manifest variant with a range byte', [0x000101ff, 0x00080805], 0x00000405],
    ['Bolt 5.0 only', [0x00000005], 0x00000005],
    ['Bolt 4.4 only', [0x00000404], 0x00000404],
  ])('negotiates %s itself, and a CREATE in the stream that follows is refused', async (_name, offers, agreed) => {
    const client = await boltClient(baseUrl(), handshakeWith(...offers));
    try {
      expect(client.agreed).toBe(agreed);
      await logIn(client);
      const { ran } = await run(client, "CREATE (:Junk {id: 'junk:relay'})");
      expect(ran.tag).toBe(Signature.FAILURE);
      expect(failureOf(ran)).toEqual({ code: 'Neo.ClientError.Security.Forbidden', message: expect.stringMatching(/beginning with "CREATE" is refused/) });
      await resetAndRead(client);
    } finally {
      client.close();
    }
  });

  it('answers a handshake offering only versions it does not speak with zero, and closes', async () => {
    const client = await boltClient(baseUrl(), handshakeWith(0x00000104, 0x00000003));
    expect(client.agreed).toBe(0);
    expect(await client.next()).toMatchObject({ closed: 1008 });
  });

  it('keeps an explicit transaction read-only: BEGIN asking for write, then a SET, fails in Neo4j', async () => {
    const client = await boltClient(baseUrl());
    try {
      await logIn(client);
      client.send(Signature.BEGIN, extra({ mode: 'w' }));
      expect(summary(await client.untilSummary()).tag).toBe(Signature.SUCCESS);
      client.send(Signature.RUN, 'MATCH (p {id: $id}) SET p.name = "Changed"', extra({ id: truss }), extra({}));
      const ran = summary(await client.untilSummary());
      expect(ran.tag).toBe(Signature.FAILURE);
      expect(failureOf(ran).message).toMatch(/Writing in read access mode not allowed/);
      client.send(Signature.COMMIT);
      expect(summary(await client.untilSummary()).tag).toBe(Signature.IGNORED);
      await resetAndRead(client);
    } finally {
      client.close();
    }
  });

  it.each<[string, string, RegExp]>([
    ['LOAD CSV from a file: URL', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV is refused/],
    ['LOAD CSV from the API itself', `LOAD CSV FROM '${'http://127.0.0.1'}/health' AS row RETURN row`, /LOAD CSV is refused/],
    ['clearing the plan cache', 'CALL db.clearQueryCaches()', /db\.clearQueryCaches is not available/],
    ['ending transactions', 'TERMINATE TRANSACTIONS "neo4j-transaction-1"', /TERMINATE is refused/],
    ['creating a database', 'CREATE DATABASE junk', /beginning with "CREATE" is refused/],
    ['a write procedure', "CALL db.createLabel('Junk')", /db\.createLabel is not available/],
    ['a procedure that reads the configuration', 'CALL dbms.listConfig()', /dbms\.listConfig is not available/],
  ])('refuses %s with a reason, then ignores requests until RESET', async (_name, statement, reason) => {
    const client = await boltClient(baseUrl());
    try {
      await logIn(client);
      const { ran, pulled } = await run(client, statement);
      expect(failureOf(ran)).toEqual({ code: 'Neo.ClientError.Security.Forbidden', message: expect.stringMatching(reason) });
      expect(pulled.map((answer) => answer.tag)).toEqual([Signature.IGNORED]);
      await resetAndRead(client);
    } finally {
      client.close();
    }
  });

  it('refuses a database the console does not serve, and a message it does not know', async () => {
    const client = await boltClient(baseUrl());
    try {
      await logIn(client);
      const { ran } = await run(client, 'RETURN 1', {}, { db: 'other' });
      expect(failureOf(ran).message).toMatch(/serves the databases neo4j and system, not "other"/);
      client.send(Signature.RESET);
      await client.untilSummary();
      client.send(Signature.ROUTE, extra({}), [], extra({}));
      expect(failureOf(summary(await client.untilSummary())).message).toMatch(/does not relay ROUTE messages/);
      await resetAndRead(client);
    } finally {
      client.close();
    }
  });

  it('closes on a chunk holding two messages, with a FAILURE, and runs neither', async () => {
    const client = await boltClient(baseUrl());
    try {
      await logIn(client);
      const read = encodeValue(new Struct(Signature.RUN, ['RETURN 1', extra({}), extra({})]));
      const write = encodeValue(new Struct(Signature.RUN, ["CREATE (:Junk {id: 'junk:chunk'})", extra({}), extra({ mode: 'w' })]));
      client.sendRaw(chunk(Buffer.concat([read, write])));
      const answer = await client.next();
      expect(answer).toBeInstanceOf(Struct);
      expect(failureOf(answer as Struct).message).toMatch(/closed the connection: \d+ bytes follow the message's value/);
      expect(await client.next()).toMatchObject({ closed: 1008 });
    } finally {
      client.close();
    }
  });

  it('closes a message that grows past 1 MiB without an end, saying why', async () => {
    const client = await boltClient(baseUrl());
    try {
      await logIn(client);
      const piece = Buffer.concat([Buffer.from([0xff, 0xff]), Buffer.alloc(0xffff, 0x41)]);
      for (let i = 0; i < 20; i++) client.sendRaw(piece);
      const answer = await client.next();
      expect(failureOf(answer as Struct).message).toMatch(/larger than the 1048576 bytes the console accepts/);
      expect(await client.next()).toMatchObject({ closed: 1009 });
    } finally {
      client.close();
    }
  });
});

describe("the console's WebSocket opens only from this server's own pages", () => {
  const socketUrl = () => baseUrl().replace(/^http/, 'ws');
  const host = () => new URL(baseUrl()).host;

  it.each<[string, () => Record<string, string>, RegExp]>([
    ['a page of another site', () => ({ Origin: 'https://evil.example' }), /pages from https:\/\/evil.example may not open the console/],
    ['a client that sends no Origin', () => ({}), /has no Origin header/],
    ['another port of this machine', () => ({ Origin: 'http://127.0.0.1:1' }), /may not open the console/],
    ['a name re-pointed at this machine (DNS rebinding)', () => ({ Host: `evil.example:${new URL(baseUrl()).port}`, Origin: `http://evil.example:${new URL(baseUrl()).port}` }), /"evil.example" is not a name of this server/],
  ])('refuses %s with 403 and a reason', async (_name, headers, reason) => {
    const answer = await openWebSocket(socketUrl(), headers());
    expect(answer).toMatchObject({ status: 403 });
    const { body } = answer as { body: string };
    expect(JSON.parse(body).errors[0].message).toMatch(reason);
  });

  it('accepts the server itself, by address and as localhost', async () => {
    for (const origin of [baseUrl(), `http://localhost:${new URL(baseUrl()).port}`]) {
      const ws = await openWebSocket(socketUrl().replace('127.0.0.1', new URL(origin).hostname), { Origin: origin });
      expect(ws).not.toHaveProperty('status');
      (ws as { close(): void }).close();
    }
    expect(host()).toMatch(/^127\.0\.0\.1:\d+$/);
  });
});
