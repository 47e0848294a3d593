/**
 * PackStream, the value format of Bolt messages, read completely and written canonically. The
 * console relay never forwards a client's bytes: it decodes every message into values (every
 * marker, every size form, structs included), checks them, and encodes what it sends anew, so a
 * byte trick that one reader would frame differently from another cannot reach Neo4j.
 */

/** A PackStream structure: a one-byte tag and its fields (a RUN message, a Date parameter...). */
export class Struct {
  constructor(
    readonly tag: number,
    readonly fields: readonly PackValue[],
  ) {}
}

/** Integers are bigints (PackStream has 64 of them), floats are numbers, so the two never mix. */
export type PackValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | Uint8Array
  | readonly PackValue[]
  | ReadonlyMap<string, PackValue>
  | Struct;

/** Bytes that are not PackStream, or not the value the reader expected. */
export class PackStreamError extends Error {
  override name = 'PackStreamError';
}

/** Deeper nesting than any client needs; past it a message is refused rather than recursed into. */
const maxDepth = 64;
const utf8 = new TextDecoder('utf-8', { fatal: true });

class Reader {
  at = 0;
  constructor(private readonly buf: Buffer) {}

  private need(bytes: number): void {
    if (this.at + bytes > this.buf.length) throw new PackStreamError(`the message ends inside a value (byte ${this.at} of ${this.buf.length})`);
  }

  private u8(): number {
    this.need(1);
    return this.buf[this.at++]!;
  }

  private size(bytes: 1 | 2 | 4): number {
    this.need(bytes);
    const value = bytes === 1 ? this.buf.readUInt8(this.at) : bytes === 2 ? this.buf.readUInt16BE(this.at) : this.buf.readUInt32BE(this.at);
    this.at += bytes;
    return value;
  }

  private bytes(length: number): Buffer {
    this.need(length);
    const out = this.buf.subarray(this.at, this.at + length);
    this.at += length;
    return out;
  }

  private text(length: number): string {
    try {
      return utf8.decode(this.bytes(length));
    } catch (error) {
      if (error instanceof PackStreamError) throw error;
      throw new PackStreamError('a string is not valid UTF-8');
    }
  }

  private list(count: number, depth: number): PackValue[] {
    // Every value takes at least a byte: a count beyond what is left is a lie, not a reason to allocate.
    this.need(count);
    return Array.from({ length: count }, () => this.value(depth + 1));
  }

  private map(count: number, depth: number): Map<string, PackValue> {
    this.need(count * 2);
    const entries = new Map<string, PackValue>();
    for (let i = 0; i < count; i++) {
      const key = this.value(depth + 1);
      if (typeof key !== 'string') throw new PackStreamError('a map key is not a string');
      if (entries.has(key)) throw new PackStreamError(`a map has the key ${JSON.stringify(key)} twice`);
      entries.set(key, this.value(depth + 1));
    }
    return entries;
  }

  private struct(count: number, depth: number): Struct {
    const tag = this.u8();
    return new Struct(tag, this.list(count, depth));
  }

  value(depth = 0): PackValue {
    if (depth > maxDepth) throw new PackStreamError(`values nest deeper than ${maxDepth} levels`);
    const marker = this.u8();
    if (marker <= 0x7f) return BigInt(marker);
    if (marker >= 0xf0) return BigInt(marker - 0x100);
    const high = marker & 0xf0;
    const low = marker & 0x0f;
    if (high === 0x80) return this.text(low);
    if (high === 0x90) return this.list(low, depth);
    if (high === 0xa0) return this.map(low, depth);
    if (high === 0xb0) return this.struct(low, depth);
    switch (marker) {
      case 0xc0: return null;
      case 0xc1: { this.need(8); const value = this.buf.readDoubleBE(this.at); this.at += 8; return value; }
      case 0xc2: return false;
      case 0xc3: return true;
      case 0xc8: { this.need(1); return BigInt(this.buf.readInt8(this.at++)); }
      case 0xc9: { this.need(2); const value = this.buf.readInt16BE(this.at); this.at += 2; return BigInt(value); }
      case 0xca: { this.need(4); const value = this.buf.readInt32BE(this.at); this.at += 4; return BigInt(value); }
      case 0xcb: { this.need(8); const value = this.buf.readBigInt64BE(this.at); this.at += 8; return value; }
      case 0xcc: return new Uint8Array(this.bytes(this.size(1)));
      case 0xcd: return new Uint8Array(this.bytes(this.size(2)));
      case 0xce: return new Uint8Array(this.bytes(this.size(4)));
      case 0xd0: return this.text(this.size(1));
      case 0xd1: return this.text(this.size(2));
      case 0xd2: return this.text(this.size(4));
      case 0xd4: return this.list(this.size(1), depth);
      case 0xd5: return this.list(this.size(2), depth);
      case 0xd6: return this.list(this.size(4), depth);
      case 0xd8: return this.map(this.size(1), depth);
      case 0xd9: return this.map(this.size(2), depth);
      case 0xda: return this.map(this.size(4), depth);
      // STRUCT_8 and STRUCT_16: gone from the current spec, still accepted by Neo4j, so read here too.
      case 0xdc: return this.struct(this.size(1), depth);
      case 0xdd: return this.struct(this.size(2), depth);
      default: throw new PackStreamError(`0x${marker.toString(16).padStart(2, '0')} is not a PackStream marker`);
    }
  }
}

