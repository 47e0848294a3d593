import { getNamedType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.js';
import type { Params } from '../db/runner.js';
import { textFor } from '../db/queries.js';
import { fetchTable, rootShapes } from '../modules/fetches.js';
import { PlanWriter, withoutComments } from './cypher.js';
import type { HopFetch } from './fetches.js';
import { emptyLevel, follow, planFields, type Level, type PlanContext } from './plan.js';
import { primeLevel } from './prime.js';
import type { OperationScope } from './selection.js';

/** Where a root named query's rows hold nodes, and which GraphQL paths below the root field they answer. */
export interface RootShape {
  readonly groups: readonly {
    /** A Cypher list expression over the query's columns giving node maps (each with an id). */
    readonly nodes: string;
    /** Paths from the root field's type to those nodes ([] for the root field itself). */
    readonly paths: readonly (readonly string[])[];
  }[];
}

export interface PlannedStatement {
  readonly text: string;
  readonly params: Params;
  readonly levels: readonly Level[];
  readonly writer: PlanWriter | null;
  /** CALL subqueries in the statement; past the budget it is not run (see Limits.plannerMaxSubqueries). */
  readonly subqueries: number;
}

/**
 * Composes the root field's named query with everything its selection will load below it: one
 * Cypher statement. Nothing to load below: the named query alone.
 */
export function planStatement(
  context: Pick<Context, 'db' | 'limits'>,
  info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues' | 'returnType' | 'fieldNodes'>,
  name: string,
  params: Params,
): PlannedStatement {
  const shape = rootShapes[name];
  const query = context.db.namedQuery(name);
  if (!shape || !query) throw new Error(`named query "${name}" has no root shape for the planner`);
  const scope: OperationScope = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  const plan: PlanContext = { scope, table: fetchTable, limits: context.limits };
  const rootType = getNamedType(info.returnType);
  const sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])) as SelectionSetNode[];
  const levels = shape.groups.map((group, index) => {
    const level = emptyLevel();
    for (const path of group.paths) {
      for (const reached of follow(scope, rootType, sets, path)) planFields(plan, level, reached.type, reached.sets);
    }
    return level;
  });
  // As of a day the statement keeps only what is known by then; today's leaves the as-of parts out.
  const dated = context.db.asOf !== null;
  const rootText = textFor(query, dated);
  if (levels.every((level) => level.requests.length === 0)) return { text: rootText, params: { asOf: null, ...params }, levels, writer: null, subqueries: 0 };
  const writer = new PlanWriter(context.db, dated);
  const parts = ['CALL () {', ...withoutComments(rootText).split('\n').map((line) => `  ${line}`), '}'];
  levels.forEach((level, index) => {
    if (level.requests.length === 0) return;
    const nodes = `__nodes${index}`;
    const { clauses, map } = writer.nodeMap(level, 'n0', 1);
    parts.push(
      `WITH *, [x IN coalesce(${shape.groups[index]!.nodes}, []) WHERE x IS NOT NULL] AS ${nodes}`,
      `CALL (${nodes}) {`,
      ...[`UNWIND ${nodes} AS x0`, 'MATCH (n0:Node {id: x0.id})', ...clauses, `RETURN collect(${map}) AS __plan${index}`].map((line) => `  ${line}`),
      '}',
    );
  });
  parts.push('RETURN *');
  const text = parts.join('\n');
  const subqueries = text.match(/\bCALL \(/g)?.length ?? 0;
  // `$asOf` is the whole statement's (null for today's view; the as-of runner gives the day).
  return { text, params: { asOf: null, ...params, ...writer.params }, levels, writer, subqueries };
}


/** Runs the planned statement (one round trip), primes the loaders, and returns the root query's rows. */
export async function plannedRead<Row>(
  context: Context,
  info: GraphQLResolveInfo,
  name: string,
  params: Params,
): Promise<Row[]> {
  if (!context.limits.planner || !context.db.plansWarm()) return context.db.read<Row>(name, params);
  const statement = cachedPlan(context, info, name, params);
  if (!statement.writer) return context.db.read<Row>(name, params);
  if (statement.subqueries > context.limits.plannerMaxSubqueries) {
    context.logger.info('selection over the planning budget: loading level by level', {
      query: name,
      subqueries: statement.subqueries,
      budget: context.limits.plannerMaxSubqueries,
    });
    return context.db.read<Row>(name, params);
  }
  const rows = await context.db.readComposed<Record<string, unknown>>(`planned:${name}`, statement.text, statement.params);
  return rows.map((row) => {
    const own: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      const plan = /^__plan(\d+)$/.exec(key);
      if (plan) {
        const level = statement.levels[Number(plan[1])]!;
        for (const answer of value as Record<string, unknown>[]) primeLevel(level, answer, statement.writer!.keys, context.loaders);
      } else if (!key.startsWith('__')) own[key] = value;
    }
    return own as Row;
  });
}

/**
 * Plans by root field node: Apollo keeps each parsed document, so the same operation's field
 * node comes back request after request, and with the same variables its plan is the same.
 */
const plans = new WeakMap<object, Map<string, PlannedStatement>>();
const plansPerField = 64;

function cachedPlan(context: Context, info: GraphQLResolveInfo, name: string, params: Params): PlannedStatement {
  const field = info.fieldNodes[0];
  if (!field) return planStatement(context, info, name, params);
  const key = JSON.stringify([name, params, info.variableValues, context.limits, context.db.asOf !== null]);
  let known = plans.get(field);
  if (!known) {
    known = new Map();
    plans.set(field, known);
  }
  const found = known.get(key);
  if (found) return found;
  const planned = planStatement(context, info, name, params);
  if (known.size >= plansPerField) known.delete(known.keys().next().value!);
  known.set(key, planned);
  return planned;
}

/** A runner for one root field: its reads are planned with the field's selection. */
export function planned(context: Context, info: GraphQLResolveInfo) {
  return {
    read: <Row>(name: string, params: Params = {}) => plannedRead<Row>(context, info, name, params),
  };
}
