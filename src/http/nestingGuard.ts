import type { RequestHandler } from 'express';
import { bracketDepth } from '../graphql/nesting.js';
import { sendGraphQLError } from './errorResponses.js';

/**
 * Refuses operation text nested deeper than maxDepth before Apollo parses it (see bracketDepth),
 * with the same code and status as any other syntax error.
 */
export function nestingGuard(maxDepth: number): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const fromBody = typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : undefined;
    const fromUrl: unknown = req.method === 'GET' ? req.query['query'] : undefined;
    const query = typeof fromBody === 'string' ? fromBody : typeof fromUrl === 'string' ? fromUrl : undefined;
    if (query !== undefined && bracketDepth(query) > maxDepth) {
      sendGraphQLError(res, 400, 'GRAPHQL_PARSE_FAILED', `Syntax Error: brackets nest more than ${maxDepth} deep; no operation of this API needs that.`);
      return;
    }
    next();
  };
}
