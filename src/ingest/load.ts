import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { NamedQuery } from '../db/queries.js';
import { recordToRow } from '../db/records.js';
import type { CompiledSource, NodeAssertion, Props, RelAssertion, Value } from './compile.js';
import { detectedRows, discrepanciesBetweenSources, type SubjectAccounts } from './betweenSources.js';
import { mergeNode, mergeRel, type Assertion, type SourceRank } from './merge.js';
import { AnnotationError } from './parse.js';
import { knowledgeTime } from './views.js';

/** Rows per statement: large enough that a million facts are a few hundred round trips. */
const batchSize = 5000;
const dateKeys = new Set(['timeStart', 'timeEnd', 'publishedStart', 'publishedEnd', 'knownFrom']);
/** What SUPPORTED_BY carries in the open, so as-of questions read a source's status and time. */
const historyKeys = ['status', 'timeText', 'timeStart', 'timeEnd', 'timePrecision', 'timeBasis'] as const;

export interface LoadReport {
  readonly sourceId: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly evidence: number;
  readonly removedNodes: number;
  readonly removedRelationships: number;
  /** Entities of the file that were found already in the graph under another id. */
  readonly resolved: readonly string[];
}

/** Runs a named loader statement in the transaction at hand and returns its rows. */
export type Run = <Row>(name: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** Told the name of each statement before it runs (`npm run ingest -- --trace`, crash tests). */
export type StepListener = (step: string) => void;

export function runner(tx: ManagedTransaction, queries: ReadonlyMap<string, NamedQuery>, onStep?: StepListener): Run {
  return async <Row>(name: string, params: Record<string, unknown> = {}) => {
    const query = queries.get(name);
    if (!query) throw new Error(`no named query "${name}" in cypher/`);
    onStep?.(name);
    const result = await tx.run(query.text, params);
    return result.records.map((record) => recordToRow<Row>(record));
  };
}

async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let at = 0; at < rows.length; at += batchSize) await write(rows.slice(at, at + batchSize));
}

function toDate(value: string): neo4j.Date<number> {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, day);
}

/** Properties as Neo4j stores them: known date keys become dates. */
export function forNeo4j(props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    out[key] = dateKeys.has(key) && typeof value === 'string' ? toDate(value) : value;
  }
  return out;
}

const relKey = (rel: { from: string; type: string; to: string }): string => `${rel.from}|${rel.type}|${rel.to}`;
const parseRelKey = (key: string) => {
  const [from, type, to] = key.split('|') as [string, string, string];
  return { from, type, to };
};

/** Renames the file's entities that resolved to nodes already in the graph under another id. */
function renamed(source: CompiledSource, rename: ReadonlyMap<string, string>): CompiledSource {
  if (rename.size === 0) return source;
  const to = (id: string) => rename.get(id) ?? id;
  return {
    ...source,
    nodes: source.nodes.map((node) => ({ ...node, id: to(node.id), props: { ...node.props, id: to(node.id) } })),
    supports: source.supports.map(to),
    rels: source.rels.map((rel) => ({ ...rel, from: to(rel.from), to: to(rel.to) })),
    references: new Map([...source.references].map(([id, at]) => [to(id), at])),
  };
}

