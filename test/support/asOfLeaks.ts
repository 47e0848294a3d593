/**
 * What an answer as of a day must not hold, derived from the annotation files: every value a
 * later source states (the readout, published 2022-02-11; background knowledge, counted from
 * 2026-11-29) that the article (published by 2022-01-30) does not; a walk of an answer's JSON that
 * names each leaf holding one; and the rewrite that asks an operation's root fields as of a day.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  print,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type ObjectValueNode,
  type SelectionSetNode,
} from 'graphql';
import { parse as parseYaml } from 'yaml';
import { loadConfig, projectRoot } from '../../src/config.js';
import { listSourceFiles } from '../../src/ingest/sources.js';

interface AnnotationFile {
  readonly source: { readonly id: string; readonly published: { readonly end: string }; readonly text?: { readonly file: string } };
}

const files = listSourceFiles(path.join(projectRoot, 'sources')).map((file) => {
  const data = parseYaml(readFileSync(file, 'utf8')) as AnnotationFile & Record<string, unknown>;
  return { file: path.basename(file), data };
});

/** The annotation file of a source, by the source's id. */
export function annotationFile(sourceId: string): AnnotationFile & Record<string, unknown> {
  const found = files.find((file) => file.data.source.id === sourceId);
  if (!found) throw new Error(`no annotation file states source ${sourceId}`);
  return found.data;
}

/** One value a later source states, and where: `src:… <key>`. */
export interface LaterValue {
  readonly value: string | number;
  readonly statedBy: string;
}

export interface Forbidden {
  /** Strings no leaf may equal: ids, names, titles, texts, summaries, time texts, quotes, dates. */
  readonly strings: ReadonlyMap<string, LaterValue>;
  /** Quotes and long texts no leaf may contain (only those the article's text and file hold nowhere). */
  readonly contained: readonly LaterValue[];
  /** Figures no quantity `value` may equal. */
  readonly figures: ReadonlyMap<number, LaterValue>;
}

/** Keys whose values are references to or ids of nodes. */
const idKeys = new Set(['id', 'to', 'from', 'node', 'actor', 'claimId']);
/** Keys whose values are words of a source or of its annotator. */
const textKeys = new Set(['title', 'name', 'aliases', 'description', 'summary', 'text', 'wording', 'publisher']);
const day = /^\d{4}-\d{2}-\d{2}$/;
/** A text shorter than this is matched whole only: shorter ones occur inside too many others. */
const containedMinLength = 12;

function collect(value: unknown, key: string, inQuantities: boolean, found: (key: string, value: string | number) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, key, inQuantities || key === 'quantities', found);
  } else if (value && typeof value === 'object') {
    for (const [inner, item] of Object.entries(value)) {
      // An evidence item is a quote, or an object whose `exact` is the quote.
      if (key === 'evidence' && inner === 'exact') found('evidence', item as string);
      else if (key !== 'evidence') collect(item, inner, inQuantities, found);
    }
  } else if (typeof value === 'string') {
    if (idKeys.has(key) || textKeys.has(key) || key === 'evidence' || ((key === 'start' || key === 'end') && day.test(value))) found(key, value);
  } else if (typeof value === 'number' && key === 'value' && inQuantities) {
    found('quantity value', value);
  }
}

function everyLeaf(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) everyLeaf(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) everyLeaf(item, out);
  else if (value !== null && value !== undefined) out.add(String(value));
  return out;
}

/**
 * The values `laterSources` state and `earlierSources` do not, with the later sources' own ids.
 * A quote or long text also counts inside a longer string, unless the earlier sources' text or
 * annotation holds it somewhere (then a string of theirs may contain it too).
 */
export function laterOnlyValues(laterSources: readonly string[], earlierSources: readonly string[]): Forbidden {
  const earlier = new Set<string>();
  const earlierTexts: string[] = [];
  const textsDir = loadConfig({}).sourceTextsDir;
  for (const id of earlierSources) {
    const data = annotationFile(id);
    everyLeaf(data, earlier);
    const textFile = data.source.text ? path.join(textsDir, data.source.text.file) : null;
    if (textFile && existsSync(textFile)) earlierTexts.push(readFileSync(textFile, 'utf8'));
  }
  earlierTexts.push(...earlier);
  const strings = new Map<string, LaterValue>();
  const figures = new Map<number, LaterValue>();
  const contained = new Map<string, LaterValue>();
  for (const id of laterSources) {
    collect(annotationFile(id), '', false, (key, value) => {
      if (earlier.has(String(value))) return;
      const stated = { value, statedBy: `${id} ${key}` };
      if (typeof value === 'number') {
        if (!figures.has(value)) figures.set(value, stated);
        return;
      }
      if (!strings.has(value)) strings.set(value, stated);
      const wordy = key === 'evidence' || (textKeys.has(key) && key !== 'name' && key !== 'aliases');
      if (wordy && value.length >= containedMinLength && !contained.has(value) && !earlierTexts.some((text) => text.includes(value))) {
        contained.set(value, stated);
      }
    });
  }
  return { strings, contained: [...contained.values()], figures };
}

