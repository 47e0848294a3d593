import type { QueryRunner } from '../../db/runner.js';

export function createProvenanceLoaders(_runner: QueryRunner) {
  return {};
}
