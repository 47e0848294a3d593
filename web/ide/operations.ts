import type { ExampleOperation } from '../../src/workbench/exampleOperation.js';

export type { ExampleOperation };

export async function exampleOperations(): Promise<ExampleOperation[]> {
  const response = await fetch('/ide/operations.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`/ide/operations.json answered ${response.status}`);
  return ((await response.json()) as { operations: ExampleOperation[] }).operations;
}
