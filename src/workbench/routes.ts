import path from 'node:path';
import express, { type Router } from 'express';
import { projectRoot } from '../config.js';
import type { ExampleOperation } from './exampleOperation.js';

export interface WorkbenchOptions {
  readonly examples: readonly ExampleOperation[];
  /** Whether Neo4j Browser (and the read-only Bolt relay on this port) is served. */
  readonly servesNeo4jBrowser: boolean;
}

/**
 * What the pages and tools read from the server, beside the pages themselves: the example
 * operations for the IDE, and the discovery document at `/` that Neo4j Browser (and any client
 * asking for JSON) reads to find where to connect.
 */
export function workbenchRoutes({ examples, servesNeo4jBrowser }: WorkbenchOptions): Router {
  const router = express.Router();
  const operations = JSON.stringify({ operations: examples });
  // The graph model, as the index page links it: plain text, readable in any browser.
  router.get('/docs/model.md', (_req, res) => res.type('text/plain; charset=utf-8').sendFile(path.join(projectRoot, 'docs', 'model.md')));
  router.get('/ide/operations.json', (_req, res) => res.type('application/json').send(operations));
  router.get('/', (req, res, next) => {
    if (req.accepts(['text/html', 'application/json']) !== 'application/json') return next();
    const host = req.headers.host ?? 'localhost';
    res.json({
      graphql: `http://${host}/graphql`,
      ide: `http://${host}/ide/`,
      // Neo4j Browser connects to the first of bolt_routing, bolt_direct and bolt it finds: a
      // direct address, since the relay on this port is one server and routing would lead past it.
      ...(servesNeo4jBrowser ? { bolt_direct: `bolt://${host}`, neo4j_edition: 'community', browser: `http://${host}/browser` } : {}),
    });
  });
  return router;
}
