// The benchmark's questions, in table order.
import { actorById } from './actorById.js';
import { countryPeopleMeetings } from './countryPeopleMeetings.js';
import { lavrovCounterpart } from './lavrovCounterpart.js';
import { trussAllegations } from './trussAllegations.js';
import { trussMeetings } from './trussMeetings.js';
import { trussMeetingsAsOf } from './trussMeetingsAsOf.js';
import type { Question } from './types.js';
import { ukUkraineRelations } from './ukUkraineRelations.js';

export const questions: readonly Question[] = [
  trussMeetings,
  trussMeetingsAsOf,
  lavrovCounterpart,
  trussAllegations,
  countryPeopleMeetings,
  actorById,
  ukUkraineRelations,
];
