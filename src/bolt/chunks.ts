/**
 * Bolt's framing: a message travels as chunks (a 2-byte size, then that many bytes), ended by an
 * empty chunk; an empty chunk between messages is a keep-alive NOOP.
 */

/** A message too large for the relay, or framing it cannot follow. */
export class FramingError extends Error {
  override name = 'FramingError';
}

/** Splits a message into chunks of at most 65,535 bytes and ends it. */
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
 * Reassembles a client's messages from bytes split anywhere, holding at most `maxMessageBytes` of
 * one message: a client that sends more without ending it is refused, not buffered.
 */
export class Dechunker {
  private pending: Buffer = Buffer.alloc(0);
  private parts: Buffer[] = [];
  private held = 0;

  constructor(private readonly maxMessageBytes: number) {}

  /** Feeds bytes; returns the messages they complete, in order (null for a NOOP). */
  push(data: Buffer): (Buffer | null)[] {
    this.pending = this.pending.length === 0 ? data : Buffer.concat([this.pending, data]);
    const out: (Buffer | null)[] = [];
    while (this.pending.length >= 2) {
      const size = this.pending.readUInt16BE(0);
      if (size === 0) {
        out.push(this.parts.length > 0 ? Buffer.concat(this.parts) : null);
        this.parts = [];
        this.held = 0;
        this.pending = this.pending.subarray(2);
        continue;
      }
      if (this.held + size > this.maxMessageBytes) {
        throw new FramingError(`a message is larger than the ${this.maxMessageBytes} bytes the console accepts`);
      }
      if (this.pending.length < 2 + size) break;
      this.parts.push(Buffer.from(this.pending.subarray(2, 2 + size)));
      this.held += size;
      this.pending = this.pending.subarray(2 + size);
    }
    // What is left is less than one chunk: its header and at most 65,535 bytes.
    return out;
  }
}

/**
 * Follows the server's chunks without holding its messages, to tell a summary (SUCCESS,
 * FAILURE, IGNORED: the answer to one request) from a RECORD; bytes pass on untouched.
 */
export class MessageSignatures {
  private headerBytes: number[] = [];
  private remaining = 0;
  /** The first two bytes of the message under way: its struct marker and signature. */
  private start: number[] = [];

  /** The signatures of the messages these bytes end, in order. */
  push(data: Buffer): number[] {
    const ended: number[] = [];
    let at = 0;
    while (at < data.length) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, data.length - at);
        for (let i = 0; i < take && this.start.length < 2; i++) this.start.push(data[at + i]!);
        at += take;
        this.remaining -= take;
        continue;
      }
      this.headerBytes.push(data[at++]!);
      if (this.headerBytes.length < 2) continue;
      const size = (this.headerBytes[0]! << 8) | this.headerBytes[1]!;
      this.headerBytes = [];
      if (size > 0) this.remaining = size;
      else if (this.start.length > 0) {
        ended.push(this.start[1] ?? -1);
        this.start = [];
      }
    }
    return ended;
  }
}
