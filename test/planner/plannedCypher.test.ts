/**
 * The statements the planner writes for the example operations are checked in
 * (cypher/planned/, `npm run plans`) for review, and checked here: no drift from the planner's
 * output, every value a parameter, and plans that add no scan and no cartesian product to what
 * the root named query itself does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, valueFromASTUntyped } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config.js';
import { loadQueries, textFor } from '../../src/db/queries.js';
import { createSchema } from '../../src/graphql/schema.js';
import { plannedFiles } from '../../src/planner/snapshots.js';
import { plannedStatements } from '../../src/planner/statements.js';
import { testDriver } from '../support/neo4j.js';

interface Plan {
  operatorType: string;
  children: Plan[];
}

const operators = (plan: Plan): string[] => [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
const scans = (ops: string[]) => ops.filter((op) => /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan)$/.test(op));

const schema = createSchema();
const queries = loadQueries();
const limits = loadConfig({}).limits;
const plannedDir = path.join(projectRoot, 'cypher', 'planned');
const operationsDir = path.join(projectRoot, 'operations');
const operations = readdirSync(operationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => [file.slice(0, -'.graphql'.length), readFileSync(path.join(operationsDir, file), 'utf8')] as const);

/** The strings an analyst gives the operation: its variables' values (here, their defaults). */
function userValues(document: string): string[] {
  return parse(document).definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? (definition.variableDefinitions ?? []).flatMap((variable) => {
          const value = variable.defaultValue ? valueFromASTUntyped(variable.defaultValue) : null;
          return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
        })
      : [],
  );
}

async function explain(text: string, params: Record<string, unknown>): Promise<string[]> {
  const session = testDriver().session();
  try {
    const result = await session.run(`EXPLAIN ${text}`, params);
    return operators(result.summary.plan as unknown as Plan);
  } finally {
    await session.close();
  }
}

describe('the planned statements of the example operations', () => {
  it('are checked in as the planner writes them (run `npm run plans` after changing the planner or an operation)', async () => {
    const expected = await plannedFiles(schema, queries, limits, operationsDir);
    const files = readdirSync(plannedDir).filter((file) => file.endsWith('.cypher')).sort();
    expect(files).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(readFileSync(path.join(plannedDir, file), 'utf8'), file).toBe(text);
  });

  it.each(operations)('%s: every value the analyst gives is a parameter, never part of the text', async (_name, document) => {
    for (const statement of await plannedStatements(schema, queries, limits, document)) {
      // Comment lines (a named query's header gives examples) are not Cypher that runs.
      const code = statement.text
        .split('\n')
        .filter((line) => !/^\s*\/\//.test(line))
        .join('\n');
      for (const value of userValues(document)) {
        expect(code, `${statement.rootField}: "${value}" is in the text`).not.toContain(value);
      }
      // And every parameter the text names is given.
      const named = new Set([...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1]!));
      expect([...named].filter((name) => !(name in statement.params)), statement.rootField).toEqual([]);
    }
  });

  it.each(operations)('%s: the plan scans no more than the root named query alone, and joins nothing by cartesian product', async (_name, document) => {
    for (const statement of await plannedStatements(schema, queries, limits, document)) {
      const ops = await explain(statement.text, statement.params);
      const rootName = statement.name.replace(/^planned:/, '');
      const root = queries.get(rootName)!;
      // The root query alone as the server runs it: today's text unless asked as of a day.
      const rootOps = await explain(textFor(root, statement.params['asOf'] != null), statement.params);
      expect(scans(ops), `${statement.rootField}: ${ops.join(' > ')}`).toEqual(scans(rootOps));
      expect(ops.filter((op) => op === 'CartesianProduct'), statement.rootField).toEqual(rootOps.filter((op) => op === 'CartesianProduct'));
      // Each hop follows the relationship types its field names, never every relationship of a node.
      expect(statement.text, statement.rootField).not.toMatch(/\[r\d+\]/);
    }
  });
});
