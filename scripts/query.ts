// npm run query -- <operation file> [--var name=value ...] [--table] [--url <graphql url>]
// Runs one operation file against a running server and prints the answer as JSON (or tables).
// Exit codes: 0 answered, 1 the API answered with errors or could not be reached, 2 a usage mistake.
import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { answerTables } from '../src/workbench/answerTable.js';
import { parseQueryArgs, queryUsage, typedVariables, UsageError } from '../src/workbench/queryCli.js';

const fail = (message: string, code: number): never => {
  process.stderr.write(`${message}\n`);
  process.exit(code);
};

async function main(): Promise<void> {
  const args = parseQueryArgs(process.argv.slice(2), process.env);
  let document: string;
  try {
    document = readFileSync(args.file, 'utf8');
  } catch {
    return fail(`No operation file at ${args.file}; the examples are in operations/.`, 2);
  }
  const variables = typedVariables(document, args.vars);
  let response: Response;
  try {
    response = await fetch(args.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
  } catch {
    return fail(`No server answers at ${args.url}: start it with npm start, or point --url (or GRAPHQL_URL) at one.`, 1);
  }
  const text = await response.text();
  let body: { data?: Record<string, never> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return fail(`${args.url} answered ${response.status} with something other than GraphQL JSON: is it this API?`, 1);
  }
  if (body.data) process.stdout.write(`${args.table ? answerTables(body.data) : JSON.stringify(body.data, null, 2)}\n`);
  if (body.errors?.length) {
    fail(body.errors.map((error) => `error${error.extensions?.code ? ` ${error.extensions.code}` : ''}: ${error.message}`).join('\n'), 1);
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof GraphQLError) fail(`${error.message}\n${queryUsage}`, 2);
  fail(error instanceof Error ? error.stack ?? error.message : String(error), 1);
});
