import type { ClaimTargetResolvers, ClaimTargetRole } from '../../../graphql/generated/resolvers.js';

/** An ABOUT relationship: the node a claim is about, and whether it is aimed at it. */
export const ClaimTarget: ClaimTargetResolvers = {
  node: (target) => target.node,
  role: (target) => (target.rel.role ?? 'SUBJECT') as ClaimTargetRole,
};
