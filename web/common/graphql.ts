/** An error the API answered with, carrying its own message for the page to show. */
export class ApiError extends Error {}

/** Runs one operation against this server's /graphql and returns its data, or throws the API's errors. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((error) => error.message).join('\n'));
  if (!body.data) throw new ApiError(`The API answered ${response.status} with no data.`);
  return body.data;
}
