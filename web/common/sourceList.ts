import { graphql } from './graphql.js';

/** The API's largest page: the fewest round trips for a page that needs every source. */
const pageSize = 100;
/**
 * The most pages a page asks for: the annotated sources and thousands of dataset files; past
 * that a page works with the sources it has (a quote of a source not among them shows its id).
 */
const maxPages = 50;

/**
 * Every source, with the given fields, page after page of `sources` (the API gives no more than
 * a page at a time). The operation's name says which page asks.
 */
export async function everySource<Source>(operation: string, fields: string): Promise<Source[]> {
  const query = `query ${operation}($after: String) { sources(first: ${pageSize}, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${fields} } } }`;
  const all: Source[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const { sources }: { sources: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Source[] } } = await graphql(query, { after });
    all.push(...sources.nodes);
    if (!sources.pageInfo.hasNextPage || !sources.pageInfo.endCursor) break;
    after = sources.pageInfo.endCursor;
  }
  return all;
}
