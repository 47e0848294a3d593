import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Accepts only real calendar days: 2022-02-30 is refused, not rolled over to March. */
export function parseIsoDate(value: unknown): string {
  const match = typeof value === 'string' ? isoDate.exec(value) : null;
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return value as string;
  }
  throw new GraphQLError(
    `Date must be a calendar day written YYYY-MM-DD (e.g. 2022-02-10); got ${JSON.stringify(value)}`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD.',
  serialize: (value) => parseIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string written YYYY-MM-DD (e.g. "2022-02-10")', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parseIsoDate(ast.value);
  },
});
