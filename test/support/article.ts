import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.js';

/** The source article lives in shared/, beside the repository, never inside it. */
export const articlePath = path.resolve(projectRoot, '..', 'shared', 'article', 'truss-lavrov.txt');

/**
 * The texts are not part of the repository. Without them (a checkout without shared/) the tests
 * that compare quotes with the texts are skipped, except in CI, where they must run.
 */
export const skipWithoutTexts = !existsSync(articlePath) && !process.env['CI'];

/** The source article, exactly as received; a clear failure when the shared checkout lacks it. */
export function readArticle(): string {
  if (!existsSync(articlePath)) {
    throw new Error(
      `The source article is missing: expected ${articlePath} (../shared/article/truss-lavrov.txt beside the repository). ` +
        'Every stored quote is checked against that file, so the evidence tests cannot run without it.',
    );
  }
  return readFileSync(articlePath, 'utf8');
}
