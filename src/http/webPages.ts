import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { projectRoot } from '../config.js';
import { frameAncestors } from './securityHeaders.js';

/** Where `npm run build` (scripts/buildWeb.mjs) puts the bundled analyst pages. */
export const webDir = path.join(projectRoot, 'dist', 'web');

/**
 * Everything a page loads comes from this server: the policy makes the browser refuse any other
 * host before a request leaves the machine, which is what analysts on a closed network need.
 */
export const pagePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  frameAncestors,
].join('; ');

/**
 * The analyst pages bundled from web/: the index at `/` (web/home) and every other page at
 * `/<page>/`. Before the first build they answer 503 with the command that builds them.
 */
export function webPageRoutes(dir: string = webDir): Router {
  const router = express.Router();
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!existsSync(path.join(dir, '.built'))) {
      if (req.path === '/' || /^\/[a-z-]+\/?$/.test(req.path)) {
        res.status(503).type('text').send('The analyst pages are not built yet: run `npm run build` (npm start does it).\n');
        return;
      }
      return next();
    }
    res.setHeader('Content-Security-Policy', pagePolicy);
    next();
  });
  router.get('/', (_req, res) => res.sendFile(path.join(dir, 'home', 'index.html')));
  // `/ide` and the like open the page's folder, so its relative links resolve.
  router.get(/^\/([a-z-]+)$/, (req, res, next) => {
    const page = String(req.params[0]);
    if (!existsSync(path.join(dir, page, 'index.html'))) return next();
    const query = req.originalUrl.slice(req.path.length);
    res.redirect(302, `/${page}/${query}`);
  });
  router.use(express.static(dir, { index: ['index.html'], dotfiles: 'ignore', redirect: false }));
  return router;
}
