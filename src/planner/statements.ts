import { execute, Kind, parse, type GraphQLSchema } from 'graphql';
import type { Limits } from '../config.js';
import { createContext } from '../context.js';
import { textFor, type NamedQuery } from '../db/queries.js';
import type { Params, QueryRunner } from '../db/runner.js';
import { silentLogger } from '../logger.js';

export interface PlannedRootStatement {
  /** The root field's response key (its alias, or its name). */
  readonly rootField: string;
  /** `planned:<named query>` for a composed statement, or the named query run alone. */
  readonly name: string;
  readonly text: string;
  readonly params: Params;
}

/**
 * The statements an operation's root fields run, without a database: the resolvers execute
 * against a runner that records each statement and answers it with no rows, so execution stops
 * after the root level, where every statement is planned. For the checked-in plans of the
 * example operations and their tests.
 */
export async function plannedStatements(
  schema: GraphQLSchema,
  queries: ReadonlyMap<string, NamedQuery>,
  limits: Limits,
  operation: string,
): Promise<PlannedRootStatement[]> {
  const recorded: Omit<PlannedRootStatement, 'rootField'>[] = [];
  const record = async <Row>(name: string, text: string, params: Params): Promise<Row[]> => {
    recorded.push({ name, text, params });
    return [];
  };
  const runner: QueryRunner = {
    // As the runner does (src/db/runner.ts): a read not asked as of a day gets `$asOf` null.
    read: (name, params = {}) => {
      const query = queries.get(name);
      const given = { asOf: null, ...params };
      return record(name, query ? textFor(query, given.asOf != null) : '', given);
    },
    write: () => Promise.reject(new Error('the API never writes')),
    namedQuery: (name) => queries.get(name),
    asOf: null,
    readComposed: record,
    plansWarm: () => true,
  };
  const document = parse(operation);
  await execute({ schema, document, contextValue: createContext(() => runner, limits, silentLogger) });
  // Root resolvers plan before their first await, so statements come in the root fields' order.
  const operationNode = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const rootFields = (operationNode?.selectionSet.selections ?? []).flatMap((selection) =>
    selection.kind === Kind.FIELD ? [(selection.alias ?? selection.name).value] : [],
  );
  return recorded.map((statement, index) => ({ rootField: rootFields[index] ?? `root${index}`, ...statement }));
}
