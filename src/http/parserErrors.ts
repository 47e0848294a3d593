import http from 'node:http';
import type { Duplex } from 'node:stream';
import { ErrorCode } from '../errors.js';
import { frameAncestors } from './securityHeaders.js';

/** How long a refused client may go on sending before its connection is closed under it. */
const drainMs = 2000;

interface Refusal {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
}

function refusal(error: NodeJS.ErrnoException): Refusal {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        code: ErrorCode.HeadersTooLarge,
        message: `The request's URL and headers together are larger than the ${http.maxHeaderSize} bytes this server reads. Send a long operation as a POST body (JSON, or application/graphql).`,
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: ErrorCode.BadRequest, message: 'The request did not arrive in full in time.' };
    default:
      return { status: 400, code: ErrorCode.BadRequest, message: `The request is not valid HTTP/1.1 (${error.code ?? 'unreadable'}).` };
  }
}

const rawAnswer = ({ status, code, message }: Refusal): string => {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  return [
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    'X-Frame-Options: SAMEORIGIN',
    `Content-Security-Policy: ${frameAncestors}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
};

/**
 * Requests Node's HTTP parser refuses before express sees them (a request line and headers over
 * http.maxHeaderSize, bytes that are not HTTP) get a GraphQL JSON error like every other refusal,
 * where Node would send a bare status. What the client still sends is read and dropped for a
 * moment: closing with it unread would reset the connection, and the client would lose the answer.
 */
export function answerParserErrors(server: http.Server): void {
  const answered = new WeakSet<Duplex>();
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // The parser fails again on each further chunk of the same request.
    if (answered.has(socket)) return;
    answered.add(socket);
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(rawAnswer(refusal(error)));
    socket.resume();
    setTimeout(() => socket.destroy(), drainMs).unref();
  });
}
