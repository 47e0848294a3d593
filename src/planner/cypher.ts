import { textFor, type NamedQuery } from '../db/queries.js';
import type { QueryRunner } from '../db/runner.js';
import type { RefProperty } from './fetches.js';
import type { Level, Request } from './plan.js';

/** Cypher text as lines, indented by nesting, so a planned statement reads like a hand-written one. */
type Lines = string[];

const indent = (lines: Lines): Lines => lines.map((line) => `  ${line}`);

/** `CALL (imports) {` body `}` */
const call = (imports: string, body: Lines): Lines => [`CALL (${imports}) {`, ...indent(body), '}'];

/**
 * Renders a plan as Cypher: each hop a CALL subquery over a typed relationship pattern that
 * collects the far nodes, each batched list the family's own named query run for one owner,
 * nested as deep as the operation asks. Variables are numbered by depth, so no subquery shadows
 * another; every value is a parameter, named after the request that passes it.
 */
export class PlanWriter {
  readonly params: Record<string, unknown> = {};
  /** The key each request's answer has in its node's map (q0, q1...), for reading the answer back. */
  readonly keys = new Map<Request, string>();
  private counter = 0;

  /**
   * `dated`: the statement answers as of a day (`$asOf` set), so every hop keeps only what is
   * known by then and the named queries come whole; for today's view both are left out, which
   * Neo4j plans faster (src/db/todayText.ts).
   */
  constructor(
    private readonly queries: Pick<QueryRunner, 'namedQuery'>,
    private readonly dated: boolean,
  ) {}

  /** The as-of conditions on the variables, joined by AND; none for today's view. */
  private known(...variables: string[]): string[] {
    return this.dated ? variables.map((variable) => `${variable}.knownFrom <= date($asOf)`) : [];
  }

  /** The ids a node's or relationship's property names: as of a day, those of its earlier views too. */
  private refIds(variable: string, property: RefProperty): string {
    const current = currentRefIds(variable, property);
    return this.dated ? `${current} + ${viewedRefIds(variable, property)}` : current;
  }

  /**
   * A whole node or relationship, less what no resolver reads: `knownFrom` (the as-of conditions
   * read it in Cypher), the earlier `views` for today's view, and on a node the loader's record of
   * what a source wrote. Cypher has no projection leaving keys out, so they are set to null.
   */
  private whole(variable: string, node: boolean): string {
    const unread = [...(node ? loaderOnly : []), 'knownFrom', ...(this.dated ? [] : ['views'])];
    return `${variable} {.*, ${unread.map((name) => `${name}: null`).join(', ')}${node ? `, labels: labels(${variable})` : ''}}`;
  }

  /**
   * The properties of a node the selection reads, and those the resolvers always need: its id
   * and labels, a quote's place and source (ordering), and as of a day its earlier views. Sources,
   * also cached by id for other fields to read, come whole. `map`: the node is a map a named
   * query returned (its labels a key), not a node.
   */
  private selected(variable: string, labels: readonly string[], next: Level, from: 'node' | 'map' = 'node'): string {
    if (from === 'node' && labels.includes('Source')) return this.whole(variable, true);
    // A node of any kind: whole only when it is a source.
    if (from === 'node' && labels.length === 0) return `CASE WHEN ${variable}:Source THEN ${this.whole(variable, true)} ELSE ${this.selected(variable, ['Node'], next)} END`;
    const read = [...alwaysRead, ...(this.dated ? ['views'] : []), ...next.properties, ...(from === 'map' ? ['labels'] : [])];
    const properties = [...new Set(read)].filter((name) => /^[A-Za-z_]\w*$/.test(name));
    return `${variable} {${properties.map((name) => `.${name}`).join(', ')}${from === 'node' ? `, labels: labels(${variable})` : ''}}`;
  }

  /** CALL clauses that must run before the level's map, and the map's entries, for node variable `n`. */
  level(level: Level, n: string, depth: number): { clauses: Lines; entries: string[] } {
    const clauses: Lines = [];
    const entries: string[] = [];
    for (const request of level.requests) {
      const key = `q${this.counter++}`;
      this.keys.set(request, key);
      const when = guardFor(level, request);
      if (request.kind === 'count') {
        entries.push(`${key}: ${this.count(request, when, n, depth, key)}`);
        continue;
      }
      clauses.push(...(request.kind === 'hop' ? this.hop(request, when, n, depth, key) : this.list(request, when, n, depth, key)));
      // A request made for some labels only answers null for other nodes, so nothing is primed for them.
      entries.push(`${key}: ${when ? `CASE WHEN ${labelTest(when, n)} THEN ${key} END` : key}`);
    }
    return { clauses, entries };
  }

  /** A map of the node's id and its level's answers, with the clauses that must precede it. */
  nodeMap(level: Level, n: string, depth: number): { clauses: Lines; map: string } {
    const { clauses, entries } = this.level(level, n, depth);
    return { clauses, map: `{${[`id: ${n}.id`, ...entries].join(', ')}}` };
  }

