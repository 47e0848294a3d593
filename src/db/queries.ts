import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';

export const queriesDir = path.join(projectRoot, 'cypher', 'queries');

export type QueryMode = 'read' | 'write';

export interface NamedQuery {
  readonly name: string;
  readonly mode: QueryMode;
  readonly text: string;
}

/**
 * Every Cypher statement the server runs lives in cypher/queries/<name>.cypher, headed by
 * comments saying what it answers, its parameters and its result shape, so an analyst can
 * paste the same text into Neo4j Browser. Loaded once at start-up.
 */
export function loadQueries(dir: string = queriesDir): ReadonlyMap<string, NamedQuery> {
  const queries = new Map<string, NamedQuery>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const name = file.slice(0, -'.cypher'.length);
    const mode: QueryMode = /^\/\/\s*mode:\s*write\b/m.test(text) ? 'write' : 'read';
    queries.set(name, { name, mode, text });
  }
  return queries;
}
