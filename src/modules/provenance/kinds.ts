import type { SourceSupportsArgs, SupportedKind } from '../../graphql/generated/resolvers.js';
import type { OwnerList } from '../common/ownerLists.js';

const labelOfKind: Readonly<Record<SupportedKind, string>> = {
  ACTOR: 'Actor',
  PLACE: 'Place',
  OFFICE: 'Office',
  MEETING: 'Meeting',
  EVENT: 'Event',
  CLAIM: 'Claim',
  DISCREPANCY: 'Discrepancy',
};

/** The Neo4j labels for a kinds filter; an empty list (no filter) when none is given. */
export function labelsOfSupportedKinds(kinds: readonly SupportedKind[] | null | undefined): string[] {
  return [...new Set((kinds ?? []).map((kind) => labelOfKind[kind]))].sort();
}

/** A source's supported nodes, fifty to a page by default. */
export const supportsList = {
  family: 'sourceSupports',
  filters: (args: SourceSupportsArgs) => ({ labels: labelsOfSupportedKinds(args.kinds) }),
  defaultSize: 50,
} as const satisfies OwnerList<SourceSupportsArgs>;
