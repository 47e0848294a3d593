import { getNamedType, type GraphQLNamedType, type GraphQLObjectType, type SelectionSetNode } from 'graphql';
import type { Limits } from '../config.js';
import type { Params } from '../db/runner.js';
import { countIdentity, type CountFetch, type FetchTable, type FieldFetch, type GroupFetch, type HopFetch, type PageFamily, type RefProperty } from './fetches.js';
import { askedFields, possibleTypes, subSelections, type AskedField, type OperationScope } from './selection.js';

/**
 * What to fetch for every node of a set (a level of the operation): one request per distinct
 * loader question, each with what to fetch in turn for the nodes it reaches.
 */
export interface Level {
  readonly requests: Request[];
  /** The labels (object types) of the nodes the level may hold, as far as the selection says. */
  readonly possible: Set<string>;
  /** The node properties the selection's resolvers read (the planner fetches only these). */
  readonly properties: Set<string>;
}

export interface HopRequest {
  readonly kind: 'hop';
  readonly identity: string;
  readonly outgoing: boolean;
  readonly types: readonly string[];
  readonly labels: readonly string[];
  /** Labels of the starting node for which the request is made; null for every node. */
  when: Set<string> | null;
  readonly next: Level;
  /** Nodes named by id in a property of the relationship or of the far node, and what to fetch for them. */
  readonly refs: Map<string, { readonly on: 'rel' | 'node'; readonly property: RefProperty; readonly next: Level }>;
}

export interface PageRequest {
  readonly kind: 'page';
  readonly identity: string;
  readonly family: PageFamily;
  readonly params: Params;
  when: Set<string> | null;
  readonly next: Level;
}

export interface GroupRequest {
  readonly kind: 'group';
  readonly identity: string;
  readonly family: GroupFetch['family'];
  readonly column: GroupFetch['column'];
  readonly params: Params;
  when: Set<string> | null;
  readonly next: Level;
}

export interface CountRequest {
  readonly kind: 'count';
  readonly identity: string;
  readonly fetch: CountFetch;
  when: Set<string> | null;
}

export type Request = HopRequest | PageRequest | GroupRequest | CountRequest;

export interface PlanContext {
  readonly scope: OperationScope;
  readonly table: FetchTable;
  readonly limits: Limits;
}

export const emptyLevel = (): Level => ({ requests: [], possible: new Set(), properties: new Set() });

/** The object types and selection sets reached from `type` by following field names (`edges.node`). */
export function follow(
  scope: OperationScope,
  type: GraphQLNamedType,
  sets: readonly SelectionSetNode[],
  path: readonly string[],
): { type: GraphQLNamedType; sets: SelectionSetNode[] }[] {
  if (path.length === 0) return sets.length ? [{ type, sets: [...sets] }] : [];
  const [head, ...rest] = path;
  return possibleTypes(scope.schema, type).flatMap((object) => {
    const field = object.getFields()[head!];
    if (!field) return [];
    return follow(scope, getNamedType(field.type), subSelections(scope, object, sets, head!), rest);
  });
}

function merge(when: Set<string> | null, label: string | null): Set<string> | null {
  if (when === null || label === null) return null;
  return when.add(label);
}

function requestFor<R extends Request>(level: Level, identity: string, make: () => R, label: string | null): R {
  const found = level.requests.find((request) => request.identity === identity) as R | undefined;
  if (found) {
    found.when = merge(found.when, label);
    return found;
  }
  const made = make();
  level.requests.push(made);
  return made;
}

/** Adds to `level` what resolving `sets` on nodes of `type` will load. */
export function planFields(context: PlanContext, level: Level, type: GraphQLNamedType, sets: readonly SelectionSetNode[]): void {
  if (sets.length === 0) return;
  for (const object of possibleTypes(context.scope.schema, type)) level.possible.add(object.name);
  for (const object of possibleTypes(context.scope.schema, type)) {
    for (const field of askedFields(context.scope, object, sets)) {
      for (const property of propertiesRead(field.name)) level.properties.add(property);
      planField(context, level, object, field);
    }
  }
}

function planField(context: PlanContext, level: Level, object: GraphQLObjectType, field: AskedField): void {
  const fetches = context.table[object.name]?.[field.name];
  if (!fetches) return;
  const fieldType = getNamedType(object.getFields()[field.name]!.type);
  for (const fetch of fetches) addFetch(context, level, object, field, fieldType, fetch, object.name);
}

