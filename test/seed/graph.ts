/**
 * Small read helpers for the seed tests: every answer comes from the seeded test database via
 * readRows, as plain values (dates as ISO strings, integers as numbers).
 */
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

/** The node's properties and labels; fails loudly when the id is unknown. */
export async function node(id: string): Promise<{ props: Props; labels: string[] }> {
  const rows = await readRows<{ props: Props; labels: string[] }>(
    'MATCH (n {id: $id}) RETURN properties(n) AS props, labels(n) AS labels',
    { id },
  );
  if (rows.length !== 1) throw new Error(`expected exactly one node with id ${id}, found ${rows.length}`);
  return rows[0]!;
}

export async function props(id: string): Promise<Props> {
  return (await node(id)).props;
}

/** The exact words of every Evidence the node is EVIDENCED_BY, sorted. */
export async function quotes(id: string): Promise<string[]> {
  const rows = await readRows<{ exact: string }>(
    'MATCH ({id: $id})-[:EVIDENCED_BY]->(e:Evidence) RETURN e.exact AS exact ORDER BY exact',
    { id },
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
  return rows.map((r) => (direction === 'out' ? { from: id, to: r.other, props: r.props } : { from: r.other, to: id, props: r.props }));
}

/** The single relationship of a type between two nodes; fails when there is none or several. */
export async function rel(from: string, type: string, to: string): Promise<Props> {
  const rows = await readRows<{ props: Props }>(
    `MATCH ({id: $from})-[r]->({id: $to}) WHERE type(r) = $type RETURN properties(r) AS props`,
    { from, type, to },
  );
  if (rows.length !== 1) throw new Error(`expected one ${type} from ${from} to ${to}, found ${rows.length}`);
  return rows[0]!.props;
}

/** The ids of the Sources a node is SUPPORTED_BY, sorted. */
export async function sources(id: string): Promise<string[]> {
  const rows = await readRows<{ id: string }>(
    'MATCH ({id: $id})-[:SUPPORTED_BY]->(s:Source) RETURN s.id AS id ORDER BY id',
    { id },
  );
  return rows.map((r) => r.id);
}
