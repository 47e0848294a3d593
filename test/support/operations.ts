import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.js';
import { gqlData } from './graphql.js';

/** Runs an example operation from operations/<name>.graphql over HTTP, exactly as a client would. */
export function runOperation<Data>(name: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const document = readFileSync(path.join(projectRoot, 'operations', `${name}.graphql`), 'utf8');
  return gqlData<Data>(document, variables);
}
