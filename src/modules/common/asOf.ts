import type { Context } from '../../context.js';
import type { EvidenceRow, MeetingReportRow, MeetingRow, NodeRow, ProvenanceRow, SourceRow } from './rows.js';

/**
 * Knowledge time: what the sources had said by a given day. A source counts as of day D when its
 * publication interval ends on or before D (a source known only to the week counts once the
 * week has passed); where sources disagree, the latest counting one gives the view, background
 * knowledge ranking below every dated source.
 */
export function counts(source: Pick<SourceRow, 'publishedEnd'>, asOf: string): boolean {
  return Boolean(source.publishedEnd) && source.publishedEnd! <= asOf;
}

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

/**
 * A meeting as the sources published by `asOf` had it: null when none mentions it yet; status and
 * time from the latest of them that states a status.
 */
export async function meetingAsOf(meeting: MeetingRow, asOf: string, context: Context): Promise<MeetingRow | null> {
  const counting = (await reportsOf(meeting.id, context)).filter((report) => counts(report.source, asOf));
  if (counting.length === 0) return null;
  const latest = counting.filter((report) => report.stated.status).at(-1);
  if (!latest) return { ...meeting, asOf };
  const { status, timeText, timeStart, timeEnd, timePrecision, timeBasis } = latest.stated;
  return { ...meeting, status: status ?? meeting.status, timeText, timeStart, timeEnd, timePrecision, timeBasis, asOf };
}

/** The sources a relationship names (every one that states it), oldest publication first. */
export async function sourcesOfRelationship(rel: ProvenanceRow, { loaders }: Context): Promise<SourceRow[]> {
  const ids = rel.sourceIds ?? (rel.sourceId ? [rel.sourceId] : []);
  const found = await loaders.nodeById.loadMany(ids);
  return found
    .flatMap((entry) => (entry && !(entry instanceof Error) ? [entry.node as unknown as SourceRow] : []))
    .sort(byPublication);
}

/** Keeps what a source published by `asOf` states; everything when there is no as-of day. */
export async function relationshipCounts(rel: ProvenanceRow, asOf: string | null | undefined, context: Context): Promise<boolean> {
  if (!asOf) return true;
  return (await sourcesOfRelationship(rel, context)).some((source) => counts(source, asOf));
}

/** Evidence and sources of a node seen as of a day: only those of sources published by then. */
export async function keepCounting<Row extends EvidenceRow | SourceRow>(
  node: NodeRow,
  rows: Row[],
  sourceOf: (row: Row) => string | null | undefined,
  context: Context,
): Promise<Row[]> {
  const asOf = node.asOf;
  if (!asOf) return rows;
  const ids = [...new Set(rows.map(sourceOf).filter((id): id is string => Boolean(id)))];
  const sources = await context.loaders.nodeById.loadMany(ids);
  const counting = new Set(
    sources.flatMap((entry) =>
      entry && !(entry instanceof Error) && counts(entry.node as unknown as SourceRow, asOf) ? [entry.node.id] : [],
    ),
  );
  return rows.filter((row) => counting.has(sourceOf(row) ?? ''));
}
