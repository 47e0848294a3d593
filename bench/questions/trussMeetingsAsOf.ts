// Q1 as of a day: TrussMeetings as the sources published by 1 February 2022 had it, beside the
// same question today, so the table shows what an as-of answer costs. The peer's generated API
// has no as-of view of the graph (it reads the current properties only), so it sits this one out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.js';
import { nameKey } from '../../src/db/nameKey.js';
import { trussMeetings } from './trussMeetings.js';
import type { Question } from './types.js';

const asOf = '2022-02-01';
const operation = readFileSync(path.join(projectRoot, 'operations/TrussMeetings.graphql'), 'utf8');

export const trussMeetingsAsOf: Question = {
  name: 'TrussMeetingsAsOf',
  ours: {
    operation: 'TrussMeetingsAsOf',
    document: operation.replace('query TrussMeetings(', 'query TrussMeetingsAsOf(').replace('actorsByName(name: $name)', `actorsByName(name: $name, asOf: "${asOf}")`),
  },
  floor: { cypher: 'trussMeetingsAsOf', params: { key: nameKey('Liz Truss'), asOf } },
  facts: trussMeetings.facts,
};
