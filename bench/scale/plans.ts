// Query plans of the scale bench's statements: what our server ran for each question (its
// LOG_CYPHER lines) and the floor's hand-written Cypher, run under PROFILE (or EXPLAIN in the
// test), with two findings per plan: a scan of a whole label or of all nodes, and an expansion
// over every relationship of a node where the pattern names no type.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { projectRoot } from '../../src/config.js';
import type { Neo4jAuth } from '../../src/db/credentials.js';
import type { LogEntry } from '../../test/support/serverProcess.js';
import type { Question } from '../questions/types.js';

export interface Statement {
  readonly question: string;
  readonly side: 'ours' | 'floor';
  readonly name: string;
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

interface PlanNode {
  readonly operatorType: string;
  readonly arguments: Record<string, unknown>;
  readonly dbHits?: number;
  readonly rows?: number;
  readonly children: PlanNode[];
}

const scanOperators = /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|NodeIndexScan)/;
/** Expansions that should name a type; shortest-path search over any fact relationship is meant to be untyped. */
const expandOperators = /^(Expand|OptionalExpand|VarLengthExpand)/;

export interface Findings {
  readonly scans: string[];
  readonly untypedExpands: string[];
  readonly dbHits: number;
  readonly operators: string[];
}

export function findings(plan: PlanNode): Findings {
  const scans: string[] = [];
  const untypedExpands: string[] = [];
  const operators: string[] = [];
  let dbHits = 0;
  const walk = (node: PlanNode, depth: number) => {
    const details = String(node.arguments['Details'] ?? '');
    const operator = node.operatorType.replace(/@.*$/, '');
    dbHits += node.dbHits ?? 0;
    operators.push(`${'  '.repeat(depth)}${operator}${details ? ` ${details.replace(/\s+/g, ' ').slice(0, 160)}` : ''}${node.dbHits !== undefined ? ` — ${node.dbHits} db hits, ${node.rows} rows` : ''}`);
    // Under PROFILE a scan that read nothing sits behind a parameter guard that was false (the
    // unanchored branch of a list); it is named as such, not counted as a read of the label.
    const unread = node.dbHits === 0 && node.rows === 0;
    if (scanOperators.test(operator)) scans.push(`${operator} ${details}${unread ? ' (guarded, read nothing)' : ''}`.trim());
    if (expandOperators.test(operator) && /\[[^\]:]*\]/.test(details) && !/\[[^\]]*:[^\]]*\]/.test(details)) untypedExpands.push(`${operator} ${details}`);
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(plan, 0);
  return { scans, untypedExpands, dbHits, operators };
}

/** Our statements for each question, from the server's LOG_CYPHER lines between two log positions. */
export function statementsOf(logs: readonly LogEntry[], question: string, from: number, to: number): Statement[] {
  return logs
    .slice(from, to)
    // The server's own warm-up (after a restart or a database outage) is not the question's.
    .filter((entry) => entry.message === 'cypher' && entry['warmUp'] !== true)
    .map((entry) => ({ question, side: 'ours' as const, name: String(entry['query']), cypher: String(entry['cypher']), params: (entry['params'] ?? {}) as Record<string, unknown> }));
}

export function floorStatement(question: Question): Statement {
  return {
    question: question.name,
    side: 'floor',
    name: question.floor.cypher,
    cypher: readFileSync(path.join(projectRoot, 'bench', 'floor', `${question.floor.cypher}.cypher`), 'utf8'),
    params: question.floor.params,
  };
}

export async function plan(driver: Driver, statement: Statement, mode: 'EXPLAIN' | 'PROFILE'): Promise<Findings> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`${mode} ${statement.cypher}`, statement.params);
    const summary = result.summary;
    const root = (mode === 'PROFILE' ? summary.profile : summary.plan) as unknown as PlanNode;
    return findings(root);
  } finally {
    await session.close();
  }
}

/** PROFILE of every statement, as markdown: totals first, then each plan's operators. */
export async function profileStatements(boltUri: string, auth: Neo4jAuth, scale: string, statements: readonly Statement[]): Promise<string> {
  const driver = neo4j.driver(boltUri, neo4j.auth.basic(auth.username, auth.password));
  const sections: string[] = [];
  const summary: string[] = ['| question | side | statement | db hits | label or all-node scans | untyped expansions |', '| --- | --- | --- | --- | --- | --- |'];
  try {
    for (const statement of statements) {
      // Twice: the first run plans and warms the page cache; the second's hits are the steady state.
      await plan(driver, statement, 'PROFILE');
      const found = await plan(driver, statement, 'PROFILE');
      summary.push(
        `| ${statement.question} | ${statement.side} | ${statement.name} | ${found.dbHits} | ${found.scans.join('; ').replace(/\|/g, '\\|') || 'none'} | ${found.untypedExpands.join('; ').replace(/\|/g, '\\|') || 'none'} |`,
      );
      sections.push(`## ${statement.question}, ${statement.side}: ${statement.name}\n\n\`\`\`\n${found.operators.join('\n')}\n\`\`\``);
    }
  } finally {
    await driver.close();
  }
  return [`# Query plans at scale ${scale} (PROFILE, ${new Date().toISOString()})`, '', summary.join('\n'), '', ...sections, ''].join('\n');
}
