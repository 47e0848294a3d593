import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { EmbeddedNeo4j, ExternalNeo4j } from './config.js';
import type { Logger } from './logger.js';

/** Stable `extensions.code` values a client can switch on. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  BadRequest: 'BAD_REQUEST',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  UriTooLong: 'URI_TOO_LONG',
  HeadersTooLarge: 'REQUEST_HEADERS_TOO_LARGE',
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
  ErrorCode.UriTooLong,
  ErrorCode.HeadersTooLarge,
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
 * graphql-js stops coercing variables after 50 errors and adds one of its own, with no code and
 * no variable named, which Apollo (unlike the 50 before it) does not mark as the client's.
 */
const variableErrorCap = 'Too many errors processing variables, error limit reached. Execution aborted.';
const isVariableErrorCap = (error: unknown): boolean =>
  error instanceof GraphQLError && error.message === variableErrorCap && error.extensions['code'] === undefined;
const variableErrorCapMessage =
  'More than 50 variable values are invalid; the first 50 are listed and the rest were not checked. Nothing ran: fix them and send the operation again.';

/** The code of an error that is the client's doing yet came without one, or undefined. */
function uncodedClientCode(error: unknown): ErrorCode | undefined {
  if (isVariableErrorCap(error)) return ErrorCode.BadUserInput;
  if (isUncodedClientError(error)) return ErrorCode.BadRequest;
  return undefined;
}

/**
 * The one place errors are normalised: expected errors pass through; unexpected ones reach the
 * client as a generic message. Only with DEBUG_ERRORS=on does an answer carry stack traces and the
 * original message of an unexpected error (which may name server files). Logging happens once,
 * with the request id, in errorLoggingPlugin.
 */
export function createFormatError({ debug }: { readonly debug: boolean }) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const uncoded = uncodedClientCode(error);
    if (uncoded) {
      const message = uncoded === ErrorCode.BadUserInput ? variableErrorCapMessage : formatted.message;
      formatted = { ...formatted, message, extensions: { ...formatted.extensions, code: uncoded } };
    }
    const code = formatted.extensions?.['code'];
    if (isShown(code)) {
      if (debug) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    return {
      message: debug ? formatted.message : 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: debug ? { ...formatted.extensions, code: ErrorCode.Internal } : { code: ErrorCode.Internal },
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
            if (isClientError(code) || uncodedClientCode(error)) continue;
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

/** Neo4j's words when it cannot write its transaction log, which on a working machine means the disk is full. */
const storeFull = /Could not append transaction|unable to write transaction to log|No space left on device/i;

/**
 * A load (the seed at start, `npm run ingest`) that failed because the disk holding the store is
 * full, as a one-line StartupError saying so, where the store is and what to do; any other error
 * is returned as it is. Neo4j's own message names neither the disk nor the store.
 */
export function explainLoadFailure(error: unknown, neo4j: EmbeddedNeo4j | ExternalNeo4j): unknown {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (!storeFull.test(cause.message)) continue;
    const [store, remedy] =
      neo4j.kind === 'embedded'
        ? [`the store at ${neo4j.dataDir}`, 'Free space on that disk, or set NEO4J_DATA_DIR to a folder on a larger one, and run again']
        : [`the store of the Neo4j server at ${neo4j.uri}`, "Free space on that server's disk and run again"];
    return new StartupError(
      `The database could not write to its store: the disk holding ${store} is full (Neo4j: "${cause.message.split('\n')[0]?.slice(0, 200)}"). ${remedy}; ` +
        'each source loads in one transaction, so the sources loaded before stay loaded and the load goes on from the one that failed.',
      { cause: error },
    );
  }
  return error;
}