async function resolveEntities(run: Run, source: CompiledSource): Promise<{ rename: Map<string, string>; resolved: string[] }> {
  const ids = source.nodes.map((node) => node.id);
  const existing = new Set((await run<{ id: string }>('existingNodes', { ids })).map((row) => row.id));
  const fresh = source.nodes
    .filter((node) => !existing.has(node.id) && (node.labels.includes('Actor') || node.labels.includes('Place')))
    .map((node) => ({
      id: node.id,
      label: node.labels.includes('Actor') ? 'Actor' : 'Place',
      keys: (node.props['nameKeys'] as string[] | undefined) ?? [],
      wikidata: typeof node.props['wikidata'] === 'string' ? node.props['wikidata'] : null,
    }));
  const rename = new Map<string, string>();
  const resolved: string[] = [];
  if (fresh.length === 0) return { rename, resolved };
  const candidates = await run<{ id: string; label: string; nameKeys: string[] | null; wikidata: string | null }>('entityCandidates', {
    ids,
    keys: [...new Set(fresh.flatMap((entity) => entity.keys))],
    wikidata: fresh.flatMap((entity) => (entity.wikidata ? [entity.wikidata] : [])),
  });
  const problems: string[] = [];
  for (const entity of fresh) {
    const found = candidates.flatMap((candidate) => {
      if (candidate.label !== entity.label) return [];
      if (entity.wikidata && candidate.wikidata === entity.wikidata) return [{ candidate: candidate.id, by: `wikidata ${entity.wikidata}` }];
      const key = entity.keys.find((k) => candidate.nameKeys?.includes(k));
      return key ? [{ candidate: candidate.id, by: `name "${key}"` }] : [];
    });
    if (found.length > 1) {
      problems.push(`${entity.id} matches several entities in the graph (${found.map((f) => `${f.candidate} by ${f.by}`).join('; ')}); use the id of the one meant`);
    } else if (found.length === 1) {
      rename.set(entity.id, found[0]!.candidate);
      resolved.push(`${entity.id} is ${found[0]!.candidate} (same ${found[0]!.by})`);
    }
  }
  if (problems.length > 0) throw new AnnotationError(source.file, problems);
  return { rename, resolved };
}

/**
 * Writes one source in one transaction: what it asserted before is replaced by what it asserts
 * now (a fact it no longer states disappears unless another source states it), the merged view
 * of every touched node and relationship is rewritten, and the source's record (checksum,
 * relationship keys) is written with it, so a crash leaves the old state or the new, never half.
 */
