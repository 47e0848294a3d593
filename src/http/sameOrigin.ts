import { isIP } from 'node:net';
import os from 'node:os';
import type http from 'node:http';

/**
 * Whether a request comes from one of this server's own pages. Browsers send Origin on every
 * WebSocket upgrade, and a page in another tab cannot forge it, so the console's socket requires
 * it to name this server. The Host is checked as well: a page whose DNS name was re-pointed at
 * this machine (DNS rebinding) sends matching Origin and Host, but with a name that is not ours.
 * Names are ours when they are IP literals (rebinding needs a name), `localhost`, this machine's
 * host name, or listed in `extraHosts`.
 */
export function sameOriginProblem(req: http.IncomingMessage, extraHosts: readonly string[] = []): string | null {
  const host = req.headers.host;
  const origin = req.headers.origin;
  if (!host) return 'the request has no Host header';
  if (!origin) return 'the request has no Origin header; the console opens only from this server\'s own pages';
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return `the Host header ${JSON.stringify(host)} is not a host name`;
  }
  const ours = isIP(hostname) !== 0 || hostname === 'localhost' || hostname === os.hostname().toLowerCase() || extraHosts.includes(hostname);
  if (!ours) return `${JSON.stringify(hostname)} is not a name of this server (use localhost or its address)`;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return `the Origin ${JSON.stringify(origin)} is not a URL`;
  }
  if ((from.protocol !== 'http:' && from.protocol !== 'https:') || from.host.toLowerCase() !== host.toLowerCase()) {
    return `pages from ${origin} may not open the console; only this server's own pages (${host}) may`;
  }
  return null;
}
