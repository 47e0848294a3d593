import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';

// src/config.ts finds the project root as the parent of its own folder, so the compiled
// dist/config.js must also sit one level below the root, or npm start would look for cypher/,
// schema/, operations/, sources/ and .neo4j/ in the wrong place.
describe('the compiled layout npm start runs', () => {
  const file = path.join(projectRoot, 'tsconfig.build.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, projectRoot, undefined, file);

  it('compiles src/ into a folder directly below the project root', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.options.rootDir).toBe(path.join(projectRoot, 'src'));
    expect(path.dirname(parsed.options.outDir!)).toBe(projectRoot);
    expect(parsed.fileNames.length).toBeGreaterThan(0);
    expect(parsed.fileNames.every((name) => name.startsWith(`${projectRoot}/src/`))).toBe(true);
  });

  it('is what the start script runs', () => {
    const scripts = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const entry = path.relative(projectRoot, path.join(parsed.options.outDir!, 'main.js'));
    expect(scripts['start']).toMatch(new RegExp(`^node scripts/build\\.mjs && exec node (--\\S+ )*${entry.replace('.', '\\.')}$`));
  });
});