export async function writeSource(
  tx: ManagedTransaction,
  queries: ReadonlyMap<string, NamedQuery>,
  compiled: CompiledSource,
  record: { annotationSha256: string; annotationFile: string | null },
  onStep?: StepListener,
  /** False for the first, nodes-only pass of a group (writeSources): the second pass compares sources. */
  compare = true,
): Promise<LoadReport> {
  const run = runner(tx, queries, onStep);
  const sourceId = compiled.sourceId;
  const { rename, resolved } = await resolveEntities(run, compiled);
  const source = renamed(compiled, rename);

  const external = [...source.references.keys()];
  const found = new Set((await run<{ id: string }>('existingNodes', { ids: external })).map((row) => row.id));
  const missing = external.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new AnnotationError(
      source.file,
      missing.map((id) => `${source.references.get(id)}: ${id} is neither in this file nor in the graph (load the source that states it first)`),
    );
  }

  const [state] = await run<{ relKeys: string[]; nodeIds: string[] }>('sourceState', { sourceId });
  const previousNodes = state?.nodeIds ?? [];
  const previousRels = state?.relKeys ?? [];

  const mine = new Map<string, Assertion>();
  for (const node of source.nodes) mine.set(node.id, assertionOf(sourceId, node));
  for (const id of source.supports) mine.set(id, { sourceId, labels: [], props: {}, evidenceIds: [] });
  const nodeIds = [...new Set([...previousNodes, ...mine.keys()])];
  const nodeRows = await run<{ id: string; assertions: { sourceId: string; assertion: string | null }[] }>('nodeAssertions', { ids: nodeIds });
  const nodeAssertions = new Map<string, Assertion[]>();
  for (const row of nodeRows) {
    nodeAssertions.set(
      row.id,
      row.assertions.filter((a) => a.sourceId !== sourceId).map((a) => ({ sourceId: a.sourceId, ...parseAssertion(a.assertion) })),
    );
  }
  for (const [id, assertion] of mine) nodeAssertions.set(id, [...(nodeAssertions.get(id) ?? []), assertion]);

  const myRels = new Map(source.rels.map((rel) => [relKey(rel), rel]));
  const relKeys = [...new Set([...previousRels, ...myRels.keys()])];
  const relRows = await run<{ from: string; type: string; to: string; bySource: string | null }>('relAssertions', {
    keys: relKeys.map(parseRelKey),
  });
  const relAssertions = new Map<string, Assertion[]>();
  const existingRels = new Set(relRows.map(relKey));
  for (const row of relRows) {
    const bySource = JSON.parse(row.bySource ?? '{}') as Record<string, { props: Props; evidenceIds: string[] }>;
    relAssertions.set(
      relKey(row),
      Object.entries(bySource)
        .filter(([id]) => id !== sourceId)
        .map(([id, a]) => ({ sourceId: id, labels: [], props: a.props, evidenceIds: a.evidenceIds })),
    );
  }
  for (const [key, rel] of myRels) relAssertions.set(key, [...(relAssertions.get(key) ?? []), relAssertionOf(sourceId, rel)]);

  const sourceIds = new Set<string>([sourceId]);
  for (const list of [...nodeAssertions.values(), ...relAssertions.values()]) for (const a of list) sourceIds.add(a.sourceId);
  const ranks = new Map<string, SourceRank>();
  for (const row of await run<{ id: string; kind: string; publishedEnd: string | null }>('sourceRanks', { ids: [...sourceIds] })) {
    ranks.set(row.id, row);
  }
  ranks.set(sourceId, {
    id: sourceId,
    kind: String(source.source['kind']),
    publishedEnd: typeof source.source['publishedEnd'] === 'string' ? source.source['publishedEnd'] : null,
  });

  const goneNodes = [...nodeAssertions].filter(([, list]) => list.length === 0).map(([id]) => id);
  const keptNodes = [...nodeAssertions].filter(([, list]) => list.length > 0);
  const goneRels = [...relAssertions].filter(([, list]) => list.length === 0).map(([key]) => parseRelKey(key));
  const keptRels = [...relAssertions].filter(([, list]) => list.length > 0);

  await run('writeSource', {
    props: forNeo4j({
      ...source.source,
      annotationSha256: record.annotationSha256,
      annotationFile: record.annotationFile,
      relKeys: [...myRels.keys()],
    }),
  });
  await inBatches(previousNodes.filter((id) => !mine.has(id)), (ids) => run('dropSupport', { sourceId, ids }));
  await inBatches(goneRels, (keys) => run('deleteRels', { keys }));
  await inBatches(goneNodes, (ids) => run('deleteNodes', { ids }));
  const merged = keptNodes.map(([id, list]) => {
    const node = mergeNode(list, ranks);
    return { id, labels: node.labels, props: { ...node.props, id, ...knowledgeTime(list, ranks, (some) => mergeNode(some, ranks).props) } };
  });
  await inBatches(merged, (rows) =>
    run('writeNodes', { rows: rows.map((row) => ({ id: row.id, labels: row.labels, props: forNeo4j(row.props) })) }),
  );
  await inBatches([...mine], (rows) =>
    run('writeSupport', { sourceId, rows: rows.map(([id, assertion]) => ({ id, props: supportProps(assertion) })) }),
  );
  await run('dropEvidence', { sourceId });
  await inBatches(source.evidence, (rows) =>
    run('writeEvidence', { sourceId, rows: rows.map(({ id, exact, context, start, end }) => ({ id, exact, prefix: context.prefix, suffix: context.suffix, start, end, sourceId })) }),
  );
  await inBatches(
    source.nodes.filter((node) => node.evidenceRoles.length > 0).map((node) => ({ id: node.id, evidence: node.evidenceRoles })),
    (rows) => run('writeNodeEvidence', { rows }),
  );
  const relRow = ([key, list]: [string, Assertion[]]) => ({
    ...parseRelKey(key),
    props: forNeo4j({ ...mergeRel(list, ranks).props, bySource: bySourceJson(list), ...knowledgeTime(list, ranks, (some) => mergeRel(some, ranks).props) }),
  });
  await inBatches(
    keptRels.filter(([key]) => existingRels.has(key)),
    (rows) => run('writeRels', { rows: rows.map(relRow) }),
  );
  await inBatches(
    keptRels.filter(([key]) => !existingRels.has(key)),
    (rows) => run('createRels', { rows: rows.map(relRow) }),
  );
  if (compare) {
    const ends = relKeys.flatMap((key) => {
      const { from, to } = parseRelKey(key);
      return [from, to];
    });
    await detectBetweenSources(run, [...new Set([...nodeIds, ...ends])]);
  }
  return {
    sourceId,
    nodes: mine.size,
    relationships: myRels.size,
    evidence: source.evidence.length,
    removedNodes: goneNodes.length,
    removedRelationships: goneRels.length,
    resolved,
  };
}

