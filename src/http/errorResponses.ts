import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';

/** A GraphQL-shaped error body, so every client parses every answer the same way. */
export function sendGraphQLError(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

interface BodyParserError {
  readonly status: number;
  readonly type: string;
  readonly limit?: number;
  readonly charset?: string;
  readonly encoding?: string;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number' &&
  typeof (error as { type?: unknown }).type === 'string';

/** What was wrong with the body, in the client's terms; body-parser's own messages name internals. */
function describe(error: BodyParserError): { status: number; code: string; message: string } {
  switch (error.type) {
    case 'entity.parse.failed':
      return { status: 400, code: ErrorCode.BadRequest, message: 'The request body is not valid JSON.' };
    case 'entity.too.large':
      return {
        status: 413,
        code: ErrorCode.PayloadTooLarge,
        message: `The request body is larger than the ${error.limit ?? 'allowed'} bytes this API accepts.`,
      };
    case 'charset.unsupported':
      return { status: 415, code: ErrorCode.UnsupportedMediaType, message: `The body's charset ${JSON.stringify(error.charset)} is not supported; send UTF-8.` };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: ErrorCode.UnsupportedMediaType,
        message: `The body's content-encoding ${JSON.stringify(error.encoding)} is not supported; send it uncompressed, gzip, deflate or br.`,
      };
    default:
      return { status: error.status >= 400 && error.status < 500 ? error.status : 400, code: ErrorCode.BadRequest, message: 'The request body could not be read.' };
  }
}

/**
 * Errors of the body parser (malformed JSON, too large, an unsupported charset or encoding) as
 * GraphQL JSON with a code, instead of express's HTML page with a stack trace.
 */
export function bodyErrors(): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (!isBodyParserError(error) || error.status >= 500 || res.headersSent) {
      next(error);
      return;
    }
    const { status, code, message } = describe(error);
    sendGraphQLError(res, status, code, message);
  };
}

/** Any path the API does not serve: a JSON 404 rather than express's HTML page. */
export function notFound(): RequestHandler {
  return (req, res) => sendGraphQLError(res, 404, ErrorCode.NotFound, `Nothing is served at ${req.method} ${req.path}; the API is at /graphql.`);
}

/**
 * The last resort: a failure nothing else handled is a server bug, logged once as JSON with the
 * request id and answered as a masked 500, so no stack reaches stderr or the client.
 */
export function unexpectedErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    logger.error('unexpected error', {
      requestId: res.locals['requestId'],
      path: req.path,
      error: error instanceof Error ? error.stack ?? error.message : String(error),
    });
    // Half an answer cannot be turned into an error; ending the connection tells the client.
    if (res.headersSent) res.destroy();
    else sendGraphQLError(res, 500, ErrorCode.Internal, 'Internal server error');
  };
}