export interface Leak {
  /** Where in the answer, e.g. `before.history[1].source.id`. */
  readonly path: string;
  readonly value: string | number;
  readonly statedBy: string;
}

/** Every leaf of an answer that holds a forbidden value, by path. */
export function findLeaks(answer: unknown, forbidden: Forbidden, at = ''): Leak[] {
  const leaks: Leak[] = [];
  const walk = (value: unknown, where: string, key: string): void => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}[${index}]`, key));
    else if (value && typeof value === 'object') {
      for (const [inner, item] of Object.entries(value)) walk(item, where ? `${where}.${inner}` : inner, inner);
    } else if (typeof value === 'string') {
      const exact = forbidden.strings.get(value);
      if (exact) leaks.push({ path: where, value, statedBy: exact.statedBy });
      else {
        for (const quote of forbidden.contained) {
          if (value.includes(quote.value as string)) leaks.push({ path: where, value: quote.value, statedBy: `${quote.statedBy} (inside "${value}")` });
        }
      }
    } else if (typeof value === 'number' && key === 'value') {
      const figure = forbidden.figures.get(value);
      if (figure) leaks.push({ path: where, value, statedBy: figure.statedBy });
    }
  };
  walk(answer, at, '');
  return leaks;
}

/** One line per leak, for a failure message. */
export const describeLeaks = (leaks: readonly Leak[]): string =>
  leaks.map((leak) => `${leak.path} = ${JSON.stringify(leak.value)} (${leak.statedBy})`).join('\n');

const dayValue = (value: string) => ({ kind: Kind.STRING, value }) as const;

function withDayArgument(field: FieldNode, asOf: string, variables: Record<string, unknown>): FieldNode {
  const argumentsOut: ArgumentNode[] = [];
  for (const argument of field.arguments ?? []) {
    if (argument.name.value === 'asOf') continue;
    if (argument.name.value === 'filter' && argument.value.kind === Kind.OBJECT) {
      const filter: ObjectValueNode = {
        ...argument.value,
        fields: argument.value.fields.map((inner) => (inner.name.value === 'asOf' ? { ...inner, value: dayValue(asOf) } : inner)),
      };
      argumentsOut.push({ ...argument, value: filter });
    } else {
      if (argument.name.value === 'filter' && argument.value.kind === Kind.VARIABLE) {
        const name = argument.value.name.value;
        const given = variables[name] as Record<string, unknown> | null | undefined;
        if (given && 'asOf' in given) variables[name] = { ...given, asOf };
      }
      argumentsOut.push(argument);
    }
  }
  argumentsOut.push({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'asOf' }, value: dayValue(asOf) });
  return { ...field, arguments: argumentsOut };
}

/**
 * The operation with every root field asked as of `asOf` (an `asOf` argument of another day
 * replaced, a `filter.asOf` set to the same day), and without the variables no longer used.
 * Root fields inside fragments on the root type are rewritten too.
 */
export function askedAsOf(document: string, variables: Record<string, unknown>, asOf: string): { document: string; variables: Record<string, unknown> } {
  const ast = parse(document);
  const vars = { ...variables };
  const rootFragments = new Set<string>();
  const rewriteSet = (set: SelectionSetNode): SelectionSetNode => ({
    ...set,
    selections: set.selections.map((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value.startsWith('__') ? selection : withDayArgument(selection, asOf, vars);
      if (selection.kind === Kind.INLINE_FRAGMENT) return { ...selection, selectionSet: rewriteSet(selection.selectionSet) };
      rootFragments.add(selection.name.value);
      return selection;
    }),
  });
  let rewritten: DocumentNode = {
    ...ast,
    definitions: ast.definitions.map((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION ? { ...definition, selectionSet: rewriteSet(definition.selectionSet) } : definition,
    ),
  };
  rewritten = {
    ...rewritten,
    definitions: rewritten.definitions.map((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION && rootFragments.has(definition.name.value)
        ? ({ ...definition, selectionSet: rewriteSet(definition.selectionSet) } as FragmentDefinitionNode)
        : definition,
    ),
  };
  // Variables only the replaced asOf arguments used are dropped, definition and value.
  const used = new Set<string>();
  visit(rewritten, {
    VariableDefinition: () => false,
    Variable: (node) => {
      used.add(node.name.value);
    },
  });
  rewritten = visit(rewritten, {
    VariableDefinition: (node) => (used.has(node.variable.name.value) ? undefined : null),
  });
  for (const name of Object.keys(vars)) if (!used.has(name)) delete vars[name];
  return { document: print(rewritten), variables: vars };
}

export interface RootCall {
  /** The root field with its arguments, e.g. `actor(id: "person:liz-truss")`. */
  readonly call: string;
  /** It names what only a later source states (the readout, background knowledge): not found before then. */
  readonly laterOnly?: true;
}

const later = (call: string): RootCall => ({ call, laterOnly: true });

/**
 * The calls the generated selections ask of each root field of Query: those of
 * test/planner/answers.test.ts's everyField first, then ones naming what only a later source
 * states, so that "not found" is asked too. A root field missing here fails the tests that use it.
 */
export const rootCalls: Readonly<Record<string, readonly RootCall[]>> = {
  actor: [{ call: 'actor(id: "person:liz-truss")' }, later('actor(id: "org:russian-foreign-ministry")'), later('actor(id: "person:tom-tugendhat")')],
  actorsByName: [{ call: 'actorsByName(name: "Lavrov")' }, later('actorsByName(name: "Tugendhat")')],
  actors: [{ call: 'actors(first: 50)' }],
  country: [{ call: 'country(code: "GBR")' }, later('country(code: "BLR")')],
  office: [{ call: 'office(id: "office:uk-foreign-secretary")' }, later('office(id: "office:russia-foreign-minister")')],
  relations: [{ call: 'relations(a: "country:gbr", b: "country:ukr")' }, { call: 'relations(a: "country:gbr", b: "country:rus")' }],
  dyads: [{ call: 'dyads(first: 5)' }],
  connections: [
    { call: 'connections(from: "org:hms-defender", to: "country:rus", maxHops: 4, first: 2)' },
    later('connections(from: "person:liz-truss", to: "person:tom-tugendhat", maxHops: 4, first: 2)'),
  ],
  search: [{ call: 'search(text: "sanctions", first: 5)' }, later('search(text: "Rostov Voronezh", first: 5)')],
  node: [{ call: 'node(id: "meeting:truss-lavrov-moscow-talks")' }, later('node(id: "qty:readout-talks-about-two-hours")')],
  nodes: [
    {
      call: 'nodes(ids: ["meeting:truss-lavrov-moscow-talks", "claim:readout-truss-demands-troop-pullback", "src:moscow-talks-readout", "event:double-agent-poisoning"])',
    },
  ],
  meeting: [{ call: 'meeting(id: "meeting:truss-lavrov-moscow-talks")' }, later('meeting(id: "meeting:johnson-warsaw-visit")')],
  meetings: [{ call: 'meetings(first: 5)' }],
  meetingsBetween: [{ call: 'meetingsBetween(a: "country:gbr", b: "country:rus")' }],
  event: [{ call: 'event(id: "event:double-agent-poisoning")' }, later('event(id: "event:russian-troop-buildup-near-ukraine")')],
  events: [{ call: 'events(first: 5)' }],
  claim: [{ call: 'claim(id: "claim:embassy-announces-truss-lavrov-talks")' }, later('claim(id: "claim:readout-truss-demands-troop-pullback")')],
  claims: [{ call: 'claims(first: 5)' }],
  happenings: [{ call: 'happenings(first: 5)' }],
  timeline: [{ call: 'timeline(actor: "person:boris-johnson", first: 5)' }, { call: 'timeline(actor: "person:liz-truss", first: 10)' }],
  place: [{ call: 'place(id: "place:moscow")' }, later('place(id: "place:rostov-region")')],
  placesByName: [{ call: 'placesByName(name: "Moscow")' }, later('placesByName(name: "Rostov")')],
  sources: [{ call: 'sources' }],
  source: [{ call: 'source(id: "src:article")' }, later('source(id: "src:moscow-talks-readout")')],
  discrepancies: [{ call: 'discrepancies' }],
  statistics: [{ call: 'statistics' }],
};
