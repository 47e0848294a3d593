/**
 * The loader's statements are planned once and run with batches of rows, so a plan that scans
 * instead of seeking by id would make a load quadratic. Each is checked with EXPLAIN.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQueries, loaderDir } from '../../src/db/queries.js';
import { testDriver } from '../support/neo4j.js';

interface Plan {
  operatorType: string;
  children: Plan[];
}

const operators = (plan: Plan): string[] => [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];

/** Statements that read every source, actor or node on purpose, once per load. */
const scansOnPurpose = new Set(['entityCandidates', 'legacySeed', 'loadedSources', 'wipeGraph']);

describe('the loader statements in cypher/seed', () => {
  const queries = loadQueries();
  const names = readdirSync(loaderDir).map((file) => file.replace(/\.cypher$/, ''));

  it('are all registered as named queries', () => {
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(queries.has(name), name).toBe(true);
  });

  it('find nodes and relationships by id, never by scanning a label or an index', async () => {
    const session = testDriver().session();
    try {
      for (const name of names.filter((n) => !scansOnPurpose.has(n))) {
        const result = await session.run(`EXPLAIN ${queries.get(name)!.text}`);
        const used = operators(result.summary.plan as unknown as Plan);
        expect(used.filter((op) => /Scan$/.test(op)), `${name}: ${used.join(' > ')}`).toEqual([]);
      }
    } finally {
      await session.close();
    }
  });
});