  /**
   * One hop for node `n`: the far nodes over a typed pattern, collected in the neighbours query's
   * order (a CALL, not COLLECT {}, since Cypher allows no aggregation inside COLLECT {} and the
   * lists nested below aggregate).
   */
  private hop(request: Extract<Request, { kind: 'hop' }>, when: ReadonlySet<string> | null, n: string, depth: number, key: string): Lines {
    const r = `r${depth}`;
    const m = `m${depth}`;
    const types = request.types.map(quoted).join('|');
    // One label in the pattern; alternatives as a predicate, since a named query composed into
    // the same statement may use the `:A:B` form, which Cypher does not mix with `:A|B`.
    const label = request.labels.length === 1 ? quoted(request.labels[0]!) : 'Node';
    const alternatives = request.labels.length > 1 ? [`(${request.labels.map((l) => `${m}:${quoted(l)}`).join(' OR ')})`] : [];
    const pattern = request.outgoing ? `(${n})-[${r}:${types}]->(${m}:${label})` : `(${n})<-[${r}:${types}]-(${m}:${label})`;
    const next = this.level(request.next, m, depth + 1);
    const body: Lines = [...(when ? [`WITH ${n} WHERE ${labelTest(when, n)}`] : []), `MATCH ${pattern}${where([...this.known(r, m), ...alternatives])}`, ...next.clauses];
    const fields = [`type: type(${r})`, `rel: ${this.whole(r, false)}`, `node: ${this.selected(m, request.labels, request.next)}`];
    if (next.entries.length) fields.push(`next: {${next.entries.join(', ')}}`);
    for (const [name, ref] of request.refs) {
      const e = `e${depth}`;
      const column = `${key}_${refKey(name)}`;
      const holder = ref.on === 'rel' ? r : m;
      const refNext = this.nodeMap(ref.next, e, depth + 1);
      body.push(
        ...call(holder, [
          `MATCH (${e}:Node)${where([`${e}.id IN ${this.refIds(holder, ref.property)}`, ...this.known(e)])}`,
          ...refNext.clauses,
          `RETURN collect({node: ${this.whole(e, true)}, next: ${refNext.map}}) AS ${column}`,
        ]),
      );
      fields.push(`${refKey(name)}: ${column}`);
    }
    body.push(
      `WITH * ORDER BY ${m}.timeStart, coalesce(${m}.name, ${m}.title, ${m}.text, ${m}.id), ${m}.id`,
      `RETURN collect({${fields.join(', ')}}) AS ${key}`,
    );
    return call(n, body);
  }

  /** A count for node `n`: a pattern expression in the node's map, with the excepted value as a parameter. */
  private count(request: Extract<Request, { kind: 'count' }>, when: ReadonlySet<string> | null, n: string, depth: number, key: string): string {
    const { fetch } = request;
    const c = `counted${depth}`;
    const types = fetch.types.map(quoted).join('|');
    const pattern = fetch.outgoing ? `(${n})-[:${types}]->(${c}:${quoted(fetch.label)})` : `(${n})<-[:${types}]-(${c}:${quoted(fetch.label)})`;
    const conditions = this.known(c);
    if (fetch.except) {
      const property = `${c}.${quoted(fetch.except.property)}`;
      this.params[`${key}_except`] = fetch.except.value;
      conditions.push(`(${property} IS NULL OR ${property} <> $${key}_except)`);
    }
    const count = `COUNT { ${pattern}${where(conditions)} }`;
    return when ? `CASE WHEN ${labelTest(when, n)} THEN ${count} END` : count;
  }

  /** A batched list for one owner: the family's named query, its `$ids` bound to the owner. */
  private list(request: Extract<Request, { kind: 'page' | 'group' }>, when: ReadonlySet<string> | null, n: string, depth: number, key: string): Lines {
    const query = this.queries.namedQuery(request.family);
    if (!query) throw new Error(`no named query "${request.family}" for a planned list`);
    for (const [name, value] of Object.entries(request.params)) if (name !== 'asOf') this.params[`${key}_${name}`] = value;
    const m = `m${depth}`;
    const x = `x${depth}`;
    const body: Lines = [...(when ? [`WITH ${n} WHERE ${labelTest(when, n)}`] : []), ...call(n, ownerBody(query, this.dated, n, key).split('\n'))];
    const next = this.nodeMap(request.next, m, depth + 1);
    const plain = next.map === `{id: ${m}.id}`;
    if (request.kind === 'page') {
      if (!plain && next.clauses.length === 0) {
        // Only expressions below (counts): one COLLECT {} over the page, no subquery of its own.
        body.push(`WITH *, COLLECT { UNWIND page AS ${x} MATCH (${m}:Node {id: ${x}.id}) RETURN ${next.map} } AS next`);
      } else if (!plain) {
        body.push(...call('page', [`UNWIND page AS ${x}`, `MATCH (${m}:Node {id: ${x}.id})`, ...next.clauses, `RETURN collect(${next.map}) AS next`]));
      }
      const page = nodeRows.has(request.family) ? `[${x} IN page | ${this.selected(x, [], request.next, 'map')}]` : 'page';
      body.push(`RETURN head(collect({total: total, page: ${page}${plain ? '' : ', next: next'}})) AS ${key}`);
    } else {
      const column = request.column;
      body.push(
        ...(plain
          ? [`WITH ${column}, null AS next`]
          : next.clauses.length === 0
            ? [`WITH ${column}, head(COLLECT { MATCH (${m}:Node {id: ${column}.id}) RETURN ${next.map} }) AS next`]
            : call(column, [`MATCH (${m}:Node {id: ${column}.id})`, ...next.clauses, `RETURN ${next.map} AS next`])),
        `RETURN collect({${column}: ${this.selected(column, [], request.next, 'map')}, next: next}) AS ${key}`,
      );
    }
    return call(n, body);
  }
}

