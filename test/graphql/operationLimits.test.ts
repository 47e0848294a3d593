import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildASTSchema, isInterfaceType, isObjectType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config.js';
import { costDocument } from '../../src/graphql/costLimit.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
const limits = loadConfig({}).limits;
const operationsDir = path.join(projectRoot, 'operations');

/** The same armor rules as the server, at half its limits: the examples must stay well inside. */
const halfLimits = new ApolloArmor({
  costLimit: { maxCost: limits.maxCost / 2 },
  maxDepth: { n: Math.floor(limits.maxDepth * 0.8) },
  maxAliases: { n: limits.maxAliases / 2 },
  blockFieldSuggestion: { enabled: false },
}).protect();

describe('the example operations', () => {
  it.each(readdirSync(operationsDir).filter((file) => file.endsWith('.graphql')))(
    '%s validates against the schema within half the cost, 80%% of the depth and half the alias limits',
    (file) => {
      // As the server costs it: variables at their defaults, omitted page sizes at the schema's.
      const document = costDocument(schema, parse(readFileSync(path.join(operationsDir, file), 'utf8')), {});
      expect(validate(schema, document, halfLimits.validationRules).map((error) => error.message)).toEqual([]);
    },
  );
});

describe('the schema on the cost limit', () => {
  it("every first argument's description says how first multiplies the cost under the cost limit", () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const first = field.args.find((argument) => argument.name === 'first');
        if (first && !/GRAPHQL_MAX_COST\).*`first` times/.test(first.description ?? '')) undocumented.push(`${type.name}.${field.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
