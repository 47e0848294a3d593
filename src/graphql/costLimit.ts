import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  astFromValue,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';

const pageArguments = new Set(['first', 'last']);

/**
 * The operation as it will really run: variables replaced by their values (or their defaults)
 * and every omitted `first` filled in from the schema's default. graphql-armor multiplies a
 * list's cost by `first` only when it is written as a literal, so without this a client could
 * pass `first` as a variable, or leave it to its default, and escape the cost limit.
 */
export function costDocument(schema: GraphQLSchema, document: DocumentNode, variables: Readonly<Record<string, unknown>>): DocumentNode {
  const defaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) defaults.set(variable.variable.name.value, variable.defaultValue);
    }
  }
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      // Definitions keep their own variables; only uses inside the selection are replaced.
      VariableDefinition: () => false,
      Variable(node) {
        const type = typeInfo.getInputType();
        const name = node.name.value;
        if (!type) return undefined;
        if (name in variables) return astFromValue(variables[name], type) ?? { kind: Kind.NULL };
        return defaults.get(name);
      },
      Field: {
        enter(node: FieldNode) {
          const definition = typeInfo.getFieldDef();
          if (!definition) return undefined;
          const given = new Set(node.arguments?.map((argument) => argument.name.value));
          const added: ArgumentNode[] = [];
          for (const argument of definition.args) {
            if (!pageArguments.has(argument.name) || given.has(argument.name) || argument.defaultValue === undefined) continue;
            const value = astFromValue(argument.defaultValue, argument.type);
            if (value) added.push({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: argument.name }, value });
          }
          return added.length ? { ...node, arguments: [...(node.arguments ?? []), ...added] } : undefined;
        },
      },
    }),
  );
}

/**
 * Enforces the cost limit on the operation as it will run (see costDocument), after Apollo has
 * parsed and validated it and has the request's variables.
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
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request }) {
          const effective = costDocument(schema, document, request.variables ?? {});
          const [error] = validate(schema, effective, rules);
          if (error) {
            throw new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
