import { GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { AppError, ErrorCode } from '../errors.js';

/**
 * An enum field whose stored value the schema lacks (a seed script ahead of the schema, a hand
 * edit in Neo4j Browser) would fail serialisation as an anonymous internal error. Instead the
 * field is null with an error that names the type and the value, so the client sees which part
 * of its answer is missing and the operator sees the bad data in the log (errorLoggingPlugin).
 *
 * graphql-js offers no hook for enum serialisation, so the schema built here, and owned by this
 * process alone, has its enums' serialize replaced in place.
 */
export function guardStoredEnumValues(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLEnumType) || type.name.startsWith('__')) continue;
    const serialize = type.serialize.bind(type);
    type.serialize = (value: unknown) => {
      try {
        return serialize(value);
      } catch {
        throw new AppError(
          ErrorCode.InvalidStoredValue,
          `The graph holds a ${type.name} value this API does not define (${JSON.stringify(value)}), so the field is left out.`,
          { type: type.name, value: typeof value === 'string' ? value : JSON.stringify(value) },
        );
      }
    };
  }
  return schema;
}
