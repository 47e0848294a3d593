import { inject } from 'vitest';

export interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts an operation to the running server exactly as a client app does. */
export async function gql<Data = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<Data> & { status: number }> {
  const response = await fetch(inject('graphqlUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<Data>;
  return { ...body, status: response.status };
}

/** Like gql, but fails the test with the server's messages when the response carries errors. */
export async function gqlData<Data = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await gql<Data>(query, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}

/** The parts of a connection most tests read. */
export interface Page<Node> {
  totalCount: number;
  nodes: Node[];
}

/** The ids of a page's nodes, in order. */
export const ids = (page: Page<{ id: string }>): string[] => page.nodes.map((node) => node.id);
