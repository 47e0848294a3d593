import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';

/** A GraphQL-shaped error body, so every client parses every answer the same way. */
export function sendGraphQLError(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * An error express or one of its parts (body-parser, the router, serve-static) raised for the
 * request itself, with the 4xx status it deserves. body-parser gives most a `type`; a body that
 * does not decompress keeps zlib's error, with a status but no type.
 */
interface HttpError {
  readonly status: number;
  readonly type?: string;
  readonly limit?: number;
  readonly charset?: string;
  readonly encoding?: string;
}

const isClientHttpError = (error: unknown): error is HttpError => {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500;
};

/** What was wrong with the body, in the client's terms; body-parser's own messages name internals. */
function describe(error: HttpError, req: Request): { status: number; code: string; message: string } {
  const contentEncoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
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
      if (contentEncoding !== 'identity') {
        return {
          status: 400,
          code: ErrorCode.BadRequest,
          message: `The request body is not valid ${contentEncoding} data, as its content-encoding says; send it compressed that way, or uncompressed.`,
        };
      }
      return { status: error.status, code: ErrorCode.BadRequest, message: 'The request body could not be read.' };
  }
}

/**
 * Errors of the body parser (malformed JSON, too large, an unsupported charset or encoding) as
 * GraphQL JSON with a code, instead of express's HTML page with a stack trace.
 */
export function bodyErrors(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (!isClientHttpError(error) || res.headersSent) {
      next(error);
      return;
    }
    const { status, code, message } = describe(error, req);
    sendGraphQLError(res, status, code, message);
  };
}

/** The code a client switches on for a status express's parts raise; most mean "fix the request". */
const codeOfStatus = (status: number): string =>
  status === 404 ? ErrorCode.NotFound : status === 413 ? ErrorCode.PayloadTooLarge : status === 415 ? ErrorCode.UnsupportedMediaType : ErrorCode.BadRequest;

/**
 * 4xx errors raised outside /graphql (a file missing under /browser, a path parameter that is not
 * valid percent-encoding, a Range past a file's end) as GraphQL JSON with the same status,
 * rather than as the server errors they would become in unexpectedErrors.
 */
export function httpClientErrors(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (!isClientHttpError(error) || res.headersSent) {
      next(error);
      return;
    }
    const message =
      error.status === 404
        ? `Nothing is served at ${req.method} ${req.path}; the API is at /graphql.`
        : error instanceof URIError
          ? `The URL path ${JSON.stringify(req.path.slice(0, 200))} is not valid percent-encoding.`
          : `The request cannot be served as sent: ${STATUS_CODES[error.status] ?? `HTTP ${error.status}`}.`;
    sendGraphQLError(res, error.status, codeOfStatus(error.status), message);
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
