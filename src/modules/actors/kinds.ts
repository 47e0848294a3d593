import type { ActorKind } from '../../graphql/generated/resolvers.js';
import type { ActorRow } from '../common/rows.js';

const labelOfKind: Readonly<Record<ActorKind, string>> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  ORGANISATION: 'Organisation',
  GROUP: 'Group',
};

export function actorKindOf(row: Pick<ActorRow, 'labels'>): ActorKind {
  for (const [kind, label] of Object.entries(labelOfKind) as [ActorKind, string][]) {
    if (row.labels.includes(label)) return kind;
  }
  throw new Error(`node with labels ${row.labels.join(',')} is not an actor`);
}

/** The Neo4j labels for a kinds filter; every actor label when no filter is given. */
export function labelsOfKinds(kinds: readonly ActorKind[] | null | undefined): string[] {
  return (kinds?.length ? kinds : (Object.keys(labelOfKind) as ActorKind[])).map((kind) => labelOfKind[kind]);
}
