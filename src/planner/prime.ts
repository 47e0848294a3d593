import type { NeighbourRow, NodeRow } from '../modules/common/rows.js';
import type { Loaders } from '../modules/loaders.js';
import { refKey } from './cypher.js';
import type { RefProperty } from './fetches.js';
import type { Level, Request } from './plan.js';

type PlainNode = NodeRow & Record<string, unknown>;

interface HopAnswer {
  readonly type: string;
  readonly rel: NeighbourRow['rel'] & Record<string, unknown>;
  readonly node: PlainNode;
  readonly next?: Record<string, unknown>;
  readonly [ref: string]: unknown;
}

interface RefAnswer {
  readonly node: PlainNode;
  readonly next: Record<string, unknown>;
}

function idsOf(holder: Record<string, unknown>, property: RefProperty): string[] {
  const value = property === 'sourceIds' ? (holder['sourceIds'] ?? (holder['sourceId'] ? [holder['sourceId']] : [])) : holder[property];
  if (Array.isArray(value)) return value.filter((id): id is string => typeof id === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** The list rows primed so far, per request (its loaders) and list: by family, parameters and owner. */
const primedLists = new WeakMap<Loaders, Map<string, PlainNode[]>>();

/**
 * True when the list has not been primed for this owner yet. A list asked alike at two places of
 * an operation comes back with the properties each selection reads (src/planner/cypher.ts): the
 * rows primed first (perhaps already handed out) gain the others' properties instead.
 */
function firstPrimed(loaders: Loaders, request: Extract<Request, { kind: 'page' | 'group' }>, id: string, rows: PlainNode[]): boolean {
  let primed = primedLists.get(loaders);
  if (!primed) {
    primed = new Map();
    primedLists.set(loaders, primed);
  }
  const key = JSON.stringify([request.family, request.params, id]);
  const kept = primed.get(key);
  if (!kept) {
    primed.set(key, rows);
    return true;
  }
  for (const row of rows) {
    const same = kept.find((old) => old.id === row.id);
    if (same) Object.assign(same, row);
  }
  return false;
}

/**
 * Walks a planned query's answer for one node and stores every part in the loader that its
 * resolver will ask, under the very key it will ask with: the resolvers then run as always,
 * and find everything already loaded.
 */
export function primeLevel(level: Level, answer: Record<string, unknown>, keys: ReadonlyMap<Request, string>, loaders: Loaders): void {
  const id = String(answer['id']);
  for (const request of level.requests) {
    const value = answer[keys.get(request)!];
    if (value === null || value === undefined) continue;
    if (request.kind === 'hop') {
      const rows = value as HopAnswer[];
      loaders.primeHop(
        request.outgoing,
        { types: request.types, labels: request.labels },
        id,
        rows.map((row) => ({ ownerId: id, type: row.type, rel: row.rel, node: row.node })),
      );
      for (const row of rows) {
        // Sources are also loaded by id (a relationship's sources, an as-of view's checks).
        if (row.node.labels.includes('Source')) loaders.nodeById.prime(row.node.id, { ownerId: row.node.id, node: row.node });
        if (row.next) primeLevel(request.next, { ...row.next, id: row.node.id }, keys, loaders);
        for (const [name, ref] of request.refs) {
          const found = (row[refKey(name)] ?? []) as RefAnswer[];
          for (const { node, next } of found) {
            loaders.nodeById.prime(node.id, { ownerId: node.id, node });
            primeLevel(ref.next, next, keys, loaders);
          }
          const named = idsOf(ref.on === 'rel' ? row.rel : row.node, ref.property);
          for (const missing of named.filter((ref) => !found.some((entry) => entry.node.id === ref))) loaders.nodeById.prime(missing, null);
        }
      }
    } else if (request.kind === 'count') {
      loaders.counts.prime(request.identity, id, Number(value));
    } else if (request.kind === 'page') {
      const { total, page, next } = value as { total: number; page: PlainNode[]; next?: Record<string, unknown>[] };
      if (firstPrimed(loaders, request, id, page)) loaders.pages[request.family].get(request.params).prime(id, { total, rows: page });
      for (const entry of next ?? []) primeLevel(request.next, entry, keys, loaders);
    } else {
      const rows = value as { event: PlainNode; next: Record<string, unknown> | null }[];
      const events = rows.map((row) => row.event);
      if (firstPrimed(loaders, request, id, events)) {
        loaders.happenings[request.family].get(request.params).prime(id, events.map((event) => ({ ownerId: id, event: event as never })));
      }
      for (const row of rows) if (row.next) primeLevel(request.next, row.next, keys, loaders);
    }
  }
}
