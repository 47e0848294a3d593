import { describe, expect, it } from 'vitest';
import { chunk, Dechunker } from '../../src/bolt/chunks.js';
import { ConsoleConnection } from '../../src/bolt/consoleConnection.js';
import { decodeMessage, encodeValue, Struct, type PackValue } from '../../src/bolt/packstream.js';
import { Signature, type RelayPolicy } from '../../src/bolt/requests.js';

// The connection's bookkeeping alone, with both peers played by the test: what it sends each
// way, in what order. The relay against the real Neo4j is test/http/consoleRelay.test.ts.
const policy: RelayPolicy = { credentials: { username: 'neo4j', password: 'generated-secret' }, databases: ['neo4j', 'system'], txTimeoutMs: 30_000 };
const limits = { maxMessageBytes: 1024, maxPending: 10 };
const handshake = (offer: number) => {
  const out = Buffer.alloc(20);
  out.writeUInt32BE(0x6060b017, 0);
  out.writeUInt32BE(offer, 4);
  return out;
};
const message = (tag: number, ...fields: PackValue[]) => chunk(encodeValue(new Struct(tag, fields)));
const map = (entries: Record<string, PackValue>) => new Map(Object.entries(entries));

function harness(offer = 0x00000405) {
  const toServer: Buffer[] = [];
  const toClient: Buffer[] = [];
  const closed: string[] = [];
  const connection = new ConsoleConnection(policy, limits, {
    toClient: (bytes) => toClient.push(bytes),
    toServer: (bytes) => toServer.push(bytes),
    close: (reason, kind) => closed.push(`${kind}: ${reason}`),
    refused: () => undefined,
  });
  connection.fromClient(handshake(offer));
  const serverMessages = () => {
    const dechunker = new Dechunker(1 << 20);
    return dechunker.push(Buffer.concat(toServer.slice(1))).map((bytes) => decodeMessage(bytes!) as Struct);
  };
  const clientTags = () => {
    const all = Buffer.concat(toClient);
    return new Dechunker(1 << 20).push(all.subarray(4)).map((bytes) => (decodeMessage(bytes!) as Struct).tag);
  };
  return { connection, toServer, toClient, closed, serverMessages, clientTags };
}

describe('a console connection', () => {
  it('holds requests until Neo4j agrees the version, then sends them rebuilt with its own credentials', () => {
    const { connection, toServer, toClient, serverMessages } = harness();
    connection.fromClient(message(Signature.HELLO, map({ user_agent: 'browser', routing: null })));
    connection.fromClient(message(Signature.LOGON, map({ scheme: 'basic', principal: 'mallory', credentials: 'guess' })));
    expect(toServer).toHaveLength(1);
    connection.fromServer(Buffer.from([0, 0, 4, 5]));
    expect(toClient[0]).toEqual(Buffer.from([0, 0, 4, 5]));
    expect(serverMessages()).toEqual([
      new Struct(Signature.HELLO, [map({ user_agent: 'browser' })]),
      new Struct(Signature.LOGON, [map({ scheme: 'basic', principal: 'neo4j', credentials: 'generated-secret' })]),
    ]);
  });

  it('makes every RUN read-only with a bounded timeout, and drops impersonation', () => {
    const { connection, serverMessages } = harness();
    connection.fromServer(Buffer.from([0, 0, 4, 5]));
    connection.fromClient(message(Signature.RUN, 'MATCH (n) RETURN n', map({}), map({ mode: 'w', tx_timeout: 600_000n, imp_user: null, db: 'neo4j' })));
    expect(serverMessages()).toEqual([
      new Struct(Signature.RUN, ['MATCH (n) RETURN n', map({}), map({ mode: 'r', tx_timeout: 30_000n, db: 'neo4j' })]),
    ]);
  });

  it('answers a refusal in its turn: after the answers to the requests before it, then IGNORED until RESET', () => {
    const { connection, clientTags, serverMessages } = harness();
    connection.fromServer(Buffer.from([0, 0, 4, 5]));
    connection.fromClient(message(Signature.RUN, 'RETURN 1', map({}), map({})));
    connection.fromClient(message(Signature.PULL, map({ n: -1n })));
    connection.fromClient(message(Signature.RUN, 'CALL db.clearQueryCaches()', map({}), map({})));
    connection.fromClient(message(Signature.PULL, map({ n: -1n })));
    connection.fromClient(message(Signature.RESET));
    // Nothing of the refusal has reached the client before Neo4j answered the two requests ahead of it.
    expect(clientTags()).toEqual([]);
    connection.fromServer(message(Signature.SUCCESS, map({ fields: ['1'] })));
    expect(clientTags()).toEqual([Signature.SUCCESS]);
    connection.fromServer(Buffer.concat([message(Signature.RECORD, [1n]), message(Signature.SUCCESS, map({}))]));
    expect(clientTags()).toEqual([Signature.SUCCESS, Signature.RECORD, Signature.SUCCESS, Signature.FAILURE, Signature.IGNORED]);
    // Only the first RUN, its PULL and the RESET reached Neo4j.
    expect(serverMessages().map((sent) => sent.tag)).toEqual([Signature.RUN, Signature.PULL, Signature.RESET]);
  });

  it('closes on a message over the limit and on bytes that are not PackStream', () => {
    const big = harness();
    big.connection.fromServer(Buffer.from([0, 0, 4, 5]));
    big.connection.fromClient(Buffer.concat([Buffer.from([0x04, 0x01]), Buffer.alloc(0x401)]));
    expect(big.closed).toEqual(['too-large: a message is larger than the 1024 bytes the console accepts']);
    const junk = harness();
    junk.connection.fromServer(Buffer.from([0, 0, 4, 5]));
    junk.connection.fromClient(chunk(Buffer.from([0xb1, 0x10, 0xc7])));
    expect(junk.closed).toEqual(['refused: 0xc7 is not a PackStream marker']);
  });

  it('closes when the client offers nothing it speaks, without reaching Neo4j', () => {
    const { toServer, toClient, closed } = harness(0x00000003);
    expect(toServer).toEqual([]);
    expect(toClient).toEqual([Buffer.alloc(4)]);
    expect(closed).toHaveLength(1);
  });
});
