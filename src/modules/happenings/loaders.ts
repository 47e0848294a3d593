import type { QueryRunner } from '../../db/runner.js';

export function createHappeningLoaders(_runner: QueryRunner) {
  return {};
}
