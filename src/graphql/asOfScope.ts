import {
  getArgumentValues,
  GraphQLError,
  isObjectType,
  Kind,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context.js';

/**
 * One as-of day for a whole answer: a root field asked with `asOf` (or `filter.asOf`) is answered
 * as the sources published by that day had it, at every depth. Every resolver below such a root
 * field receives the request's context seen as of that day (`Context.at`), whose runner and
 * loaders answer only what was known then; resolvers themselves stay unaware of it.
 */
export function scopeResolversToAsOf(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, Context> | undefined;
      if (!resolve) continue;
      field.resolve = (parent, args, context, info) => {
        if (!mayBeDated(info)) return resolve(parent, args, context, info);
        const day = asOfDay(info);
        return resolve(parent, args, day ? context.at(day) : context, info);
      };
    }
  }
  return schema;
}

const dayArguments = new Set(['asOf', 'filter']);

/** By operation: whether any of its root fields is asked with `asOf` or `filter`, or has a default for them. */
const datable = new WeakMap<object, boolean>();

/**
 * False when no root field of the operation can be asked as of a day: every resolver then runs
 * as it is, without finding its root field (most operations never ask a day).
 */
function mayBeDated(info: GraphQLResolveInfo): boolean {
  let known = datable.get(info.operation);
  if (known === undefined) {
    const root = info.schema.getRootType(info.operation.operation);
    known = root ? rootFieldNodes(info, info.operation.selectionSet).some((node) => asksDay(root.getFields()[node.name.value], node)) : false;
    datable.set(info.operation, known);
  }
  return known;
}

function asksDay(field: { args: readonly { name: string; defaultValue: unknown }[] } | undefined, node: FieldNode): boolean {
  if (!field) return false;
  if (node.arguments?.some((argument) => dayArguments.has(argument.name.value))) return true;
  return field.args.some((arg) => dayArguments.has(arg.name) && arg.defaultValue !== undefined);
}

function rootFieldNodes(info: GraphQLResolveInfo, set: SelectionSetNode, seen: Set<string> = new Set()): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNodes(info, selection.selectionSet, seen);
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    const fragment = info.fragments[selection.name.value];
    return fragment ? rootFieldNodes(info, fragment.selectionSet, seen) : [];
  });
}

/** Per request (its variables object) and operation: each root field's as-of day, by response key. */
const days = new WeakMap<object, Map<unknown, Map<string, string | null>>>();

/** The as-of day of the root field a resolver answers under, or null for the current view. */
export function asOfDay(info: GraphQLResolveInfo): string | null {
  let path = info.path;
  while (path.prev) path = path.prev;
  const key = String(path.key);
  let byOperation = days.get(info.variableValues);
  if (!byOperation) {
    byOperation = new Map();
    days.set(info.variableValues, byOperation);
  }
  let byKey = byOperation.get(info.operation);
  if (!byKey) {
    byKey = new Map();
    byOperation.set(info.operation, byKey);
  }
  if (!byKey.has(key)) byKey.set(key, rootDay(info, key));
  return byKey.get(key) ?? null;
}

function rootDay(info: GraphQLResolveInfo, key: string): string | null {
  const root = info.schema.getRootType(info.operation.operation);
  if (!root) return null;
  const node = rootField(info, info.operation.selectionSet, key);
  if (!node) return null;
  const field = root.getFields()[node.name.value];
  if (!field || !field.args.some((arg) => arg.name === 'asOf' || arg.name === 'filter')) return null;
  const args = getArgumentValues(field, node, info.variableValues) as { asOf?: unknown; filter?: { asOf?: unknown } | null };
  const given = args.asOf ?? null;
  const filtered = args.filter?.asOf ?? null;
  if (given !== null && filtered !== null && given !== filtered) {
    throw new GraphQLError(
      `${node.name.value} was asked as of two days (asOf: ${String(given)}, filter.asOf: ${String(filtered)}); they are the same setting: give one, or the same day in both.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  const day = given ?? filtered;
  return typeof day === 'string' ? day : null;
}

function rootField(info: GraphQLResolveInfo, set: SelectionSetNode, key: string): Parameters<typeof getArgumentValues>[1] | null {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if ((selection.alias ?? selection.name).value === key) return selection;
    } else {
      const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet;
      const found = inner ? rootField(info, inner, key) : null;
      if (found) return found;
    }
  }
  return null;
}
