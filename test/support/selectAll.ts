import { getNamedType, isAbstractType, isLeafType, isNonNullType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';

/**
 * A selection of every field of a type down to `depth` levels of objects (fields needing
 * arguments left out; abstract types as one inline fragment per possible type, its fields
 * aliased by type so differing field types never conflict). Generated from the schema, so a
 * field added later is covered without editing a test.
 */
export function selectAll(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, prefix = ''): string | null {
  if (isAbstractType(type)) {
    const parts = schema.getPossibleTypes(type).map((object) => {
      const inner = selectAll(schema, object, depth, `${object.name}_`);
      return inner ? `... on ${object.name} ${inner}` : '';
    });
    return `{ __typename ${parts.join(' ')} }`;
  }
  if (!isObjectType(type)) return null;
  const out: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    const alias = prefix ? `${prefix}${field.name}: ` : '';
    if (isLeafType(named)) out.push(`${alias}${field.name}`);
    else if (depth > 0) {
      const inner = selectAll(schema, named, depth - 1);
      if (inner) out.push(`${alias}${field.name} ${inner}`);
    }
  }
  return out.length ? `{ ${out.join(' ')} }` : null;
}

/** `{ <root call> <every field below, to depth> }` for a root field of the schema's Query type. */
export function selectAllOf(schema: GraphQLSchema, rootCall: string, depth: number): string {
  const field = rootCall.split('(')[0]!.trim();
  const type = getNamedType(schema.getQueryType()!.getFields()[field]!.type);
  return `{ ${rootCall} ${selectAll(schema, type, depth)} }`;
}
