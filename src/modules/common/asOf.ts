import type { Context } from '../../context.js';
import type { MeetingReportRow, ProvenanceRow, SourceRow } from './rows.js';

/** Oldest first: background knowledge, then by the end of publication, then by id. */
export function byPublication(a: SourceRow, b: SourceRow): number {
  const background = Number(a.kind !== 'BACKGROUND') - Number(b.kind !== 'BACKGROUND');
  if (background !== 0) return background;
  const at = (a.publishedEnd ?? '').localeCompare(b.publishedEnd ?? '');
  return at !== 0 ? at : a.id.localeCompare(b.id);
}

/** Each source's account of a node (its SUPPORTED_BY), oldest publication first. */
export async function reportsOf(nodeId: string, { loaders }: Context): Promise<MeetingReportRow[]> {
  const rows = await loaders.outgoing({ types: ['SUPPORTED_BY'], labels: ['Source'] }).load(nodeId);
  return rows
    .map((row) => ({ meetingId: nodeId, source: row.node as unknown as SourceRow, stated: row.rel as MeetingReportRow['stated'] }))
    .sort((a, b) => byPublication(a.source, b.source));
}

/** The sources a relationship names (every one that states it), oldest publication first. */
export async function sourcesOfRelationship(rel: ProvenanceRow, { loaders }: Context): Promise<SourceRow[]> {
  const ids = rel.sourceIds ?? (rel.sourceId ? [rel.sourceId] : []);
  const found = await loaders.nodeById.loadMany(ids);
  return found
    .flatMap((entry) => (entry && !(entry instanceof Error) ? [entry.node as unknown as SourceRow] : []))
    .sort(byPublication);
}
