import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './logger.js';

/** Stable `extensions.code` values a client can switch on. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  BadRequest: 'BAD_REQUEST',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  NotFound: 'NOT_FOUND',
  OperationNotSupported: 'OPERATION_NOT_SUPPORTED',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  QueryTimeout: 'QUERY_TIMEOUT',
  QueryTooLarge: 'QUERY_TOO_LARGE',
  InvalidStoredValue: 'INVALID_STORED_VALUE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The server cannot start for a reason the operator can fix; the message is that one line. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** An expected failure: its message is written for the client and shown as is. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }
}

export const badInput = (message: string, argument?: string): AppError =>
  new AppError(ErrorCode.BadUserInput, message, argument ? { argument } : {});

/** Codes whose messages were written for clients about their own request or a known outage. */
const clientCodes = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.BadRequest,
  ErrorCode.PayloadTooLarge,
  ErrorCode.UnsupportedMediaType,
  ErrorCode.NotFound,
  ErrorCode.OperationNotSupported,
  ErrorCode.ServiceUnavailable,
  ErrorCode.QueryTimeout,
  ErrorCode.QueryTooLarge,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Codes whose messages are safe to show but which still mean the server or its data is wrong:
 * logged like unexpected errors, yet not masked, so the client learns which part of its answer
 * is missing and why.
 */
const dataCodes = new Set<string>([ErrorCode.InvalidStoredValue]);

/** True for errors written for clients; everything else is unexpected and masked. */
export function isClientError(code: unknown): boolean {
  return typeof code === 'string' && clientCodes.has(code);
}

const isShown = (code: unknown): boolean => isClientError(code) || (typeof code === 'string' && dataCodes.has(code));

/**
 * Apollo refuses some requests with a 400 but no code (an unsupported persisted-query version, a
 * hash that does not match the text); without one they would be masked as internal errors.
 */
function isUncodedClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions['code'] !== undefined) return false;
  const status = (error.extensions['http'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * The one place errors are normalised: expected errors pass through; unexpected ones reach the
 * client as a generic message (the original only in development). Logging happens once, with the
 * request id, in errorLoggingPlugin.
 */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    if (isUncodedClientError(error)) formatted = { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BadRequest } };
    const code = formatted.extensions?.['code'];
    if (isShown(code)) {
      if (!production) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    return {
      message: production ? 'Internal server error' : formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: production ? { code: ErrorCode.Internal } : { ...formatted.extensions, code: ErrorCode.Internal },
    };
  };
}

/** Logs each error that is not the client's doing once, with its stack and the request id. */
export function errorLoggingPlugin(): ApolloServerPlugin<{ logger: Logger }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions?.['code'];
            if (isClientError(code)) continue;
            if (typeof code === 'string' && dataCodes.has(code)) {
              contextValue.logger.error('value stored in the graph is outside the schema', {
                path: error.path,
                type: error.extensions?.['type'],
                value: error.extensions?.['value'],
              });
              continue;
            }
            const original = unwrapResolverError(error.originalError ?? error);
            contextValue.logger.error('unexpected error', {
              path: error.path,
              error: original instanceof Error ? original.stack ?? original.message : String(original),
            });
          }
        },
      };
    },
  };
}
