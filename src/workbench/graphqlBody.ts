import express, { type RequestHandler } from 'express';
import { ErrorCode } from '../errors.js';
import { sendGraphQLError } from '../http/errorResponses.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * POST bodies of type application/graphql: the body is the operation text, as `curl --data-binary
 * @operations/X.graphql` sends it; variables (a JSON object) and the operation name may come as
 * the query parameters ?variables= and ?operationName=. Within the same size limit as JSON
 * bodies; such a request is never one a browser sends cross-site without asking first, so
 * Apollo's CSRF prevention lets it through as it does JSON.
 */
export function graphqlBody(limit: string): RequestHandler[] {
  const text = express.text({ type: 'application/graphql', limit });
  const toRequest: RequestHandler = (req, res, next) => {
    if (req.method !== 'POST' || !req.is('application/graphql') || typeof req.body !== 'string') return next();
    const { variables, operationName } = req.query as Record<string, unknown>;
    let parsed: unknown;
    if (variables !== undefined) {
      try {
        parsed = JSON.parse(String(variables));
      } catch {
        parsed = undefined;
      }
      if (!isRecord(parsed)) {
        sendGraphQLError(res, 400, ErrorCode.BadRequest, 'The query parameter "variables" must be a JSON object, e.g. ?variables={"name":"Liz Truss"} (URL-encoded).');
        return;
      }
    }
    req.body = { query: req.body, ...(parsed ? { variables: parsed } : {}), ...(typeof operationName === 'string' ? { operationName } : {}) };
    next();
  };
  return [text, toRequest];
}
