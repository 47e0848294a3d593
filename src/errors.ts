import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './logger.js';

/** Stable `extensions.code` values a client can switch on. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  QueryTimeout: 'QUERY_TIMEOUT',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected failure: its message is written for the client and shown as is. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }
}

export const badInput = (message: string, argument?: string): AppError =>
  new AppError(ErrorCode.BadUserInput, message, argument ? { argument } : {});

/** Codes whose messages were written for clients; everything else is masked. */
const clientCodes = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.ServiceUnavailable,
  ErrorCode.QueryTimeout,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place errors are normalised: expected errors pass through; unexpected ones are logged
 * once with their stack and reach the client as a generic message (the original only in
 * development).
 */
export function createFormatError(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && clientCodes.has(code)) {
      if (!production) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    logger.error('unexpected error', {
      path: formatted.path,
      error: original instanceof Error ? original.stack ?? original.message : String(original),
    });
    return {
      message: production ? 'Internal server error' : formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: production
        ? { code: ErrorCode.Internal }
        : { ...formatted.extensions, code: ErrorCode.Internal },
    };
  };
}
