import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExampleOperations } from '../../src/workbench/exampleOperations.js';

function operationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'operations-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const meetings = '# Who met whom?\n# Try other names.\nquery Meetings($name: String! = "Liz Truss") { actorsByName(name: $name) { id } }\n';

describe('the example operations and their variables table', () => {
  it('gives each operation its question (the leading comment) and its example variables', () => {
    const dir = operationsDir({ 'Meetings.graphql': meetings, 'Sources.graphql': '{ sources { id } }', 'variables.json': '{"Meetings": {"name": "Sergei Lavrov"}}' });
    expect(loadExampleOperations(dir)).toEqual([
      { name: 'Meetings', file: 'operations/Meetings.graphql', description: 'Who met whom? Try other names.', document: meetings, variables: { name: 'Sergei Lavrov' } },
      { name: 'Sources', file: 'operations/Sources.graphql', description: '', document: '{ sources { id } }', variables: {} },
    ]);
  });

  it('refuses a table that names a variable the operation lacks, or an operation with no file', () => {
    expect(() => loadExampleOperations(operationsDir({ 'Meetings.graphql': meetings, 'variables.json': '{"Meetings": {"nmae": "x"}}' }))).toThrow(
      'operations/variables.json: Meetings has no variable $nmae',
    );
    expect(() => loadExampleOperations(operationsDir({ 'Meetings.graphql': meetings, 'variables.json': '{"Gone": {}}' }))).toThrow(
      'operations/variables.json names operations with no file: Gone',
    );
  });
});
