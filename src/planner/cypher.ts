import type { NamedQuery } from '../db/queries.js';
import type { QueryRunner } from '../db/runner.js';
import type { Level, Request } from './plan.js';
import type { RefProperty } from './fetches.js';

/**
 * Renders a plan as Cypher: each hop a COLLECT subquery over a typed relationship pattern, each
 * batched list the family's own named query run for one owner inside CALL, nested as deep as
 * the operation asks. Variables are numbered by depth, so no subquery shadows another; every
 * value is a parameter, named after the request that passes it.
 */
export class PlanWriter {
  readonly params: Record<string, unknown> = {};
  /** The key each request's answer has in its node's map (q0, q1...), for reading the answer back. */
  readonly keys = new Map<Request, string>();
  private counter = 0;

  constructor(private readonly queries: Pick<QueryRunner, 'namedQuery'>) {}

  /** CALL clauses that must run before the level's map, and the map's entries, for node variable `n`. */
  level(level: Level, n: string, depth: number): { clauses: string[]; entries: string[] } {
    const clauses: string[] = [];
    const entries: string[] = [];
    for (const request of level.requests) {
      const key = `q${this.counter++}`;
      this.keys.set(request, key);
      clauses.push(request.kind === 'hop' ? this.hop(request, n, depth, key) : this.list(request, n, depth, key));
      // A request made for some labels only answers null for other nodes, so nothing is primed for them.
      entries.push(`${key}: ${request.when ? `CASE WHEN ${labelTest(request.when, n)} THEN ${key} END` : key}`);
    }
    return { clauses, entries };
  }

  /** A map of the node's id and its level's answers, with the clauses that must precede it. */
  nodeMap(level: Level, n: string, depth: number): { clauses: string[]; map: string } {
    const { clauses, entries } = this.level(level, n, depth);
    return { clauses, map: `{${[`id: ${n}.id`, ...entries].join(', ')}}` };
  }

  /**
   * One hop for node `n`, as a CALL subquery collecting the far nodes in the neighbours query's
   * order (subqueries nested below need a CALL: Cypher allows no aggregation inside COLLECT {}).
   */
  private hop(request: Extract<Request, { kind: 'hop' }>, n: string, depth: number, key: string): string {
    const r = `r${depth}`;
    const m = `m${depth}`;
    const types = request.types.map(quoted).join('|');
    const labels = request.labels.length ? request.labels.map(quoted).join('|') : 'Node';
    const pattern = request.outgoing ? `(${n})-[${r}:${types}]->(${m}:${labels})` : `(${n})<-[${r}:${types}]-(${m}:${labels})`;
    const next = this.level(request.next, m, depth + 1);
    const clauses = [...next.clauses];
    const fields = [`type: type(${r})`, `rel: properties(${r})`, `node: ${m} {.*, labels: labels(${m})}`];
    if (next.entries.length) fields.push(`next: {${next.entries.join(', ')}}`);
    for (const [name, ref] of request.refs) {
      const e = `e${depth}`;
      const column = `${key}_${refKey(name)}`;
      const refNext = this.nodeMap(ref.next, e, depth + 1);
      const ids = refIds(ref.on === 'rel' ? r : m, ref.property);
      clauses.push(
        `CALL (${ref.on === 'rel' ? r : m}) { MATCH (${e}:Node) WHERE ${e}.id IN ${ids} ${refNext.clauses.join(' ')} ` +
          `RETURN collect({node: ${e} {.*, labels: labels(${e})}, next: ${refNext.map}}) AS ${column} }`,
      );
      fields.push(`${refKey(name)}: ${column}`);
    }
    const guardStart = request.when ? `WITH ${n} WHERE ${labelTest(request.when, n)} ` : '';
    return (
      `CALL (${n}) { ${guardStart}MATCH ${pattern} ${clauses.join(' ')} ` +
      `WITH * ORDER BY ${m}.timeStart, coalesce(${m}.name, ${m}.title, ${m}.text, ${m}.id), ${m}.id ` +
      `RETURN collect({${fields.join(', ')}}) AS ${key} }`
    );
  }

  /** A batched list for one owner: the family's named query, its `$ids` bound to the owner. */
  private list(request: Extract<Request, { kind: 'page' | 'group' }>, n: string, depth: number, key: string): string {
    const query = this.queries.namedQuery(request.family);
    if (!query) throw new Error(`no named query "${request.family}" for a planned list`);
    const body = ownerBody(query, n, key);
    for (const [name, value] of Object.entries(request.params)) this.params[`${key}_${name}`] = value;
    const m = `m${depth}`;
    const x = `x${depth}`;
    const guardStart = request.when ? `WHERE ${labelTest(request.when, n)} ` : '';
    if (request.kind === 'page') {
      const next = this.nodeMap(request.next, m, depth + 1);
      const nextPart = next.map === `{id: ${m}.id}`
        ? ''
        : `CALL (page) { UNWIND page AS ${x} MATCH (${m}:Node {id: ${x}.id}) ${next.clauses.join(' ')} RETURN collect(${next.map}) AS next } `;
      return (
        `CALL (${n}) { WITH ${n} ${guardStart}CALL (${n}) { ${body} } ${nextPart}` +
        `RETURN head(collect({total: total, page: page${nextPart ? ', next: next' : ''}})) AS ${key} }`
      );
    }
    const column = request.column;
    const next = this.nodeMap(request.next, m, depth + 1);
    const nextPart = next.map === `{id: ${m}.id}`
      ? `WITH ${column}, null AS next `
      : `CALL (${column}) { MATCH (${m}:Node {id: ${column}.id}) ${next.clauses.join(' ')} RETURN ${next.map} AS next } `;
    return `CALL (${n}) { WITH ${n} ${guardStart}CALL (${n}) { ${body} } ${nextPart}RETURN collect({${column}: ${column}, next: next}) AS ${key} }`;
  }
}

const refKey = (key: string) => `ref_${key.replace(':', '_')}`;
export { refKey };

function refIds(variable: string, property: RefProperty): string {
  if (property === 'sourceIds') {
    return `coalesce(${variable}.sourceIds, CASE WHEN ${variable}.sourceId IS NULL THEN [] ELSE [${variable}.sourceId] END)`;
  }
  if (property === 'evidenceIds') return `coalesce(${variable}.evidenceIds, [])`;
  return `CASE WHEN ${variable}.${property} IS NULL THEN [] ELSE [${variable}.${property}] END`;
}

const quoted = (name: string): string => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a label or relationship type: ${name}`);
  return name;
};

const labelTest = (labels: ReadonlySet<string>, n: string) => [...labels].map((label) => `${n}:${quoted(label)}`).join(' OR ');

const ownerStart = /^UNWIND \$ids AS ownerId\b/;

/**
 * A batched named query's text for one owner: comment lines dropped, `$ids` bound to the owner
 * node's id and every parameter renamed after the request (`$status` → `$q3_status`).
 */
export function ownerBody(query: NamedQuery, n: string, key: string): string {
  const text = query.text
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n')
    .trim()
    .replace(/;$/, '');
  if (!ownerStart.test(text)) throw new Error(`named query "${query.name}" must start with "UNWIND $ids AS ownerId" to be planned for one owner`);
  return text.replace(ownerStart, `UNWIND [${n}.id] AS ownerId`).replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => `$${key}_${name}`);
}
