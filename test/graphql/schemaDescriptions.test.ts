/**
 * The schema is the analyst's manual: Sandbox and the bundled IDE show each description beside
 * the field or argument it documents. Every type, field, argument and enum value must say what it
 * means and what is allowed; a new one without a description fails here with its name.
 */
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/schema.js';

/** Every documentable place of the schema, with its description (empty when there is none). */
function documented(): { at: string; description: string }[] {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const places: { at: string; description: string }[] = [];
  const add = (at: string, description: string | null | undefined) => places.push({ at, description: (description ?? '').trim() });
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    add(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, field.description);
        if ('args' in field) for (const arg of field.args) add(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) add(`${type.name}.${value.name}`, value.description);
  }
  return places;
}

describe('the schema as the manual', () => {
  const places = documented();

  it('has a description for every type, field, argument and enum value', () => {
    expect(places.length).toBeGreaterThan(900);
    expect(places.filter((place) => place.description === '').map((place) => place.at)).toEqual([]);
  });
});
