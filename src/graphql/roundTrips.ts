import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/**
 * Tells the client (and the benchmark) how many database round trips its request took, in the
 * x-db-round-trips header: one per root field is the design, more is worth a report.
 */
export function roundTripsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set('x-db-round-trips', String(contextValue.stats.roundTrips));
        },
      };
    },
  };
}
