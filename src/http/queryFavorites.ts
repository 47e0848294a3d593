import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import { loadQueries, queriesDir, type NamedQuery } from '../db/queries.js';
import { cypherLiteral } from '../planner/snapshots.js';

/** Example parameters for every named read query, in one place: what its favorite's :param lines set. */
export const queryExamplesFile = path.join(projectRoot, 'cypher', 'queryExamples.json');

export type ExampleParams = Readonly<Record<string, unknown>>;

export function queryExamples(): Readonly<Record<string, ExampleParams>> {
  return JSON.parse(readFileSync(queryExamplesFile, 'utf8')) as Record<string, ExampleParams>;
}

/** The parameters a statement uses (its comment lines, which name them too, left out). */
export function parametersOf(text: string): string[] {
  const statement = text.split('\n').filter((line) => !line.trimStart().startsWith('//')).join('\n');
  return [...new Set([...statement.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1]!))].sort();
}

/**
 * The named read queries as an analyst pastes them into Neo4j Browser: each with its example
 * parameters as :param lines first, so it runs as is. The loader's writes are left out: the
 * Browser is read-only here.
 */
export function namedQueryDocuments(): { name: string; content: string }[] {
  const examples = queryExamples();
  return [...loadQueries([queriesDir]).values()]
    .filter((query: NamedQuery) => query.mode === 'read')
    .map((query) => {
      const params = examples[query.name] ?? {};
      // The Browser runs a favorite as a script split at semicolons; a :param line ends with one.
      const lines = Object.entries(params).map(([key, value]) => `:param ${key} => ${cypherLiteral(value)};`);
      const header = `// named query: ${query.name} (cypher/queries/${query.name}.cypher), with example parameters from cypher/queryExamples.json`;
      return { name: query.name, content: [header, ...lines, query.text.trimEnd()].join('\n') + '\n' };
    });
}
