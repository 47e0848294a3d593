import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';

export const schemaDir = path.join(projectRoot, 'cypher', 'schema');
/** The loader's parameterised statements, run with batches of rows (see src/ingest/). */
export const seedDir = path.join(projectRoot, 'cypher', 'seed');

export interface CypherScript {
  /** Path relative to cypher/, e.g. "schema/001-constraints.cypher": the name the loader records. */
  readonly name: string;
  readonly kind: 'schema';
  readonly checksum: string;
  readonly statements: readonly string[];
}

/**
 * Splits a script into statements. The convention (docs/model.md): a statement ends with `;`
 * as the last character of a line, so semicolons inside quoted evidence never split one.
 */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (current.length === 0 && (trimmed === '' || trimmed.startsWith('//'))) continue;
    current.push(line);
    if (trimmed.endsWith(';')) {
      const statement = current.join('\n').trim().replace(/;$/, '');
      if (statement.replace(/^\s*\/\/.*$/gm, '').trim()) statements.push(statement);
      current = [];
    }
  }
  const rest = current.join('\n').trim();
  if (rest.replace(/^\s*\/\/.*$/gm, '').trim()) statements.push(rest);
  return statements;
}

function readScripts(dir: string, kind: CypherScript['kind']): CypherScript[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      return {
        name: `${kind}/${file}`,
        kind,
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    });
}

/** Constraints and indexes, by file name; they exist before any source is loaded. */
export function loadScripts(): CypherScript[] {
  return readScripts(schemaDir, 'schema');
}
