import type { QueryRunner } from '../../db/runner.js';

export function createAnalysisLoaders(_runner: QueryRunner) {
  return {};
}
