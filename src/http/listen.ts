import type http from 'node:http';
import net from 'node:net';
import { StartupError } from '../errors.js';

/** Why the API cannot listen, in one line that says which variable to change. */
function listenFailure(host: string, port: number, error: NodeJS.ErrnoException): StartupError {
  switch (error.code) {
    case 'EADDRINUSE':
      return new StartupError(`PORT ${port} on ${host} is already in use by another process; stop it or set PORT to a free port.`);
    case 'EACCES':
      return new StartupError(`Not allowed to listen on port ${port} of ${host} (EACCES); set PORT to 1024 or above.`);
    case 'EADDRNOTAVAIL':
      return new StartupError(`HOST ${host} is not an address of this machine; set HOST, e.g. to 127.0.0.1.`);
    default:
      return new StartupError(`Cannot listen on ${host}:${port}: ${error.message}`);
  }
}

/**
 * Fails fast when the API's port is taken, before anything slow (the embedded Neo4j, the seed)
 * starts. Port 0 asks the system for any free port and cannot be taken.
 */
export async function assertCanListen(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(listenFailure(host, port, error)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Listens, turning a port taken since assertCanListen into the same one-line StartupError. */
export function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => reject(listenFailure(host, port, error));
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
}