/** Properties every node the planner fetches keeps: its id, a quote's place and source (ordering, as-of checks). */
const alwaysRead = ['id', 'start', 'sourceId'];

/** A source's record of what its load wrote (relationship keys, its file and checksum), read by the loader alone. */
const loaderOnly = ['relKeys', 'annotationFile', 'annotationSha256'];

/** The list families whose page rows are node maps (a source's quotes are rows of their own shape). */
const nodeRows: ReadonlySet<string> = new Set(['meetingsOfActors', 'eventsOfActors', 'claimsMadeByActors', 'claimsAboutNodes', 'timeline', 'meetingsInPlaces', 'eventsInPlaces', 'sourceSupports', 'aidOfCountries']);

/** The labels a request is limited to, or null when it is made for every kind of node the level holds. */
function guardFor(level: Level, request: Request): ReadonlySet<string> | null {
  if (!request.when) return null;
  return [...level.possible].every((label) => request.when!.has(label)) ? null : request.when;
}

export const refKey = (key: string) => `ref_${key.replace(':', '_')}`;

function currentRefIds(variable: string, property: RefProperty): string {
  if (property === 'sourceIds') {
    return `coalesce(${variable}.sourceIds, CASE WHEN ${variable}.sourceId IS NULL THEN [] ELSE [${variable}.sourceId] END)`;
  }
  if (property === 'evidenceIds') return `coalesce(${variable}.evidenceIds, [])`;
  return `CASE WHEN ${variable}.${property} IS NULL THEN [] ELSE [${variable}.${property}] END`;
}

/**
 * As of a day the API answers with the ids a node's or relationship's earlier view names (the
 * article as a holding's source before the readout restated it), which the current ones may not
 * hold: every id any of its views names is loaded too (src/ingest/views.ts writes the JSON; ids
 * hold no quote or bracket). A superset: the resolvers pick the ids of the day's view.
 */
function viewedRefIds(variable: string, property: RefProperty): string {
  const views = `${variable}.views`;
  const scalar = (name: string) => `[x IN split(${views}, '"${name}":"')[1..] | split(x, '"')[0]]`;
  const list = (name: string) =>
    `reduce(ids = [], x IN split(${views}, '"${name}":[')[1..] | ids + [y IN split(split(x, ']')[0], ',') WHERE y <> '' | replace(y, '"', '')])`;
  const viewed = property === 'sourceIds' ? `${list('sourceIds')} + ${scalar('sourceId')}` : property === 'evidenceIds' ? list(property) : scalar(property);
  return `CASE WHEN ${views} IS NULL THEN [] ELSE ${viewed} END`;
}

/** ` WHERE a AND b`, or nothing for no conditions. */
const where = (conditions: readonly string[]): string => (conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '');

const quoted = (name: string): string => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a label or relationship type: ${name}`);
  return name;
};

const labelTest = (labels: ReadonlySet<string>, n: string) => [...labels].map((label) => `${n}:${quoted(label)}`).join(' OR ');

/** A named query's statement alone: comment lines and the closing semicolon dropped, to nest inside CALL. */
export function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n')
    .trim()
    .replace(/;$/, '');
}

const ownerStart = /^UNWIND \$ids AS ownerId\b/;

/**
 * A batched named query's text for one owner: comment lines dropped, `$ids` bound to the owner
 * node's id and every parameter renamed after the request (`$status` → `$q3_status`).
 */
export function ownerBody(query: NamedQuery, dated: boolean, n: string, key: string): string {
  const text = withoutComments(textFor(query, dated));
  if (!ownerStart.test(text)) throw new Error(`named query "${query.name}" must start with "UNWIND $ids AS ownerId" to be planned for one owner`);
  // `$asOf` is the whole statement's: one as-of day for the whole answer.
  return text
    .replace(ownerStart, `UNWIND [${n}.id] AS ownerId`)
    .replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, name: string) => (name === 'asOf' ? match : `$${key}_${name}`));
}
