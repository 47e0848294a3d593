import { badInput } from '../../../../errors.js';
import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import type { PathRecord, PathRow } from '../../rows.js';
import { planned } from '../../../../planner/index.js';
import { labelOfNodeKind, nodeKindOf, nodeNameOf, relationshipLabelOf } from '../../paths.js';

const maxPaths = 20;

/** Steps oriented along the path: `from` is the node before the hop, whatever way the relationship points. */
function toPath(record: PathRecord): PathRow {
  const steps = record.steps.map((step, index) => {
    const from = record.nodes[index];
    const to = record.nodes[index + 1];
    if (!from || !to) throw new Error(`path of ${record.nodes.length} nodes has no hop ${index}`);
    const [fromName, toName, label] = [nodeNameOf(from), nodeNameOf(to), relationshipLabelOf(step.relationship, step.outgoing ? to : from)];
    return {
      from,
      fromName,
      fromKind: nodeKindOf(from),
      to,
      toName,
      toKind: nodeKindOf(to),
      relationship: step.relationship,
      label,
      sentence: step.outgoing ? `${fromName} ${label} ${toName}` : `${toName} ${label} ${fromName}`,
      direction: step.outgoing ? ('OUTGOING' as const) : ('INCOMING' as const),
      role: step.role ?? null,
    };
  });
  return { length: record.length, nodes: record.nodes, steps };
}

export const connections: QueryResolvers['connections'] = async (
  _parent,
  { from, to, maxHops, first, relationshipTypes, nodeKinds, excludeClaims },
  context,
  info,
) => {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > context.limits.maxPathHops) {
    throw badInput(`maxHops must be between 1 and ${context.limits.maxPathHops}; got ${maxHops}`, 'maxHops');
  }
  if (!Number.isInteger(first) || first < 1 || first > maxPaths) {
    throw badInput(`first must be between 1 and ${maxPaths}; got ${first}`, 'first');
  }
  // A node is not connected to itself by any hop; the shortest-path search refuses the question.
  if (from === to) return [];
  // Types and labels reach Cypher only as parameters, and only as values GraphQL checked against the enums.
  const records = await planned(context, info).read<PathRecord>('connections', {
    from,
    to,
    maxHops,
    first,
    types: relationshipTypes ? [...relationshipTypes] : null,
    labels: nodeKinds ? nodeKinds.map((kind) => labelOfNodeKind[kind]) : null,
    excludeClaims: excludeClaims ?? false,
  });
  return records.map(toPath);
};
