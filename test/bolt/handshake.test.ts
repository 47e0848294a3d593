import { describe, expect, it } from 'vitest';
import { chooseVersion, HandshakeError, singleOffer } from '../../src/bolt/handshake.js';
import { Dechunker, FramingError, MessageSignatures, chunk } from '../../src/bolt/chunks.js';

const handshake = (...offers: number[]) => {
  const out = Buffer.alloc(20);
  out.writeUInt32BE(0x6060b017, 0);
  offers.forEach((offer, i) => out.writeUInt32BE(offer, 4 + 4 * i));
  return out;
};

describe('the Bolt handshake the relay negotiates', () => {
  it.each<[string, number[], { major: number; minor: number } | null]>([
    ['a range 5.8 down to 5.0 gives 5.4', [0x00080805, 0x00020404], { major: 5, minor: 4 }],
    ['the manifest offer is passed over', [0x000001ff, 0x00080805], { major: 5, minor: 4 }],
    ['a manifest variant with a range is passed over', [0x000101ff, 0x00000404], { major: 4, minor: 4 }],
    ['a range reaching into what the relay speaks', [0x00030705], { major: 5, minor: 4 }],
    ['4.4 alone', [0x00000404], { major: 4, minor: 4 }],
    ['only Bolt 3 and 4.3', [0x00000003, 0x00000304], null],
    ['a reserved byte set', [0x01000404], null],
    ['nothing offered', [], null],
  ])('%s', (_name, offers, expected) => {
    expect(chooseVersion(handshake(...offers))).toEqual(expected);
  });

  it('offers Neo4j exactly the chosen version', () => {
    expect(singleOffer({ major: 5, minor: 4 })).toEqual(handshake(0x00000405));
  });

  it('refuses bytes that are not a Bolt handshake', () => {
    expect(() => chooseVersion(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n').subarray(0, 20))).toThrow(HandshakeError);
  });
});

describe('Bolt chunks', () => {
  it('reassembles messages split at every byte, with NOOPs between them', () => {
    const message = Buffer.alloc(70_000, 7);
    const wire = Buffer.concat([Buffer.from([0, 0]), chunk(message), chunk(Buffer.from([1, 2]))]);
    const dechunker = new Dechunker(1 << 20);
    const out = [...wire].flatMap((byte) => dechunker.push(Buffer.from([byte])));
    expect(out).toEqual([null, message, Buffer.from([1, 2])]);
  });

  it('refuses a message past the limit before holding it', () => {
    const dechunker = new Dechunker(100_000);
    const piece = Buffer.concat([Buffer.from([0xff, 0xff]), Buffer.alloc(0xffff)]);
    expect(dechunker.push(piece)).toEqual([]);
    expect(() => dechunker.push(Buffer.from([0xff, 0xff]))).toThrow(FramingError);
  });

  it("follows the server's messages to their signatures, across chunk and packet boundaries", () => {
    const record = Buffer.concat([Buffer.from([0xb1, 0x71, 0x91]), Buffer.alloc(1, 1)]);
    const success = Buffer.from([0xb1, 0x70, 0xa0]);
    const wire = Buffer.concat([chunk(record), chunk(Buffer.alloc(0x1ffff, 0x70)), chunk(success)]);
    const signatures = new MessageSignatures();
    const seen = [...wire].flatMap((byte) => signatures.push(Buffer.from([byte])));
    // The long message's first bytes are 0x70 0x70: its signature is 0x70.
    expect(seen).toEqual([0x71, 0x70, 0x70]);
  });
});
