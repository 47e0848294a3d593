import http from 'node:http';
import express, { type Request, type Response, type Router } from 'express';
import { requestIdFrom } from '../requestId.js';
import { ErrorCode } from '../errors.js';
import type { StartupProgress } from '../startup/progress.js';
import { answerParserErrors } from './parserErrors.js';
import { securityHeaders } from './securityHeaders.js';
import { startingPage } from './startingPage.js';
import { urlGuard } from './urlGuard.js';
import { pagePolicy } from './webPages.js';

export interface StartingServer {
  readonly httpServer: http.Server;
  /** From now on every request goes to `app`, the server fully started. */
  open(app: http.RequestListener): void;
}

/** How soon a refused client may ask again. */
const retryAfterSeconds = 1;

/** A browser opening a page (its navigation asks for HTML by name; a script's fetch does not). */
const opensPage = (req: Request): boolean => (req.method === 'GET' || req.method === 'HEAD') && /\btext\/html\b/.test(req.headers.accept ?? '');

/** `/status`: the start's progress as JSON, during the start and after it. */
export function statusRoute(progress: StartupProgress): Router {
  const router = express.Router();
  router.get('/status', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(progress.status());
  });
  return router;
}

/**
 * What answers while the database starts, the sources load and the plans warm: every page a
 * browser opens is the status page (which reloads into that page once started), `/` asked for
 * JSON and every other request a 503 that says which step the start is at. Nothing reaches a
 * route that needs the database.
 */
function startingRoutes(progress: StartupProgress): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.locals['requestId'] = requestId;
    res.setHeader('x-request-id', requestId);
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(securityHeaders(), urlGuard());
  app.get('/health', (_req, res) => {
    if (progress.status().status === 'failed') res.status(503).json({ status: 'failed', database: 'failed' });
    else res.json({ status: 'ok', database: 'starting' });
  });
  app.get('/ready', (_req, res) => res.status(503).json({ status: 'unavailable' }));
  app.use(statusRoute(progress));
  app.use((req: Request, res: Response) => {
    const status = progress.status();
    res.setHeader('Retry-After', String(retryAfterSeconds));
    // `/` as the index will answer it: HTML unless the client prefers JSON (the discovery document).
    const page = req.path === '/' ? (req.method === 'GET' || req.method === 'HEAD') && req.accepts(['text/html', 'application/json']) === 'text/html' : opensPage(req);
    if (page) {
      res.setHeader('Content-Security-Policy', pagePolicy);
      res.status(503).type('html').send(startingPage(status));
      return;
    }
    if (req.path === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.status(503).json(status);
      return;
    }
    const message =
      status.status === 'failed'
        ? `The server could not start and is stopping: ${status.message}.`
        : `The server is starting (${status.message}); try again in a moment. Progress is at /status.`;
    res.status(503).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.ServiceUnavailable, startup: status } }] }));
  });
  return app;
}

/**
 * The HTTP server, listening before anything slow starts: it answers from the start-up routes
 * until `open` hands it the started server's app.
 */
export function createStartingServer(progress: StartupProgress): StartingServer {
  const starting = startingRoutes(progress);
  let app: http.RequestListener | undefined;
  const httpServer = http.createServer((req, res) => (app ?? starting)(req, res));
  answerParserErrors(httpServer);
  return {
    httpServer,
    open(started) {
      app = started;
    },
  };
}
