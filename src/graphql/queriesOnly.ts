import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, ErrorCode } from '../errors.js';

/**
 * The API is read-only: its schema has no Mutation or Subscription type, which graphql-js only
 * notices during execution, as an internal error. Refusing here makes it the client's 400.
 */
export function queriesOnlyPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (!operation || operation.operation === 'query') return;
          throw new AppError(
            ErrorCode.OperationNotSupported,
            `This API is read-only and runs only query operations; a ${operation.operation} cannot run here.`,
            { http: { status: 400 } },
          );
        },
      };
    },
  };
}
