/** Any node as returned by a named query: its properties and its labels. */
export interface NodeRow {
  readonly id: string;
  readonly labels: string[];
}
