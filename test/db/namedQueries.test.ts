import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { loadQueries } from '../../src/db/queries.js';
import { testDriver } from '../support/neo4j.js';

const queries = [...loadQueries().values()];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('the named Cypher queries in cypher/queries', () => {
  it('each start with a header naming the query, its parameters and its result shape', () => {
    for (const query of queries) {
      expect(query.text, query.name).toMatch(new RegExp(`^// name: ${query.name}\\n`));
      expect(query.text, query.name).toMatch(/^\/\/ params: .+$/m);
      expect(query.text, query.name).toMatch(/^\/\/ returns: .+$/m);
    }
  });

  it('hold no string literal across lines, so a composed statement loses only layout when sent unindented', () => {
    const literalAcrossLines = /^(?:[^'"\n]|'[^'\n]*'|"[^"\n]*")*['"][^'"\n]*$/m;
    for (const query of queries) {
      const code = query.text.split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
      expect(literalAcrossLines.exec(code)?.[0], query.name).toBeUndefined();
    }
  });

  it('are each used by the server, and every name the server uses has a file', () => {
    const source = sourceFiles(path.join(projectRoot, 'src'))
      .filter((file) => !file.includes(`${path.sep}generated${path.sep}`))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // Names passed to the runner (read/write) or to a batching helper (groupedLoader, pagedFamily...).
    const calls = /(?:\bread|\bwrite|[lL]oader|[fF]amily)(?:<[^>]*>)?\(\s*(?:runner,\s*)?['"]([a-zA-Z]+)['"]/g;
    const used = new Set([...source.matchAll(calls)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(10);
    const quoted = new Set([...source.matchAll(/['"]([a-z][a-zA-Z]+)['"]/g)].map((m) => m[1]!));
    for (const query of queries) expect(quoted.has(query.name), `${query.name} is never used`).toBe(true);
    for (const name of used) {
      if (!/^[a-z][a-zA-Z]+$/.test(name)) continue;
      expect(queries.some((query) => query.name === name), `src uses "${name}" but cypher/queries has no such file`).toBe(true);
    }
  });

  it('all compile against the real database (EXPLAIN)', async () => {
    const session = testDriver().session();
    try {
      for (const query of queries) {
        await expect(session.run(`EXPLAIN ${query.text}`), query.name).resolves.toBeDefined();
      }
    } finally {
      await session.close();
    }
    // Planning every statement once, the largest (relations, dyads) for seconds each on a busy machine.
  }, 180_000);
});
