import { describe, expect, it } from 'vitest';
import { chunk, ClientStream, forceReadMode, skipValue } from '../../src/http/boltMessages.js';

// PackStream by hand, as a Bolt client writes it.
const str = (text: string) => {
  const bytes = Buffer.from(text);
  return bytes.length < 16 ? Buffer.from([0x80 | bytes.length, ...bytes]) : Buffer.from([0xd0, bytes.length, ...bytes]);
};
const map = (entries: [string, Buffer][]) => Buffer.concat([Buffer.from([0xa0 | entries.length]), ...entries.flatMap(([k, v]) => [str(k), v])]);
const run = (query: string, extra: Buffer) => Buffer.concat([Buffer.from([0xb3, 0x10]), str(query), map([['n', Buffer.from([0x2a])]]), extra]);
const begin = (extra: Buffer) => Buffer.concat([Buffer.from([0xb1, 0x11]), extra]);

describe('the read-only Bolt relay', () => {
  it('skips PackStream values of every kind', () => {
    const value = Buffer.concat([
      Buffer.from([0x93, 0xc0, 0xc3, 0xc9, 0x01, 0x00]), // [null, true, 256]
      map([['f', Buffer.from([0xc1, 0, 0, 0, 0, 0, 0, 0, 0])], ['s', str('a longer string than sixteen bytes')]]),
    ]);
    expect(skipValue(value, 0)).toBe(6);
    expect(skipValue(value, 6)).toBe(value.length);
  });

  it('makes a RUN read-only, replacing a write mode and keeping everything else byte for byte', () => {
    const extra = map([['db', str('neo4j')], ['mode', str('w')], ['tx_metadata', map([['app', str('browser')]])]]);
    const rewritten = forceReadMode(run('CREATE (:Junk)', extra));
    const expected = run('CREATE (:Junk)', map([['db', str('neo4j')], ['tx_metadata', map([['app', str('browser')]])], ['mode', str('r')]]));
    expect(rewritten.equals(expected)).toBe(true);
  });

  it('makes a BEGIN read-only when it names no mode (the default is write)', () => {
    expect(forceReadMode(begin(map([]))).equals(begin(map([['mode', str('r')]])))).toBe(true);
  });

  it('passes other messages unchanged, and refuses a RUN it cannot make safe', () => {
    const pull = Buffer.concat([Buffer.from([0xb1, 0x3f]), map([['n', Buffer.from([0xff])]])]);
    expect(forceReadMode(pull)).toBe(pull);
    expect(() => forceReadMode(Buffer.concat([Buffer.from([0xb2, 0x10]), str('CREATE ()'), map([])]))).toThrow(/Bolt before 3.0/);
  });

  it('reassembles messages split anywhere across WebSocket frames, and drops a manifest handshake offer', () => {
    const handshake = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 0x01, 0xff, 0, 0x08, 0x08, 0x05, 0, 0, 0, 0x04, 0, 0, 0, 0]);
    const message = run('MATCH (n) DETACH DELETE n', map([]));
    const wire = Buffer.concat([handshake, chunk(message), Buffer.from([0, 0])]);
    const stream = new ClientStream();
    const out = [...wire].flatMap((byte) => stream.push(Buffer.from([byte])));
    const sent = Buffer.concat(out);
    expect(sent.subarray(0, 20).readUInt32BE(4)).toBe(0);
    expect(sent.subarray(0, 20).readUInt32BE(8)).toBe(0x00080805);
    expect(sent.subarray(20).equals(Buffer.concat([chunk(forceReadMode(message)), Buffer.from([0, 0])]))).toBe(true);
    expect(sent.includes(Buffer.from([0x84, ...Buffer.from('mode'), 0x81, 0x72]))).toBe(true);
  });
});
