/** One example operation from operations/, as /ide/operations.json serves it. */
export interface ExampleOperation {
  readonly name: string;
  readonly file: string;
  /** The comment at the top of the file: the analyst question it answers. */
  readonly description: string;
  readonly document: string;
  /** Example variables, from operations/variables.json. */
  readonly variables: Record<string, unknown>;
}

export async function exampleOperations(): Promise<ExampleOperation[]> {
  const response = await fetch('/ide/operations.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`/ide/operations.json answered ${response.status}`);
  return ((await response.json()) as { operations: ExampleOperation[] }).operations;
}
