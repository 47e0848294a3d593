import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { projectRoot } from '../config.js';
import type { ExampleOperation } from './exampleOperation.js';

export const operationsDir = path.join(projectRoot, 'operations');

/** The comment lines at the top of an operation file, which state the analyst's question. */
function leadingComment(document: string): string {
  const lines: string[] = [];
  for (const line of document.split('\n')) {
    if (!line.startsWith('#')) break;
    lines.push(line.replace(/^#\s?/, ''));
  }
  return lines.join(' ').trim();
}

/**
 * Every operations/*.graphql with its example variables from operations/variables.json (the one
 * table of them: the values the API tests run each operation with). Throws when the table names
 * an operation or a variable the files do not have, so the two cannot drift apart.
 */
export function loadExampleOperations(dir: string = operationsDir): ExampleOperation[] {
  const table = JSON.parse(readFileSync(path.join(dir, 'variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  const operations = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const document = readFileSync(path.join(dir, file), 'utf8');
      const definition = parse(document).definitions.find((node): node is OperationDefinitionNode => node.kind === 'OperationDefinition');
      const name = definition?.name?.value ?? file.replace(/\.graphql$/, '');
      const variables = table[name] ?? {};
      const declared = new Set(definition?.variableDefinitions?.map((node) => node.variable.name.value));
      const unknown = Object.keys(variables).filter((variable) => !declared.has(variable));
      if (unknown.length > 0) throw new Error(`operations/variables.json: ${name} has no variable ${unknown.map((v) => `$${v}`).join(', ')}`);
      return { name, file: `operations/${file}`, description: leadingComment(document), document, variables };
    });
  const names = new Set(operations.map((operation) => operation.name));
  const stray = Object.keys(table).filter((name) => !names.has(name));
  if (stray.length > 0) throw new Error(`operations/variables.json names operations with no file: ${stray.join(', ')}`);
  return operations;
}
