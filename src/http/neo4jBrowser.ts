import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { favoritesScript, offlineScript, withProjectScripts } from './browserScripts.js';

export interface Neo4jBrowserOptions {
  /** The unpacked Neo4j Browser files. */
  readonly dir: string;
  /** The embedded database's Bolt address, which the read-only relay forwards to (loopback only). */
  readonly boltUri: string;
}

/**
 * Serves Neo4j Browser at /browser, connected to the same graph the API reads, so analysts can
 * paste the queries in cypher/queries and write their own. `/browser` opens it pointed at this
 * server's own port, where Bolt over WebSocket is relayed read-only to the embedded database
 * (see readOnlyBolt.ts): the graph the API serves cannot be changed from the Browser.
 */
/** Bundles that import a web font from Google, with the import taken out (the fonts fall back to the system's). */
function offlineBundles(dir: string): Map<string, string> {
  const patched = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    if (!text.includes('fonts.googleapis.com')) continue;
    patched.set(file, text.replace(/@import url\(https:\/\/fonts\.googleapis\.com[^)]*\);?/g, ''));
  }
  return patched;
}

export function neo4jBrowserRoutes({ dir }: Neo4jBrowserOptions): Router {
  const router = express.Router();
  router.get('/browser', (req, res, next) => {
    if (req.originalUrl !== '/browser') return next();
    // The address the analyst's browser already reaches this server by.
    const connectURL = `bolt://${req.headers.host ?? 'localhost'}`;
    res.redirect(302, `/browser/?${new URLSearchParams({ connectURL, preselectAuthMethod: 'NO_AUTH' })}`);
  });
  // Everything the page loads comes from here; the browser refuses the Browser's calls to font
  // CDNs, analytics, crash reports and feedback widgets before they leave the machine.
  router.use('/browser', (req, res, next) => {
    const host = req.headers.host ?? 'localhost';
    res.setHeader(
      'Content-Security-Policy',
      [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        `connect-src 'self' ws://${host} wss://${host}`,
        "worker-src 'self' blob:",
      ].join('; '),
    );
    next();
  });
  const offline = offlineBundles(dir);
  router.get('/browser/:file', (req, res, next) => {
    const patched = offline.get(String(req.params['file']));
    if (patched) res.type('application/javascript').send(patched);
    else next();
  });
  const favorites = favoritesScript();
  const index = withProjectScripts(readFileSync(path.join(dir, 'index.html'), 'utf8'));
  router.get('/browser/project-favorites.js', (_req, res) => res.type('application/javascript').send(favorites));
  router.get('/browser/project-offline.js', (_req, res) => res.type('application/javascript').send(offlineScript));
  router.get(['/browser/', '/browser/index.html'], (_req, res) => res.type('html').send(index));
  router.use('/browser', express.static(dir, { index: false, fallthrough: false }));
  return router;
}