function addFetch(
  context: PlanContext,
  level: Level,
  object: GraphQLObjectType,
  field: AskedField,
  fieldType: GraphQLNamedType,
  fetch: FieldFetch,
  label: string | null,
): void {
  if (fetch.kind === 'page') {
    const params = fetch.params(field.args, context.limits);
    const identity = `page:${fetch.family}:${JSON.stringify(params)}`;
    const request = requestFor<PageRequest>(level, identity, () => ({ kind: 'page', identity, family: fetch.family, params, when: label ? new Set([label]) : null, next: emptyLevel() }), label);
    for (const path of [['nodes'], ['edges', 'node']]) {
      for (const reached of follow(context.scope, fieldType, field.selections, path)) planFields(context, request.next, reached.type, reached.sets);
    }
    return;
  }
  if (fetch.kind === 'count') {
    const identity = countIdentity(fetch);
    requestFor<CountRequest>(level, identity, () => ({ kind: 'count', identity, fetch, when: label ? new Set([label]) : null }), label);
    return;
  }
  if (fetch.kind === 'group') {
    const params = fetch.params(field.args);
    const identity = `group:${fetch.family}:${JSON.stringify(params)}`;
    const request = requestFor<GroupRequest>(
      level,
      identity,
      () => ({ kind: 'group', identity, family: fetch.family, column: fetch.column, params, when: label ? new Set([label]) : null, next: emptyLevel() }),
      label,
    );
    planFields(context, request.next, fieldType, field.selections);
    return;
  }
  const request = hopRequest(level, fetch, label);
  for (const property of fetch.reads ?? []) request.next.properties.add(property);
  for (const then of fetch.then ?? []) addFetch(context, request.next, object, field, fieldType, then, null);
  // A hop taken on the way (a meeting's place, for its country) answers nothing of the field itself.
  if (fetch.then) return;
  if (fetch.onto === 'node') {
    planFields(context, request.next, fieldType, field.selections);
    return;
  }
  const wrapper = possibleTypes(context.scope.schema, fieldType)[0];
  if (!wrapper) return;
  for (const sub of askedFields(context.scope, wrapper, field.selections)) {
    const role = fetch.onto[sub.name];
    if (!role) continue;
    const subType = getNamedType(wrapper.getFields()[sub.name]!.type);
    if (role === 'node') planFields(context, request.next, subType, sub.selections);
    else if ('relRef' in role) {
      const named = refLevel(request, 'rel', role.relRef);
      if (!role.paged) planFields(context, named, subType, sub.selections);
      else for (const path of [['nodes'], ['edges', 'node']]) {
        for (const reached of follow(context.scope, subType, sub.selections, path)) planFields(context, named, reached.type, reached.sets);
      }
    }
    else {
      // A field of the starting node asked through the wrapper: planned as if asked of that node.
      for (const parentFetch of context.table[object.name]?.[role.parentField] ?? []) {
        addFetch(context, level, object, { name: role.parentField, args: {}, selections: sub.selections }, subType, parentFetch, label);
      }
    }
  }
}

function hopRequest(level: Level, fetch: HopFetch, label: string | null): HopRequest {
  const identity = `hop:${JSON.stringify([fetch.outgoing, fetch.types, fetch.labels])}`;
  return requestFor<HopRequest>(
    level,
    identity,
    () => ({
      kind: 'hop',
      identity,
      outgoing: fetch.outgoing,
      types: fetch.types,
      labels: fetch.labels,
      when: label ? new Set([label]) : null,
      next: emptyLevel(),
      refs: new Map(),
    }),
    label,
  );
}

function refLevel(request: HopRequest, on: 'rel' | 'node', property: RefProperty): Level {
  const key = `${on}:${property}`;
  let ref = request.refs.get(key);
  if (!ref) {
    ref = { on, property, next: emptyLevel() };
    request.refs.set(key, ref);
  }
  return ref.next;
}

/**
 * The properties a field's resolver reads from its node: the field's own name, unless the value
 * is computed from others (see the resolvers and rows.ts). A field reading the graph instead
 * (a hop) asks for a property that does not exist, which costs nothing.
 */
const computedFrom: Readonly<Record<string, readonly string[]>> = {
  time: ['timeText', 'timeStart', 'timeEnd', 'timePrecision', 'timeBasis'],
  cameo: ['cameoCode', 'goldstein'],
  kind: ['kind', 'eventKind', 'claimKind', 'quantityKind', 'discrepancyKind', 'placeKind'],
  wikidataId: ['wikidata'],
  organisationKind: ['orgKind'],
  money: ['quantityKind', 'currency', 'value'],
  published: ['publishedText', 'publishedStart', 'publishedEnd', 'publishedPrecision', 'publishedBasis'],
  textLocation: ['file', 'textLength', 'textSha256'],
};

export function propertiesRead(field: string): readonly string[] {
  return computedFrom[field] ?? [field];
}
