import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getVariableValues,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';

const pageArguments = new Set(['first', 'last']);

type Variables = Readonly<Record<string, unknown>>;

/**
 * The page size a written argument value will run with, or undefined when the field's default
 * applies: a literal null, a null variable and an unsent variable all leave the resolver to use
 * its default page size, so they must cost as much as that default, not as 1.
 */
function writtenPageSize(value: ValueNode, variables: Variables, variableDefaults: ReadonlyMap<string, ValueNode>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind !== Kind.VARIABLE) return undefined;
  const name = value.name.value;
  if (name in variables) {
    const given = variables[name];
    return typeof given === 'number' ? given : undefined;
  }
  const fallback = variableDefaults.get(name);
  return fallback?.kind === Kind.INT ? Number(fallback.value) : undefined;
}

const intArgument = (name: string, size: number): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: name },
  value: { kind: Kind.INT, value: String(size) },
});

/**
 * The operation as it will really run, for costing: every page argument (`first`, `last`) is an
 * integer literal with the size the resolver will use. graphql-armor multiplies a list's cost by
 * `first` only when it is written as a literal, so without this a client could pass `first` as
 * a variable or as null, or leave it out, and escape the cost limit. Takes coerced variables;
 * an unsent variable falls back to its definition's default, as execution does.
 */
export function costDocument(schema: GraphQLSchema, document: DocumentNode, variables: Variables): DocumentNode {
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) variableDefaults.set(variable.variable.name.value, variable.defaultValue);
    }
  }
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node: FieldNode) {
          const definition = typeInfo.getFieldDef();
          if (!definition) return undefined;
          const paged = definition.args.filter((argument) => pageArguments.has(argument.name));
          if (paged.length === 0) return undefined;
          const sizes: ArgumentNode[] = [];
          for (const argument of paged) {
            const written = node.arguments?.find((given) => given.name.value === argument.name);
            const size =
              (written && writtenPageSize(written.value, variables, variableDefaults)) ??
              (typeof argument.defaultValue === 'number' ? argument.defaultValue : undefined);
            if (size !== undefined) sizes.push(intArgument(argument.name, size));
          }
          const others = (node.arguments ?? []).filter((given) => !pageArguments.has(given.name.value));
          return { ...node, arguments: [...sizes, ...others] };
        },
      },
    }),
  );
}

/** The operation that will run and the fragments it may use; other operations never run. */
function runnableDocument(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.filter((definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION),
  };
}

const counted = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * What a client reads when its operation costs too much: the cost, the limit and what lowers the
 * cost. graphql-armor gives its count only inside its own message ("Query Cost limit of 50000
 * exceeded, found 57923.75."), fractional because deeper fields weigh more; rounded up, so the
 * cost shown is always over the limit.
 */
export function costMessage(armorMessage: string, maxCost: number): string {
  const found = /found (\d+(?:\.\d+)?)/.exec(armorMessage)?.[1];
  const cost = found === undefined ? 'more than the limit' : counted.format(Math.ceil(Number(found)));
  return (
    `This operation costs ${cost}; the limit is ${counted.format(maxCost)} (GRAPHQL_MAX_COST). ` +
    'Ask for fewer items (lower `first`), fewer nested lists, or split the operation.'
  );
}

/** The same operation asked with the same variables: one costing, kept per parsed document. */
const outcomesPerDocument = 64;

/**
 * Enforces the cost limit on the operation as it will run (see costDocument), after Apollo has
 * parsed and validated it and has the request's variables. Apollo hands back the same parsed
 * document for the same text, so each (operation, variables) is costed once and its outcome kept:
 * costing rewrites and walks the whole document, which clients repeating one question would
 * otherwise pay on every request.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  const rules = new ApolloArmor({
    costLimit: { maxCost },
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
  /** By document, then operation name and variables: the message refusing it, or null when it may run. */
  const outcomes = new WeakMap<DocumentNode, Map<string, string | null>>();
  const cost = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): string | null => {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
    // Execution refuses the same variables itself (BAD_USER_INPUT, 400) before any resolver runs.
    if (coerced.errors) return null;
    const effective = costDocument(schema, runnableDocument(document, operation), coerced.coerced);
    const [error] = validate(schema, effective, rules);
    return error ? costMessage(error.message, maxCost) : null;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request, operation }) {
          // Without an operation to run, or with one queriesOnlyPlugin refuses, nothing will run.
          if (!operation || operation.operation !== 'query') return;
          const variables = request.variables ?? {};
          let known = outcomes.get(document);
          if (!known) {
            known = new Map();
            outcomes.set(document, known);
          }
          const key = JSON.stringify([operation.name?.value ?? null, variables]);
          let refused = known.get(key);
          if (refused === undefined) {
            refused = cost(schema, document, operation, variables);
            if (known.size >= outcomesPerDocument) known.delete(known.keys().next().value!);
            known.set(key, refused);
          }
          if (refused !== null) {
            throw new GraphQLError(refused, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
