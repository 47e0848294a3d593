import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Every answer is the graph as it stands, so none may be cached. Apollo's cache-control plugin
 * says so too, but only after costing a hint for every field resolved (the schema gives none);
 * it is disabled in server.ts and the header is set here once per response instead.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
