import { pagedFamily } from '../../db/batch.js';
import type { QueryRunner } from '../../db/runner.js';
import type { NodeRow } from '../common/rows.js';

export function createProvenanceLoaders(runner: QueryRunner) {
  return {
    /** One page of the nodes each source supports; every source asking the same page shares one batch. */
    sourceSupports: pagedFamily<NodeRow>(runner, 'sourceSupports'),
  };
}
