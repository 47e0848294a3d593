import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/resolvers.js';
import { scopeResolversToAsOf } from './asOfScope.js';
import { DateScalar } from './scalars.js';
import { guardStoredEnumValues } from './storedEnums.js';
import { actorResolvers } from '../modules/actors/index.js';
import { analysisResolvers } from '../modules/analysis/index.js';
import { happeningsResolvers } from '../modules/happenings/index.js';
import { nodeResolvers } from '../modules/nodes/index.js';
import { placeResolvers } from '../modules/places/index.js';
import { provenanceResolvers } from '../modules/provenance/index.js';

export const schemaDir = path.join(projectRoot, 'schema');

/** The SDL files in schema/, one per domain, in a stable order. */
export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(schemaDir, file), 'utf8'));
}

/** Merges the domain modules' resolver maps; a type named by two modules is merged field by field. */
export function mergeResolvers(parts: readonly Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = mergeResolvers([
  nodeResolvers,
  actorResolvers,
  placeResolvers,
  happeningsResolvers,
  provenanceResolvers,
  analysisResolvers,
]);

/** The executable schema every server (and the in-process test API) runs. */
export function createSchema(): GraphQLSchema {
  return scopeResolversToAsOf(guardStoredEnumValues(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: { ...resolvers, Date: DateScalar } })));
}