/** The one value a whole message holds; trailing bytes are an error, not something to pass on. */
export function decodeMessage(message: Buffer): PackValue {
  const reader = new Reader(message);
  const value = reader.value();
  if (reader.at !== message.length) throw new PackStreamError(`${message.length - reader.at} bytes follow the message's value`);
  return value;
}

function header(size: number, tiny: number, markers: readonly [number, number, number]): Buffer {
  if (size < 16 && tiny >= 0) return Buffer.from([tiny | size]);
  if (size < 0x100) return Buffer.from([markers[0], size]);
  if (size < 0x10000) return Buffer.from([markers[1], size >> 8, size & 0xff]);
  const out = Buffer.alloc(5);
  out[0] = markers[2];
  out.writeUInt32BE(size, 1);
  return out;
}

function encodeInt(value: bigint): Buffer {
  if (value >= -16n && value <= 127n) return Buffer.from([Number(value) & 0xff]);
  if (value >= -128n && value <= 127n) return Buffer.from([0xc8, Number(value) & 0xff]);
  if (value >= -32768n && value <= 32767n) {
    const out = Buffer.alloc(3);
    out[0] = 0xc9;
    out.writeInt16BE(Number(value), 1);
    return out;
  }
  if (value >= -2147483648n && value <= 2147483647n) {
    const out = Buffer.alloc(5);
    out[0] = 0xca;
    out.writeInt32BE(Number(value), 1);
    return out;
  }
  const out = Buffer.alloc(9);
  out[0] = 0xcb;
  out.writeBigInt64BE(value, 1);
  return out;
}

function encodeInto(value: PackValue, parts: Buffer[]): void {
  if (value === null) parts.push(Buffer.from([0xc0]));
  else if (typeof value === 'boolean') parts.push(Buffer.from([value ? 0xc3 : 0xc2]));
  else if (typeof value === 'bigint') parts.push(encodeInt(value));
  else if (typeof value === 'number') {
    const out = Buffer.alloc(9);
    out[0] = 0xc1;
    out.writeDoubleBE(value, 1);
    parts.push(out);
  } else if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    parts.push(header(bytes.length, 0x80, [0xd0, 0xd1, 0xd2]), bytes);
  } else if (value instanceof Uint8Array) {
    parts.push(header(value.length, -1, [0xcc, 0xcd, 0xce]), Buffer.from(value));
  } else if (value instanceof Struct) {
    if (value.fields.length >= 16) throw new PackStreamError('a struct has more than 15 fields');
    parts.push(Buffer.from([0xb0 | value.fields.length, value.tag]));
    for (const field of value.fields) encodeInto(field, parts);
  } else if (value instanceof Map) {
    parts.push(header(value.size, 0xa0, [0xd8, 0xd9, 0xda]));
    for (const [key, entry] of value) {
      encodeInto(key, parts);
      encodeInto(entry, parts);
    }
  } else {
    const list = value as readonly PackValue[];
    parts.push(header(list.length, 0x90, [0xd4, 0xd5, 0xd6]));
    for (const item of list) encodeInto(item, parts);
  }
}

/** A value in PackStream's shortest form for each marker (tiny structs only). */
export function encodeValue(value: PackValue): Buffer {
  const parts: Buffer[] = [];
  encodeInto(value, parts);
  return Buffer.concat(parts);
}
