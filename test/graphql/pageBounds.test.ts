import { buildASTSchema, isObjectType, isInterfaceType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
const { maxPageSize } = loadConfig({}).limits;

/** Every `first` argument of the schema, with where it is and its default. */
const firstArguments = Object.values(schema.getTypeMap())
  .filter((type) => (isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__'))
  .flatMap((type) =>
    Object.values((type as { getFields(): Record<string, { name: string; args: readonly { name: string; description?: string | null; defaultValue?: unknown }[] }> }).getFields()).flatMap((field) =>
      field.args.filter((arg) => arg.name === 'first').map((arg) => ({ at: `${type.name}.${field.name}`, description: arg.description ?? '', defaultValue: arg.defaultValue })),
    ),
  );

describe('the page-size arguments', () => {
  it('exist throughout the schema', () => {
    expect(firstArguments.length).toBeGreaterThan(30);
  });

  it.each(firstArguments.map((arg) => [arg.at, arg] as const))('%s states its bounds and its default in its description', (_at, arg) => {
    // connections pages paths, of which it allows fewer; every other list allows the server's page size.
    const upper = arg.at === 'Query.connections' ? 20 : maxPageSize;
    expect(arg.description).toMatch(new RegExp(`\\b1 to ${upper}\\b`));
    expect(arg.description).toContain(`${String(arg.defaultValue)} by default`);
  });
});
