import type http from 'node:http';
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
 * Listens, turning a port in use (or not ours to take) into a one-line StartupError; done first,
 * before anything slow starts, so such a start fails at once.
 */
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

/** The port the server is bound to (the configured one until it listens; PORT=0 picks a free one). */
export function boundPort(server: http.Server, port: number): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}

/**
 * The address people and tools are told to use, e.g. `http://localhost:4000`: the port actually
 * bound (PORT=0 picks one), and localhost for the loopback and any-address hosts.
 */
export function serverOrigin(server: http.Server, host: string, port: number): string {
  const bound = boundPort(server, port);
  const name = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
  return `http://${name}:${bound}`;
}
