/**
 * Just enough of Bolt's PackStream to force a message's access mode: skip over values, and
 * rewrite the `extra` map of RUN and BEGIN with `mode: "r"`, byte for byte otherwise. Neo4j
 * refuses any write in a read transaction, so a connection whose every RUN and BEGIN says READ
 * cannot change the graph, whatever Cypher it sends.
 */

const RUN = 0x10;
const BEGIN = 0x11;

/** The offset just past the PackStream value at `offset`. */
export function skipValue(buf: Buffer, offset: number): number {
  const marker = buf[offset]!;
  const at = offset + 1;
  if (marker <= 0x7f || marker >= 0xf0) return at; // tiny int
  const high = marker & 0xf0;
  const size = marker & 0x0f;
  if (high === 0x80) return at + size; // tiny string
  if (high === 0x90) return skipMany(buf, at, size); // tiny list
  if (high === 0xa0) return skipMany(buf, at, size * 2); // tiny map
  if (high === 0xb0) return skipMany(buf, at + 1, size); // tiny struct: signature, then fields
  switch (marker) {
    case 0xc0: case 0xc2: case 0xc3: return at; // null, false, true
    case 0xc1: return at + 8; // float
    case 0xc8: return at + 1;
    case 0xc9: return at + 2;
    case 0xca: return at + 4;
    case 0xcb: return at + 8;
    case 0xcc: case 0xd0: return at + 1 + buf.readUInt8(at); // bytes, string (8-bit size)
    case 0xcd: case 0xd1: return at + 2 + buf.readUInt16BE(at);
    case 0xce: case 0xd2: return at + 4 + buf.readUInt32BE(at);
    case 0xd4: return skipMany(buf, at + 1, buf.readUInt8(at));
    case 0xd5: return skipMany(buf, at + 2, buf.readUInt16BE(at));
    case 0xd6: return skipMany(buf, at + 4, buf.readUInt32BE(at));
    case 0xd8: return skipMany(buf, at + 1, buf.readUInt8(at) * 2);
    case 0xd9: return skipMany(buf, at + 2, buf.readUInt16BE(at) * 2);
    case 0xda: return skipMany(buf, at + 4, buf.readUInt32BE(at) * 2);
    default: throw new Error(`not a PackStream marker: 0x${marker.toString(16)}`);
  }
}

function skipMany(buf: Buffer, offset: number, count: number): number {
  let at = offset;
  for (let i = 0; i < count; i++) at = skipValue(buf, at);
  return at;
}

function mapHeader(count: number): Buffer {
  if (count < 16) return Buffer.from([0xa0 | count]);
  if (count < 256) return Buffer.from([0xd8, count]);
  const header = Buffer.alloc(3);
  header[0] = 0xd9;
  header.writeUInt16BE(count, 1);
  return header;
}

/** The count of entries of the map at `offset`, and where its first entry starts. */
function mapStart(buf: Buffer, offset: number): { count: number; at: number } {
  const marker = buf[offset]!;
  if ((marker & 0xf0) === 0xa0) return { count: marker & 0x0f, at: offset + 1 };
  if (marker === 0xd8) return { count: buf.readUInt8(offset + 1), at: offset + 2 };
  if (marker === 0xd9) return { count: buf.readUInt16BE(offset + 1), at: offset + 3 };
  if (marker === 0xda) return { count: buf.readUInt32BE(offset + 1), at: offset + 5 };
  throw new Error(`expected a PackStream map, found marker 0x${marker.toString(16)}`);
}

const modeKey = Buffer.from([0x84, ...Buffer.from('mode')]);
const readMode = Buffer.concat([modeKey, Buffer.from([0x81, 0x72])]); // "mode": "r"

/** The map at `offset` with any `mode` entry replaced by `mode: "r"`, and the offset past it. */
function readOnlyExtra(buf: Buffer, offset: number): { map: Buffer; end: number } {
  const { count, at } = mapStart(buf, offset);
  const kept: Buffer[] = [];
  let cursor = at;
  for (let i = 0; i < count; i++) {
    const keyEnd = skipValue(buf, cursor);
    const valueEnd = skipValue(buf, keyEnd);
    if (!buf.subarray(cursor, keyEnd).equals(modeKey)) kept.push(buf.subarray(cursor, valueEnd));
    cursor = valueEnd;
  }
  return { map: Buffer.concat([mapHeader(kept.length + 1), ...kept, readMode]), end: cursor };
}

/** A client message, RUN or BEGIN made read-only; any other message unchanged. */
export function forceReadMode(message: Buffer): Buffer {
  const marker = message[0]!;
  if ((marker & 0xf0) !== 0xb0) return message;
  const fields = marker & 0x0f;
  const signature = message[1]!;
  if (signature === BEGIN && fields === 1) {
    const { map, end } = readOnlyExtra(message, 2);
    return Buffer.concat([message.subarray(0, 2), map, message.subarray(end)]);
  }
  if (signature === RUN && fields === 3) {
    const extraAt = skipValue(message, skipValue(message, 2));
    const { map, end } = readOnlyExtra(message, extraAt);
    return Buffer.concat([message.subarray(0, extraAt), map, message.subarray(end)]);
  }
  if (signature === RUN || signature === BEGIN) {
    // Bolt before 3.0 had no access modes: refuse rather than pass a message we cannot make safe.
    throw new Error('a RUN or BEGIN without an extra map (Bolt before 3.0) cannot be made read-only');
  }
  return message;
}

/** Splits a message into Bolt chunks (at most 65,535 bytes each), ended by the 0x0000 marker. */
export function chunk(message: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < message.length; at += 0xffff) {
    const piece = message.subarray(at, at + 0xffff);
    const size = Buffer.alloc(2);
    size.writeUInt16BE(piece.length);
    parts.push(size, piece);
  }
  parts.push(Buffer.from([0, 0]));
  return Buffer.concat(parts);
}

/**
 * Reassembles a client's byte stream into messages: the handshake first (returned as is, minus
 * any offer of the manifest handshake, which this reader does not speak), then whole messages.
 */
export class ClientStream {
  private pending = Buffer.alloc(0);
  private handshaken = false;
  private message: Buffer[] = [];

  /** Feeds bytes; returns what to send on, in order. */
  push(data: Buffer): Buffer[] {
    this.pending = Buffer.concat([this.pending, data]);
    const out: Buffer[] = [];
    if (!this.handshaken) {
      if (this.pending.length < 20) return out;
      const handshake = Buffer.from(this.pending.subarray(0, 20));
      // Version offers are 4 bytes each after the magic; 0x000001FF offers the manifest handshake.
      for (let at = 4; at < 20; at += 4) if (handshake.readUInt32BE(at) === 0x1ff) handshake.writeUInt32BE(0, at);
      out.push(handshake);
      this.pending = this.pending.subarray(20);
      this.handshaken = true;
    }
    while (this.pending.length >= 2) {
      const size = this.pending.readUInt16BE(0);
      if (this.pending.length < 2 + size) break;
      if (size === 0) {
        // A 0x0000 between messages is a keep-alive NOOP; after chunks it ends the message.
        if (this.message.length > 0) out.push(chunk(forceReadMode(Buffer.concat(this.message))));
        else out.push(Buffer.from([0, 0]));
        this.message = [];
      } else {
        this.message.push(this.pending.subarray(2, 2 + size));
      }
      this.pending = this.pending.subarray(2 + size);
    }
    return out;
  }
}
