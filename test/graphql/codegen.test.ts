import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';

describe('generated code', () => {
  it('matches what codegen makes from the current schema and operations (run `npm run codegen`)', async () => {
    const previous = process.cwd();
    process.chdir(projectRoot);
    try {
      const { config } = await loadCodegenConfig({ configFilePath: path.join(projectRoot, 'codegen.yml') });
      const outputs = (await generate({ ...config, cwd: projectRoot, silent: true }, false)) as { filename: string; content: string }[];
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = readFileSync(path.resolve(projectRoot, output.filename), 'utf8');
        expect(committed, `${output.filename} is stale`).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  }, 60_000);
});
