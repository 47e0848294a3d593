import { ApiError } from './graphql.js';

/**
 * Neo4j compiles each new statement shape once; on a cold or busy server a page's first big
 * read can pass the query timeout, and the same read succeeds a moment later. Those two answers
 * (QUERY_TIMEOUT, SERVICE_UNAVAILABLE) are retried; any other error is the answer.
 */
const transient = /took longer than the server allows|unavailable; try again shortly/;

export async function withRetry<T>(read: () => Promise<T>, onRetry: () => void = () => undefined, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= attempts || !(error instanceof ApiError) || !transient.test(error.message)) throw error;
      onRetry();
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}
