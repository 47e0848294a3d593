import type http from 'node:http';
import net from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Logger } from '../logger.js';
import { ClientStream } from './boltMessages.js';

export interface BoltRelay {
  /** Closes every relayed connection (the HTTP server's drain waits for them). */
  close(): void;
}

const toBuffer = (data: RawData): Buffer =>
  Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);

/**
 * Bolt over WebSocket on the API's own port, for Neo4j Browser, relayed to the embedded Neo4j
 * with every RUN and BEGIN forced to READ: analysts' Cypher can read the graph the API serves but
 * never change it (Neo4j refuses writes in a read transaction), whatever they type. The
 * embedded Bolt port itself stays on loopback, for the API and the loader.
 */
export function readOnlyBoltRelay(httpServer: http.Server, boltPort: number, logger: Logger): BoltRelay {
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true });
  httpServer.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/' && path !== '/bolt') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => relay(ws));
  });

  function relay(ws: WebSocket) {
    sockets.add(ws);
    const bolt = net.connect(boltPort, '127.0.0.1');
    const stream = new ClientStream();
    const end = () => {
      sockets.delete(ws);
      bolt.destroy();
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close();
    };
    ws.on('message', (data) => {
      try {
        for (const out of stream.push(toBuffer(data))) bolt.write(out);
      } catch (error) {
        logger.warn('Neo4j Browser sent a message the read-only relay cannot pass', { error: String(error) });
        ws.close(1008, 'unsupported Bolt message');
        end();
      }
    });
    bolt.on('data', (data) => ws.send(data));
    bolt.on('error', end);
    bolt.on('close', end);
    ws.on('close', end);
    ws.on('error', end);
  }

  return {
    close() {
      for (const ws of sockets) ws.terminate();
      sockets.clear();
      wss.close();
    },
  };
}
