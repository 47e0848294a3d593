import type { ParticipantRole, ParticipationResolvers } from '../../../graphql/generated/resolvers.js';
import { counts, sourcesOfRelationship } from '../../common/asOf.js';
import { corroboratingCount, evidenceOfRelationship } from '../../common/provenance.js';
import type { ParticipationRow, SourceRow } from '../../common/rows.js';
import type { Context } from '../../../context.js';
import { codedActorOf } from '../coded.js';

export const Participation: ParticipationResolvers = {
  actor: (participation) => participation.actor,
  coded: (participation) => codedActorOf(participation.rel),
  role: (participation) => (participation.rel.role ?? 'PARTICIPANT') as ParticipantRole,
  source: async (participation, _args, context) => (await sourcesOf(participation, context)).at(-1) ?? null,
  sources: (participation, _args, context) => sourcesOf(participation, context),
  sourceCount: async (participation, _args, context) => corroboratingCount(await sourcesOf(participation, context)),
  evidence: async (participation, _args, context) => {
    const evidence = await evidenceOfRelationship(participation.rel, 'PARTICIPATED_IN', context);
    if (!participation.asOf) return evidence;
    const counting = new Set((await sourcesOf(participation, context)).map((source) => source.id));
    return evidence.filter((row) => counting.has(row.sourceId ?? ''));
  },
};

/** The sources stating a participation; as of a day, only those published by then. */
async function sourcesOf(participation: ParticipationRow, context: Context): Promise<SourceRow[]> {
  const sources = await sourcesOfRelationship(participation.rel, context);
  const asOf = participation.asOf;
  return asOf ? sources.filter((source) => counts(source, asOf)) : sources;
}
