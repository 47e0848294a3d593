import WebSocket from 'ws';
import { chunk, Dechunker } from '../../src/bolt/chunks.js';
import { decodeMessage, encodeValue, Struct, type PackValue } from '../../src/bolt/packstream.js';

/**
 * A Bolt client over WebSocket as an attacker or the Browser would write one: raw bytes when a
 * test needs them, messages otherwise, and every answer read back as PackStream.
 */
export interface BoltClient {
  /** The version the handshake agreed, as Neo4j's four bytes (0 when refused). */
  readonly agreed: number;
  sendRaw(bytes: Buffer): void;
  send(tag: number, ...fields: PackValue[]): void;
  /** The next whole message from the server (a Struct), or the close when the connection ends first. */
  next(timeoutMs?: number): Promise<Struct | { closed: number; reason: string }>;
  /** Answers up to and including the next summary (SUCCESS, FAILURE, IGNORED). */
  untilSummary(timeoutMs?: number): Promise<Struct[]>;
  close(): void;
}

export const handshakeWith = (...offers: number[]): Buffer => {
  const out = Buffer.alloc(20);
  out.writeUInt32BE(0x6060b017, 0);
  offers.forEach((offer, i) => out.writeUInt32BE(offer, 4 + 4 * i));
  return out;
};

export const message = (tag: number, ...fields: PackValue[]): Buffer => chunk(encodeValue(new Struct(tag, fields)));
export const extra = (entries: Record<string, PackValue>): Map<string, PackValue> => new Map(Object.entries(entries));

export function openWebSocket(url: string, headers: Record<string, string>): Promise<WebSocket | { status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (data: Buffer) => (body += data.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    ws.once('error', reject);
  });
}

/** Opens the console's socket as the server's own page would, and shakes hands with `offers`. */
export async function boltClient(baseUrl: string, handshake: Buffer = handshakeWith(0x00040405, 0x00000404)): Promise<BoltClient> {
  const ws = await openWebSocket(baseUrl.replace(/^http/, 'ws'), { Origin: baseUrl });
  if (!(ws instanceof WebSocket)) throw new Error(`the console refused the upgrade: ${ws.status} ${ws.body}`);
  const queue: (Struct | { closed: number; reason: string })[] = [];
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((waiter) => waiter());
  let greeting: Buffer = Buffer.alloc(0);
  let agreedResolve: (value: number) => void = () => undefined;
  const agreed = new Promise<number>((resolve) => (agreedResolve = resolve));
  const dechunker = new Dechunker(64 * 1024 * 1024);
  ws.on('message', (data: Buffer) => {
    let bytes = data;
    if (greeting.length < 4) {
      greeting = Buffer.concat([greeting, bytes]);
      if (greeting.length < 4) return;
      agreedResolve(greeting.readUInt32BE(0));
      bytes = greeting.subarray(4);
    }
    for (const whole of dechunker.push(bytes)) if (whole) queue.push(decodeMessage(whole) as Struct);
    wake();
  });
  ws.on('close', (code, reason) => {
    agreedResolve(0);
    queue.push({ closed: code, reason: reason.toString() });
    wake();
  });
  ws.send(handshake);
  const version = await agreed;
  const next = async (timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (queue.length === 0) {
      if (Date.now() > deadline) throw new Error('no answer from the console in time');
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
    const head = queue[0]!;
    if (!(head instanceof Struct)) return head; // the close stays for every later call
    return queue.shift()!;
  };
  return {
    agreed: version,
    sendRaw: (bytes) => ws.send(bytes),
    send: (tag, ...fields) => ws.send(message(tag, ...fields)),
    next,
    async untilSummary(timeoutMs) {
      const answers: Struct[] = [];
      for (;;) {
        const answer = await next(timeoutMs);
        if (!(answer instanceof Struct)) throw new Error(`the console closed the connection (${answer.closed}: ${answer.reason})`);
        answers.push(answer);
        if (answer.tag !== 0x71) return answers;
      }
    },
    close: () => ws.close(),
  };
}
