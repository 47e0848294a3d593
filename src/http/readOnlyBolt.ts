import type http from 'node:http';
import net from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { ConsoleConnection, type ConsoleLimits } from '../bolt/consoleConnection.js';
import type { RelayPolicy } from '../bolt/requests.js';
import type { Logger } from '../logger.js';
import { sameOriginProblem } from './sameOrigin.js';

export interface BoltRelay {
  /** Closes every relayed connection (the HTTP server's drain waits for them). */
  close(): void;
}

export interface RelayOptions {
  readonly boltPort: number;
  readonly policy: RelayPolicy;
  readonly limits?: Partial<ConsoleLimits & { readonly maxBufferedBytes: number }>;
}

/** A statement and its parameters fit easily; a megabyte without a message end is not a client. */
export const defaultConsoleLimits: ConsoleLimits & { readonly maxBufferedBytes: number } = {
  maxMessageBytes: 1024 * 1024,
  maxPending: 1000,
  // Answers waiting for a slow client: Neo4j is paused past this rather than buffered without bound.
  maxBufferedBytes: 8 * 1024 * 1024,
};

const toBuffer = (data: RawData): Buffer =>
  Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);

function refuseUpgrade(socket: import('node:stream').Duplex, status: string, reason: string): void {
  const body = JSON.stringify({ errors: [{ message: `The console's WebSocket was refused: ${reason}.`, extensions: { code: 'FORBIDDEN' } }] });
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Bolt over WebSocket on the API's own port, for Neo4j Browser (the console). The client's Bolt
 * ends here: every message is decoded, checked and rebuilt (see src/bolt/), so analysts' Cypher
 * reads the graph the API serves and never changes it, reads no file or URL, and runs under a
 * timeout, with this server's credentials for the embedded Neo4j, which the Browser never sees.
 * Only this server's own pages may open it.
 */
export function readOnlyBoltRelay(httpServer: http.Server, options: RelayOptions, logger: Logger): BoltRelay {
  const limits = { ...defaultConsoleLimits, ...options.limits };
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes + 1024, perMessageDeflate: false });
  httpServer.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/' && path !== '/bolt') {
      refuseUpgrade(socket, '404 Not Found', 'the console is at / and /bolt');
      return;
    }
    const problem = sameOriginProblem(req);
    if (problem) {
      logger.warn('console connection refused', { reason: problem, origin: req.headers.origin ?? null });
      refuseUpgrade(socket, '403 Forbidden', problem);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => relay(ws));
  });

  function relay(ws: WebSocket) {
    sockets.add(ws);
    const bolt = net.connect(options.boltPort, '127.0.0.1');
    let ended = false;
    const end = (code = 1000, reason = '') => {
      if (ended) return;
      ended = true;
      sockets.delete(ws);
      bolt.destroy();
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason.slice(0, 120));
    };
    const connection = new ConsoleConnection(options.policy, limits, {
      toClient: (bytes) => {
        if (ws.readyState !== ws.OPEN) return;
        ws.send(bytes, () => {
          if (bolt.isPaused() && ws.bufferedAmount < limits.maxBufferedBytes / 2) bolt.resume();
        });
        if (ws.bufferedAmount > limits.maxBufferedBytes) bolt.pause();
      },
      toServer: (bytes) => bolt.write(bytes),
      close: (reason, kind) => {
        if (kind !== 'done') logger.warn('console connection closed', { reason });
        end(kind === 'too-large' ? 1009 : kind === 'refused' ? 1008 : 1000, reason);
      },
      refused: (reason) => logger.info('console statement refused', { reason }),
    });
    ws.on('message', (data) => {
      try {
        connection.fromClient(toBuffer(data));
      } catch (error) {
        logger.error('console relay failed', { error: error instanceof Error ? error.stack ?? error.message : String(error) });
        end(1011, 'internal error');
      }
    });
    bolt.on('data', (data) => {
      try {
        connection.fromServer(data);
      } catch (error) {
        logger.error('console relay failed', { error: error instanceof Error ? error.stack ?? error.message : String(error) });
        end(1011, 'internal error');
      }
    });
    bolt.on('error', () => end(1011, 'the database connection failed'));
    bolt.on('close', () => end(1001, 'the database connection closed'));
    ws.on('close', () => end());
    ws.on('error', () => end());
  }

  return {
    close() {
      for (const ws of sockets) ws.terminate();
      sockets.clear();
      wss.close();
    },
  };
}