/**
 * Looks again, after a load, at where the sources disagree about what the load touched: the
 * discrepancies found before about those subjects go, and those found now are written.
 */
async function detectBetweenSources(run: Run, ids: readonly string[]): Promise<void> {
  const subjects = await run<SubjectAccounts>('betweenSources', { ids });
  if (subjects.length === 0) return;
  await run('dropDetected', { ids: subjects.map((subject) => subject.subject) });
  const found = discrepanciesBetweenSources(subjects);
  if (found.length > 0) await run('writeDetected', { rows: detectedRows(found) });
}

function assertionOf(sourceId: string, node: NodeAssertion): Assertion {
  return { sourceId, labels: node.labels, props: node.props, evidenceIds: node.evidenceIds };
}

function relAssertionOf(sourceId: string, rel: RelAssertion): Assertion {
  return { sourceId, labels: [], props: rel.props, evidenceIds: rel.evidenceIds };
}

function parseAssertion(json: string | null): Omit<Assertion, 'sourceId'> {
  const parsed = JSON.parse(json ?? '{}') as Partial<Omit<Assertion, 'sourceId'>>;
  return { labels: parsed.labels ?? [], props: parsed.props ?? {}, evidenceIds: parsed.evidenceIds ?? [] };
}

function supportProps(assertion: Assertion): Record<string, unknown> {
  const open: Record<string, Value> = {};
  for (const key of historyKeys) if (assertion.props[key] !== undefined) open[key] = assertion.props[key];
  return forNeo4j({
    ...open,
    assertion: JSON.stringify({ labels: assertion.labels, props: assertion.props, evidenceIds: assertion.evidenceIds }),
  });
}

function bySourceJson(list: readonly Assertion[]): string {
  return JSON.stringify(Object.fromEntries(list.map((a) => [a.sourceId, { props: a.props, evidenceIds: a.evidenceIds }])));
}

export interface SourceWrite {
  readonly compiled: CompiledSource;
  readonly record: { annotationSha256: string; annotationFile: string | null };
}

/**
 * Writes sources that refer to each other in one transaction: first each one's nodes (so every
 * reference exists), then each one whole, which replaces the first pass.
 */
export async function writeSources(
  tx: ManagedTransaction,
  queries: ReadonlyMap<string, NamedQuery>,
  group: readonly SourceWrite[],
  onStep?: StepListener,
): Promise<LoadReport[]> {
  if (group.length > 1) {
    // Only each source's own nodes: what it supports or links to may be another member's.
    for (const { compiled, record } of group) {
      await writeSource(tx, queries, { ...compiled, rels: [], supports: [], references: new Map() }, record, onStep, false);
    }
  }
  const reports: LoadReport[] = [];
  for (const { compiled, record } of group) reports.push(await writeSource(tx, queries, compiled, record, onStep));
  return reports;
}

/** Removes everything a source asserted, and the source itself, in one transaction. */
export async function removeSource(tx: ManagedTransaction, queries: ReadonlyMap<string, NamedQuery>, sourceId: string): Promise<LoadReport> {
  const empty: CompiledSource = {
    file: sourceId,
    sourceId,
    source: { id: sourceId, kind: 'ARTICLE' },
    nodes: [],
    supports: [],
    rels: [],
    evidence: [],
    references: new Map(),
    anchors: {},
  };
  const report = await writeSource(tx, queries, empty, { annotationSha256: '', annotationFile: null });
  await runner(tx, queries)('deleteNodes', { ids: [sourceId] });
  return report;
}
