import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import { todayText } from './todayText.js';

export const queriesDir = path.join(projectRoot, 'cypher', 'queries');
/** The loader's statements: named queries too, so the same registry, runner and tests cover them. */
export const loaderDir = path.join(projectRoot, 'cypher', 'seed');

export type QueryMode = 'read' | 'write';

export interface NamedQuery {
  readonly name: string;
  readonly mode: QueryMode;
  readonly text: string;
  /** For a read, the text run for today's view (`$asOf` null): `text` without its as-of parts (src/db/todayText.ts). */
  readonly today: string;
}

/** The text a read runs: whole when asked as of a day, else today's (the same for a write). */
export function textFor(query: NamedQuery, dated: boolean): string {
  return dated ? query.text : query.today;
}

/**
 * Every Cypher statement the server runs lives in cypher/queries/<name>.cypher, headed by
 * comments saying what it answers, its parameters and its result shape, so an analyst can
 * paste the same text into Neo4j Browser. Loaded once at start-up.
 */
export function loadQueries(dirs: readonly string[] = [queriesDir, loaderDir]): ReadonlyMap<string, NamedQuery> {
  const queries = new Map<string, NamedQuery>();
  for (const [dir, file] of dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort().map((f) => [dir, f] as const))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const name = file.slice(0, -'.cypher'.length);
    if (queries.has(name)) throw new Error(`two Cypher files are named ${name}: names must be unique across cypher/queries and cypher/seed`);
    const mode: QueryMode = /^\/\/\s*mode:\s*write\b/m.test(text) ? 'write' : 'read';
    let today = text;
    try {
      if (mode === 'read') today = todayText(text);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    queries.set(name, { name, mode, text, today });
  }
  return queries;
}
