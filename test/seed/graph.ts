/**
 * Small read helpers for the seed tests: every answer comes from the seeded test database via
 * readRows, as plain values (dates as ISO strings, integers as numbers).
 *
 * They read the graph as the article and the background knowledge state it: each source's own
 * assertion (kept on SUPPORTED_BY and in a relationship's bySource), not the merged current view,
 * which a later source (the readout of the Moscow talks) changes on purpose. So the checklist
 * holds the article's facts exactly, however many sources come after it.
 */
import { recordedTime } from '../../src/ingest/merge.js';
import { readRows } from '../support/neo4j.js';

export { articlePath, readArticle } from '../support/article.js';

export type Props = Record<string, unknown>;

export interface Time {
  text: string | null;
  start: string | null;
  end: string | null;
  precision: string | null;
}

export const time = (p: Props): Time => ({
  text: (p['timeText'] as string | null) ?? null,
  start: (p['timeStart'] as string | null) ?? null,
  end: (p['timeEnd'] as string | null) ?? null,
  precision: (p['timePrecision'] as string | null) ?? null,
});

export const T = (text: string | null, start: string | null, end: string | null, precision: string): Time => ({
  text,
  start,
  end,
  precision,
});

/** The article's publication week, and "some time before publication". */
export const PUB = T(null, '2022-01-24', '2022-01-30', 'WEEK');
export const BY_PUB = T(null, null, '2022-01-30', 'UNKNOWN');

/** The sources whose account these helpers read, the later winning where both state a property. */
export const CHECKED_SOURCES = ['src:background', 'src:article'] as const;

interface Assertion {
  readonly props: Props;
  readonly evidenceIds: string[];
}

/** A node as the article and background state it, with its labels; fails loudly when neither does. */
export async function node(id: string): Promise<{ props: Props; labels: string[] }> {
  const rows = await readRows<{ props: Props; labels: string[]; assertions: { source: string; assertion: string }[] }>(
    `MATCH (n {id: $id})
     RETURN properties(n) AS props, labels(n) AS labels,
            [(n)-[a:SUPPORTED_BY]->(s:Source) WHERE s.id IN $checked | {source: s.id, assertion: a.assertion}] AS assertions`,
    { id, checked: CHECKED_SOURCES },
  );
  if (rows.length !== 1) throw new Error(`expected exactly one node with id ${id}, found ${rows.length}`);
  const row = rows[0]!;
  if (row.labels.includes('Source') || row.labels.includes('Evidence')) return { props: row.props, labels: row.labels };
  if (row.assertions.length === 0) throw new Error(`${id} is not stated by the article or the background`);
  const stated: Props = {};
  const accounts = CHECKED_SOURCES.flatMap((source) => {
    const found = row.assertions.find((a) => a.source === source);
    return found ? [JSON.parse(found.assertion) as Assertion] : [];
  });
  for (const account of accounts) Object.assign(stated, account.props);
  // As the loader merges them: the record's day over the article's unknown time (src/ingest/merge.ts).
  recordedTime(accounts, stated);
  return { props: stated, labels: row.labels };
}

export async function props(id: string): Promise<Props> {
  return (await node(id)).props;
}

/** The exact words of every Evidence the node is EVIDENCED_BY, sorted. */
export async function quotes(id: string): Promise<string[]> {
  const rows = await readRows<{ exact: string }>(
    'MATCH ({id: $id})-[:EVIDENCED_BY]->(e:Evidence) WHERE e.sourceId IN $checked RETURN e.exact AS exact ORDER BY exact',
    { id, checked: CHECKED_SOURCES },
  );
  return rows.map((r) => r.exact);
}

/** The exact words of the Evidence a relationship names in evidenceIds, in stored order. */
export async function evidenceWords(evidenceIds: unknown): Promise<string[]> {
  const ids = evidenceIds as string[];
  const rows = await readRows<{ id: string; exact: string }>(
    'MATCH (e:Evidence) WHERE e.id IN $ids RETURN e.id AS id, e.exact AS exact',
    { ids },
  );
  return ids.map((id) => rows.find((r) => r.id === id)?.exact ?? `<missing ${id}>`);
}

export interface Rel {
  from: string;
  to: string;
  props: Props;
}

/** Relationships of a type out of (or into) a node, sorted by the other end's id. */
export async function rels(id: string, type: string, direction: 'out' | 'in' = 'out'): Promise<Rel[]> {
  const pattern = direction === 'out' ? '(a {id: $id})-[r]->(b)' : '(b)-[r]->(a {id: $id})';
  const rows = await readRows<{ other: string; props: Props }>(
    `MATCH ${pattern} WHERE type(r) = $type RETURN b.id AS other, properties(r) AS props ORDER BY other`,
    { id, type },
  );
  return rows.flatMap((r) => {
    const props = stated(r.props);
    if (!props) return [];
    return [direction === 'out' ? { from: id, to: r.other, props } : { from: r.other, to: id, props }];
  });
}

/**
 * A relationship as the article or background states it (the article's account when both do):
 * its own properties, sourceId and evidence; null when neither states it.
 */
function stated(props: Props): Props | null {
  const bySource = JSON.parse(String(props['bySource'] ?? '{}')) as Record<string, Assertion>;
  const source = [...CHECKED_SOURCES].reverse().find((id) => bySource[id]);
  if (!source) return null;
  return { ...bySource[source]!.props, sourceId: source, evidenceIds: bySource[source]!.evidenceIds };
}

/** The single relationship of a type between two nodes; fails when there is none or several. */
export async function rel(from: string, type: string, to: string): Promise<Props> {
  const rows = await readRows<{ props: Props }>(
    `MATCH ({id: $from})-[r]->({id: $to}) WHERE type(r) = $type RETURN properties(r) AS props`,
    { from, type, to },
  );
  const found = rows.map((row) => stated(row.props)).filter((props): props is Props => props !== null);
  if (found.length !== 1) throw new Error(`expected one ${type} from ${from} to ${to} stated by the article or background, found ${found.length}`);
  return found[0]!;
}

/** The ids of the Sources a node is SUPPORTED_BY, sorted. */
export async function sources(id: string): Promise<string[]> {
  const rows = await readRows<{ id: string }>(
    'MATCH ({id: $id})-[:SUPPORTED_BY]->(s:Source) WHERE s.id IN $checked RETURN s.id AS id ORDER BY id',
    { id, checked: CHECKED_SOURCES },
  );
  return rows.map((r) => r.id);
}

export interface StatedRel {
  from: string;
  type: string;
  to: string;
  props: Props;
}

/**
 * Every relationship of these types that one source states (its own account, from bySource),
 * sorted by type, from and to: which facts a source gives, whatever later sources add.
 */
export async function statedBy(sourceId: string, types: readonly string[]): Promise<StatedRel[]> {
  const rows = await readRows<{ from: string; type: string; to: string; bySource: string | null }>(
    `MATCH (a)-[r]->(b) WHERE type(r) IN $types
     RETURN a.id AS from, type(r) AS type, b.id AS to, r.bySource AS bySource ORDER BY type, from, to`,
    { types },
  );
  return rows.flatMap((row) => {
    const own = (JSON.parse(row.bySource ?? '{}') as Record<string, Assertion>)[sourceId];
    return own ? [{ from: row.from, type: row.type, to: row.to, props: { ...own.props, evidenceIds: own.evidenceIds } }] : [];
  });
}
