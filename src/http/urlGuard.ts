import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors.js';
import { sendGraphQLError } from './errorResponses.js';

/**
 * The longest URL answered: room for any example operation sent by GET, URL-encoded, several
 * times over. Node's own limit on the request line and headers together (parserErrors.ts) is
 * twice this, so a URL just too long still gets this precise answer rather than that one.
 */
export const maxUrlBytes = 8192;

const decodes = (path: string): boolean => {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
};

/**
 * Refuses, before any route parses it, a URL over maxUrlBytes (414) or a path that is not valid
 * percent-encoding (400: a lone %, %zz, escapes that do not spell UTF-8). The routes would
 * otherwise each fail on it their own way; a path is the same mistake wherever it is sent.
 * Query strings are left to their readers, which keep an escape they cannot decode as it is.
 */
export function urlGuard(): RequestHandler {
  return (req, res, next) => {
    const url = req.originalUrl;
    if (url.length > maxUrlBytes) {
      sendGraphQLError(
        res,
        414,
        ErrorCode.UriTooLong,
        `The URL is ${url.length} bytes long; this server reads URLs of at most ${maxUrlBytes} bytes. Send a long operation as a POST body (JSON, or application/graphql).`,
      );
      return;
    }
    if (!decodes(req.path)) {
      sendGraphQLError(
        res,
        400,
        ErrorCode.BadRequest,
        `The URL path ${JSON.stringify(req.path.slice(0, 200))} is not valid percent-encoding: each % must begin an escape of two hex digits, and the escapes must spell UTF-8.`,
      );
      return;
    }
    next();
  };
}
