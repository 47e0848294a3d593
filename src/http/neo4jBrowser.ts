import express, { type Router } from 'express';

export interface Neo4jBrowserOptions {
  /** The unpacked Neo4j Browser files. */
  readonly dir: string;
  /** The Bolt address the analyst's browser connects to (over WebSocket, on the same port). */
  readonly boltUri: string;
}

/**
 * Serves Neo4j Browser at /browser, connected to the same graph the API reads, so analysts can
 * paste the queries in cypher/queries and write their own. `/browser` opens it already pointed
 * at the embedded database (which has no authentication and listens on loopback only).
 */
export function neo4jBrowserRoutes({ dir, boltUri }: Neo4jBrowserOptions): Router {
  const router = express.Router();
  const entry = `/browser/?${new URLSearchParams({ connectURL: boltUri, preselectAuthMethod: 'NO_AUTH' })}`;
  router.get('/browser', (req, res, next) => {
    if (req.originalUrl === '/browser') res.redirect(302, entry);
    else next();
  });
  router.use('/browser', express.static(dir, { index: 'index.html', fallthrough: false }));
  return router;
}
