import http from 'node:http';
import type { RawRequest } from './httpFuzzer.js';

export interface RawAnswer {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly text: string;
}

/**
 * Sends a request with node:http rather than fetch, whose URL parser would rewrite the path (and
 * refuse some of it) before it left: the fuzz is about what reaches the server as written.
 */
export function sendRaw(baseUrl: string, request: RawRequest, timeoutMs: number): Promise<RawAnswer | Error> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const outgoing = http.request(
      {
        host: hostname,
        port,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, ...(request.body ? { 'content-length': String(request.body.length) } : {}) },
        timeout: timeoutMs,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, contentType: incoming.headers['content-type'], text: Buffer.concat(chunks).toString('utf8') }),
        );
        incoming.on('error', resolve);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    outgoing.on('error', resolve);
    outgoing.end(request.body);
  });
}
