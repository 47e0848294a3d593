import type { Context } from '../../context.js';
import { countIdentity } from '../../planner/fetches.js';
import { byPublication } from './asOf.js';
import { reportCountFetch, sourceCountFetch } from './fetches.js';
import { nodesOut } from './neighbours.js';
import { relationshipEvidenceRole } from './evidenceRoles.js';
import type { PageArgs } from './paging.js';
import { sourcesPage } from './sourcePages.js';
import type { DiscrepancyRow, EvidenceRow, NodeRow, ProvenanceRow, RelationshipRow, SourceRow } from './rows.js';

/** The article's words supporting a node (EVIDENCED_BY), in text order. */
export async function evidenceOf(node: NodeRow, context: Context): Promise<EvidenceRow[]> {
  const { loaders } = context;
  const rows = await loaders.outgoing({ types: ['EVIDENCED_BY'], labels: ['Evidence'] }).load(node.id);
  // The role lives on the EVIDENCED_BY; a quote supporting two parts of a node comes once per part.
  const evidence = rows
    .map((row): EvidenceRow => ({ ...(row.node as unknown as EvidenceRow), role: typeof row.rel['role'] === 'string' ? row.rel['role'] : null }))
    .sort((x, y) => x.start - y.start);
  return evidence;
}

/** Every source supporting a node (SUPPORTED_BY), for counting them when the planner did not. */
export async function sourcesOf(node: NodeRow, context: Context): Promise<SourceRow[]> {
  const rows = await context.loaders.outgoing({ types: ['SUPPORTED_BY'], labels: ['Source'] }).load(node.id);
  return rows.map((row) => row.node as unknown as SourceRow).sort(byPublication);
}

/**
 * How many distinct sources state a fact, background knowledge apart: a BACKGROUND source is the
 * graph's own reference, not a source that corroborates (the `sourceCount` fields; the lists'
 * `minSources` count alike in Cypher).
 */
export function corroboratingCount(sources: readonly Pick<SourceRow, 'id' | 'kind'>[]): number {
  return new Set(sources.filter((source) => source.kind !== 'BACKGROUND').map((source) => source.id)).size;
}

/**
 * How many sources state a meeting or event, background apart: the planner's count when it made
 * one, else counted from its sources (as of a day, both count only the sources published by then).
 */
export async function sourceCountOf(node: NodeRow, context: Context): Promise<number> {
  const planned = context.loaders.counts.get(countIdentity(sourceCountFetch), node.id);
  return planned ?? corroboratingCount(await sourcesOf(node, context));
}

/** How many sources report a claim (REPORTED_IN, as the claims' `sources` filter reads them), background apart. */
export async function reportCountOf(claim: NodeRow, context: Context): Promise<number> {
  const planned = context.loaders.counts.get(countIdentity(reportCountFetch), claim.id);
  return planned ?? corroboratingCount(await nodesOut<SourceRow>(context, claim.id, { types: reportCountFetch.types, labels: [reportCountFetch.label] }));
}

/** The evidence a fact relationship of this type names in its evidenceIds, in text order. */
export async function evidenceOfRelationship(rel: ProvenanceRow, type: string, { loaders }: Context): Promise<EvidenceRow[]> {
  const found = await loaders.nodeById.loadMany(rel.evidenceIds ?? []);
  const role = relationshipEvidenceRole(type);
  return found
    .flatMap((entry) => (entry && !(entry instanceof Error) ? [{ ...(entry.node as unknown as EvidenceRow), role }] : []))
    .sort((x, y) => x.start - y.start);
}

/** The source a fact relationship names in its sourceId. */
export async function sourceOfRelationship(rel: ProvenanceRow, { loaders }: Context): Promise<SourceRow | null> {
  if (!rel.sourceId) return null;
  return ((await loaders.nodeById.load(rel.sourceId))?.node as unknown as SourceRow | undefined) ?? null;
}

/** The discrepancies that concern a node (CONCERNS), in id order. */
export async function discrepanciesOf(node: NodeRow, { loaders }: Context): Promise<DiscrepancyRow[]> {
  const rows = await loaders.incoming({ types: ['CONCERNS'], labels: ['Discrepancy'] }).load(node.id);
  return rows.map((row) => row.node as unknown as DiscrepancyRow).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The discrepancy a fact relationship names in its discrepancyId (a disputed office holding). */
export async function discrepanciesOfRelationship(rel: RelationshipRow, { loaders }: Context): Promise<DiscrepancyRow[]> {
  if (!rel.discrepancyId) return [];
  const found = (await loaders.nodeById.load(rel.discrepancyId))?.node as unknown as DiscrepancyRow | undefined;
  return found ? [found] : [];
}

/** The fields every supported node answers alike. */
export const provenanceFields = {
  evidence: (node: NodeRow, _args: unknown, context: Context) => evidenceOf(node, context),
  sources: (node: NodeRow, args: PageArgs, context: Context) => sourcesPage(node, args, context),
  discrepancies: (node: NodeRow, _args: unknown, context: Context) => discrepanciesOf(node, context),
};
