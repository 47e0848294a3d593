/** An actor as the named queries return it: the node's properties plus its labels. */
export interface ActorRow {
  readonly id: string;
  readonly labels: string[];
  readonly name: string;
  readonly aliases: string[] | null;
}
