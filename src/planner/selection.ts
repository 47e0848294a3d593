import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** What the planner needs of one operation: its schema, fragments and variable values. */
export interface OperationScope {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variables: Readonly<Record<string, unknown>>;
}

/** One field asked of a concrete type: its name, its argument values and its sub-selections. */
export interface AskedField {
  readonly name: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly selections: readonly SelectionSetNode[];
}

function included(scope: OperationScope, node: FieldNode | { directives?: FieldNode['directives'] }): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, scope.variables as Record<string, unknown>);
  if (skip?.['if'] === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, scope.variables as Record<string, unknown>);
  return include?.['if'] !== false;
}

function applies(scope: OperationScope, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (!condition || condition === type.name) return true;
  const conditionType = scope.schema.getType(condition);
  return Boolean(conditionType && isAbstractType(conditionType) && scope.schema.isSubType(conditionType, type));
}

/**
 * The fields the selection sets ask of an object of `type`, as graphql-js would execute them:
 * fragments spread, type conditions applied, @skip/@include honoured. Aliases of one field with
 * different arguments stay separate asks; the same field asked twice alike is asked once.
 */
export function askedFields(scope: OperationScope, type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): AskedField[] {
  const fields = type.getFields();
  const asked = new Map<string, { name: string; args: Record<string, unknown>; selections: SelectionSetNode[] }>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(scope, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const definition = fields[selection.name.value];
        if (!definition) continue;
        const args = getArgumentValues(definition, selection, scope.variables as Record<string, unknown>);
        const key = `${selection.name.value}(${JSON.stringify(args)})`;
        const entry = asked.get(key) ?? { name: selection.name.value, args, selections: [] };
        if (selection.selectionSet) entry.selections.push(selection.selectionSet);
        asked.set(key, entry);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(scope, selection.typeCondition?.name.value, type)) visit(selection.selectionSet);
      } else {
        const fragment = scope.fragments[selection.name.value];
        if (!fragment || visited.has(fragment.name.value)) continue;
        if (!applies(scope, fragment.typeCondition.name.value, type)) continue;
        visited.add(fragment.name.value);
        visit(fragment.selectionSet);
        visited.delete(fragment.name.value);
      }
    }
  };
  for (const set of selectionSets) visit(set);
  return [...asked.values()];
}

/** The object types a value of this named type can be. */
export function possibleTypes(schema: GraphQLSchema, type: GraphQLNamedType): readonly GraphQLObjectType[] {
  if (isAbstractType(type)) return schema.getPossibleTypes(type);
  return isObjectType(type) ? [type] : [];
}

/** The sub-selections of the named field (e.g. `nodes`) among the selection sets, for a wrapper type. */
export function subSelections(
  scope: OperationScope,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  fieldName: string,
): SelectionSetNode[] {
  return askedFields(scope, type, selectionSets)
    .filter((field) => field.name === fieldName)
    .flatMap((field) => field.selections);
}
