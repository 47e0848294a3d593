/**
 * An example operation as the IDE opens it (/ide/operations.json): the file, the question it
 * answers, example variables. Free of imports, so the pages in web/ share it with the server.
 */
export interface ExampleOperation {
  readonly name: string;
  readonly file: string;
  /** The comment at the top of the file: the analyst question it answers. */
  readonly description: string;
  readonly document: string;
  /** Example variables, from operations/variables.json. */
  readonly variables: Record<string, unknown>;
}
