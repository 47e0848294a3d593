import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { projectRoot } from '../config.js';
import { favoritesScript, guideFile, offlineScript, startScript, withProjectScripts } from './browserScripts.js';
import { grassText } from './browserStyle.js';
import { frameAncestors } from './securityHeaders.js';

export interface Neo4jBrowserOptions {
  /** The unpacked Neo4j Browser files. */
  readonly dir: string;
  /** The embedded database's Bolt address, which the read-only relay forwards to (loopback only). */
  readonly boltUri: string;
  /** The embedded database's credentials, which the relay logs the Browser in with (it never sees them). */
  readonly credentials: { readonly username: string; readonly password: string } | undefined;
}

/**
 * The Browser's bundles as this server serves them: the import of a web font from Google taken
 * out (the fonts fall back to the system's), and guides from the Browser's own server always
 * allowed. The Browser fetches a guide only from hosts on the database's allow-list, which names
 * `localhost` but not the address an analyst may reach this server by; this server is where the
 * Browser itself came from, and the page's Content-Security-Policy still refuses any other host.
 */
const patches: readonly { readonly find: RegExp | string; readonly replace: string }[] = [
  { find: /@import url\(https:\/\/fonts\.googleapis\.com[^)]*\);?/g, replace: '' },
  {
    find: 't.hostIsAllowed=(e,n)=>{if("*"===n)return!0;',
    replace: 't.hostIsAllowed=(e,n)=>{if("*"===n)return!0;try{if(new URL(e,location.href).origin===location.origin)return!0}catch(r){}',
  },
];

function patchedBundles(dir: string): Map<string, string> {
  const patched = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const changed = patches.reduce((result, { find, replace }) => result.replace(find, replace), text);
    if (changed !== text) patched.set(file, changed);
  }
  return patched;
}

/**
 * Serves Neo4j Browser at /browser, connected to the same graph the API reads, so analysts can
 * run this project's queries (favorites) and write their own. `/browser` opens it pointed at this
 * server's own port, where Bolt over WebSocket is relayed read-only to the embedded database
 * (see readOnlyBolt.ts): the graph the API serves cannot be changed from the Browser.
 */
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
        frameAncestors,
      ].join('; '),
    );
    next();
  });
  const bundles = patchedBundles(dir);
  router.get('/browser/:file', (req, res, next) => {
    const patched = bundles.get(String(req.params['file']));
    if (patched) res.type('application/javascript').send(patched);
    else next();
  });
  const favorites = favoritesScript();
  const index = withProjectScripts(readFileSync(path.join(dir, 'index.html'), 'utf8'));
  router.get('/browser/project-favorites.js', (_req, res) => res.type('application/javascript').send(favorites));
  router.get('/browser/project-offline.js', (_req, res) => res.type('application/javascript').send(offlineScript));
  const start = startScript();
  const grass = grassText();
  const guide = readFileSync(path.join(projectRoot, 'neo4j', 'browser', guideFile), 'utf8');
  router.get('/browser/project-start.js', (_req, res) => res.type('application/javascript').send(start));
  router.get('/browser/diplomatic-graph.grass', (_req, res) => res.type('text/plain').send(grass));
  router.get(`/browser/${guideFile}`, (_req, res) => res.type('html').send(guide));
  router.get(['/browser/', '/browser/index.html'], (_req, res) => res.type('html').send(index));
  router.use('/browser', express.static(dir, { index: false, fallthrough: false }));
  return router;
}
