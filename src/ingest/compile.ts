import { nameKeys } from '../db/nameKey.js';
import { cameoCodes } from '../modules/common/cameo.js';
import { nodeEvidenceRole, type EvidenceRoleName } from '../modules/common/evidenceRoles.js';
import type { Annotation, Link, Quote, TimeSpec } from './format.js';
import { nearestCameoCodes } from './cameoHints.js';
import { linePrefix, type KeyPath, type LineOf } from './lines.js';
import { AnnotationError, pathText } from './parse.js';
import { contextWithinQuotes, type ContextReuse, type QuoteContext } from './quoteContext.js';
import { anchorQuote, quoteKey, quoteSpec, type Anchored } from './quotes.js';

/** A property value as the loader keeps it: dates stay 'YYYY-MM-DD' strings until written. */
export type Value = string | number | boolean | string[] | null;
export type Props = Record<string, Value>;

/** What one source says about one node: its labels and the properties it states. */
export interface NodeAssertion {
  readonly id: string;
  readonly labels: readonly string[];
  readonly props: Props;
  readonly evidenceIds: readonly string[];
  /** Which part of the node each quote supports (a quote may support two: the meeting and its time). */
  readonly evidenceRoles: readonly { readonly id: string; readonly role: EvidenceRoleName }[];
}

/** What one source says about one relationship, keyed by (from, type, to). */
export interface RelAssertion {
  readonly from: string;
  readonly type: string;
  readonly to: string;
  readonly props: Props;
  readonly evidenceIds: readonly string[];
}

export interface EvidenceRow extends Anchored {
  readonly id: string;
}

export interface CompiledSource {
  readonly file: string;
  readonly sourceId: string;
  readonly source: Props;
  readonly nodes: readonly NodeAssertion[];
  /** Nodes of other sources that this one supports without restating them. */
  readonly supports: readonly string[];
  readonly rels: readonly RelAssertion[];
  readonly evidence: readonly EvidenceRow[];
  /** Every node and relationship end this source names, so unresolved ones can be reported. */
  readonly references: ReadonlyMap<string, string>;
  /**
   * Where each quote was found and the words around it, by quote key: stored so the source loads
   * with the same evidence, context included, when its text is absent.
   */
  readonly anchors: Readonly<Record<string, StoredAnchor>>;
}

/** A quote's place and context in an anchors file: [start, end, prefix, suffix] (files of earlier loaders hold [start, end]). */
export type StoredAnchor = readonly [number, number] | readonly [number, number, string, string];

/** Where the quotes are found: the text itself, or the anchors stored when it was last present. */
export type QuoteFinder = (spec: ReturnType<typeof quoteSpec>) => Anchored | string;

export function textFinder(text: string): QuoteFinder {
  return (spec) => anchorQuote(text, spec);
}

export function anchorsFinder(anchors: Readonly<Record<string, StoredAnchor>>): QuoteFinder {
  return (spec) => {
    const found = anchors[quoteKey(spec)];
    if (!found) return 'is not in the stored anchors, and the text is absent to find it in';
    const context = found.length === 4 ? { prefix: found[2], suffix: found[3] } : { prefix: spec.prefix, suffix: spec.suffix };
    return { ...spec, start: found[0], end: found[1], context };
  };
}

/** The context each quote keeps under its source's reuse (quoteContext.ts). */
function keptContext(reuse: ContextReuse, quotes: readonly Anchored[]): (quote: Anchored) => QuoteContext {
  if (reuse === 'FULL') return (quote) => quote.context;
  return (quote) => contextWithinQuotes(quote, { prefix: quote.prefix, suffix: quote.suffix }, quotes);
}

export function timeProps(time: TimeSpec | undefined): Props {
  if (!time) return {};
  return {
    timeText: time.text ?? null,
    timeStart: time.start ?? null,
    timeEnd: time.end ?? null,
    timePrecision: time.precision,
    timeBasis: time.basis ?? 'STATED',
  };
}

function withoutNulls(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined));
}

/**
 * Turns a validated annotation into the rows the loader writes: node and relationship
 * assertions, and evidence placed in the text. Every problem is collected and reported together,
 * with the place in the file, so nothing of a bad source is written.
 */
export function compileAnnotation(file: string, doc: Annotation, findQuote: QuoteFinder | null, lineOf?: LineOf): CompiledSource {
  const problems: string[] = [];
  const problem = (at: KeyPath, text: string) => problems.push(`${linePrefix(lineOf?.(at))}${pathText(at)}${text}`);
  const sourceId = doc.source.id;
  const slug = sourceId.slice('src:'.length);
  const evidence = new Map<string, EvidenceRow>();
  const nodes = new Map<string, NodeAssertion>();
  const rels = new Map<string, RelAssertion>();
  const references = new Map<string, string>();
  const placed = new Map<string, Anchored>();

  const quotes = (list: readonly Quote[], at: (string | number)[], factLabel: string): string[] => {
    const ids: string[] = [];
    list.forEach((quote, index) => {
      const spec = quoteSpec(quote);
      if (!findQuote) {
        problem([...at, index], ` (${factLabel}): "${spec.exact}" is a quote, but this source has no text`);
        return;
      }
      const found = findQuote(spec);
      if (typeof found === 'string') {
        problem([...at, index], ` (${factLabel}): the quote "${spec.exact}" ${found}`);
        return;
      }
      placed.set(quoteKey(spec), found);
      const id = `ev:${slug}:${found.start}-${found.end}`;
      if (!evidence.has(id)) evidence.set(id, { id, ...found });
      if (!ids.includes(id)) ids.push(id);
    });
    return ids;
  };

  const cameo = (code: string | undefined, at: (string | number)[]): Props => {
    if (!code) return {};
    const known = cameoCodes[code];
    if (!known) {
      problem(
        [...at, 'cameoCode'],
        `: CAMEO code "${code}" has no entry in the code table (src/modules/common/cameo.ts); nearest codes: ${nearestCameoCodes(code, cameoCodes).join(', ')}`,
      );
      return {};
    }
    return { cameoCode: code, goldstein: known.goldstein };
  };

  const addNode = (id: string, labels: string[], props: Props, quoteList: readonly Quote[], at: (string | number)[], time?: TimeSpec) => {
    if (nodes.has(id)) {
      problem(at, `: the id ${id} is used twice in this file`);
      return;
    }
    const roles = [
      ...quotes(quoteList, [...at, 'evidence'], id).map((evidenceId) => ({ id: evidenceId, role: nodeEvidenceRole(labels) })),
      ...quotes(time?.evidence ?? [], [...at, 'time', 'evidence'], id).map((evidenceId) => ({ id: evidenceId, role: 'TIME' as const })),
    ];
    const evidenceIds = [...new Set(roles.map((quoted) => quoted.id))];
    nodes.set(id, { id, labels: [...labels, 'Node'], props: withoutNulls({ id, ...props }), evidenceIds, evidenceRoles: roles });
  };

  // A relationship's quotes support the relationship as a whole; its time words are quoted there.
  const noTimeQuotes = (time: TimeSpec | undefined, at: (string | number)[]) => {
    if ((time?.evidence ?? []).length > 0) problem([...at, 'time', 'evidence'], ": time quotes belong to meetings, events and claims; quote a link's time words in its evidence");
  };

  const addRel = (from: string, type: string, to: string, props: Props, quoteList: readonly Quote[], at: (string | number)[]) => {
    const key = `${from}|${type}|${to}`;
    if (rels.has(key)) {
      problem(at, `: ${from} -[${type}]-> ${to} is stated twice in this file`);
      return;
    }
    references.set(from, pathText(at));
    references.set(to, pathText(at));
    rels.set(key, { from, type, to, props: withoutNulls(props), evidenceIds: quotes(quoteList, [...at, 'evidence'], `${from} -[${type}]-> ${to}`) });
  };

  const addLinks = (owner: string, links: readonly Link[], at: (string | number)[]) => {
    links.forEach((link, index) => {
      const { type, to, from, evidence: quoteList, time, ...rest } = link;
      noTimeQuotes(time, [...at, 'links', index]);
      const props: Props = { ...rest, ...timeProps(time) };
      addRel(from ?? owner, type, to ?? owner, props, quoteList, [...at, 'links', index]);
    });
  };

  const addParticipants = (owner: string, list: readonly { actor: string; role: string; evidence: Quote[] }[], at: (string | number)[]) => {
    list.forEach((p, index) => addRel(p.actor, 'PARTICIPATED_IN', owner, { role: p.role }, p.evidence, [...at, 'participants', index]));
  };

  const { source } = doc;
  const sourceProps: Props = withoutNulls({
    id: sourceId,
    kind: source.kind,
    title: source.title,
    publisher: source.publisher ?? null,
    section: source.section ?? null,
    standfirst: source.standfirst ?? null,
    url: source.url ?? null,
    publishedText: source.published.text ?? null,
    publishedStart: source.published.start ?? null,
    publishedEnd: source.published.end ?? null,
    publishedPrecision: source.published.precision,
    publishedBasis: source.published.basis ?? 'STATED',
    file: source.text?.file ?? null,
    textLength: source.text?.length ?? null,
    textSha256: source.text?.sha256 ?? null,
  });
  if (source.publisherActor) addRel(sourceId, 'PUBLISHED_BY', source.publisherActor, {}, [], ['source', 'publisherActor']);

  // An item's `review` block is for its reviewer (format.ts), so it is never written to the graph.
  doc.actors.forEach((actor, i) => {
    const at = ['actors', i];
    const { id, kind, evidence: q, links, aliases, review: _review, ...rest } = actor;
    addNode(id, ['Actor', kind], { ...rest, aliases, aliasText: aliases.join(' · ') || null, nameKeys: nameKeys([actor.name, ...aliases]) }, q, at);
    addLinks(id, links, at);
  });
  doc.places.forEach((place, i) => {
    const at = ['places', i];
    const { id, evidence: q, links, aliases, review: _review, ...rest } = place;
    addNode(id, ['Place'], { ...rest, aliases, aliasText: aliases.join(' · ') || null, nameKeys: nameKeys([place.name, ...aliases]) }, q, at);
    addLinks(id, links, at);
  });
  doc.offices.forEach((office, i) => {
    const { id, evidence: q, links, review: _review, ...rest } = office;
    addNode(id, ['Office'], rest, q, ['offices', i]);
    addLinks(id, links, ['offices', i]);
  });
  const addHappenings = (label: 'Meeting' | 'Event', section: 'meetings' | 'events') =>
    doc[section].forEach((happening, i) => {
      const at = [section, i];
      const { id, evidence: q, links, participants, time, cameoCode, review: _review, ...rest } = happening;
      addNode(id, [label], { ...rest, ...cameo(cameoCode, at), ...timeProps(time) }, q, at, time);
      addParticipants(id, participants, at);
      addLinks(id, links, at);
    });
  addHappenings('Meeting', 'meetings');
  addHappenings('Event', 'events');
  doc.claims.forEach((claim, i) => {
    const at = ['claims', i];
    const { id, evidence: q, links, time, cameoCode, speakers, reported, about, review: _review, ...rest } = claim;
    addNode(id, ['Claim'], { ...rest, ...cameo(cameoCode, at), ...timeProps(time) }, q, at, time);
    speakers.forEach((speaker, j) => addRel(speaker.actor, 'ASSERTED', id, {}, speaker.evidence, [...at, 'speakers', j]));
    addRel(id, 'REPORTED_IN', sourceId, {}, reported.evidence, [...at, 'reported']);
    about.forEach((target, j) => addRel(id, 'ABOUT', target.node, { role: target.role }, target.evidence, [...at, 'about', j]));
    addLinks(id, links, at);
  });
  doc.quantities.forEach((quantity, i) => {
    const { id, evidence: q, links, review: _review, ...rest } = quantity;
    addNode(id, ['Quantity'], rest, q, ['quantities', i]);
    addLinks(id, links, ['quantities', i]);
  });
  doc.discrepancies.forEach((discrepancy, i) => {
    const { id, evidence: q, links, ...rest } = discrepancy;
    addNode(id, ['Discrepancy'], rest, q, ['discrepancies', i]);
    addLinks(id, links, ['discrepancies', i]);
  });
  doc.relations.forEach((relation, i) => {
    const { from, type, to, evidence: q, time, ...rest } = relation;
    noTimeQuotes(time, ['relations', i]);
    addRel(from, type, to, { ...rest, ...timeProps(time) }, q, ['relations', i]);
  });
  doc.supports.forEach((id, i) => {
    if (nodes.has(id)) problem(['supports', i], `: ${id} is stated in this file already; list only nodes of other sources`);
    references.set(id, pathText(['supports', i]));
  });

  if (problems.length > 0) throw new AnnotationError(file, problems);
  // The graph keeps every quote's context as found: from the text when it is here (which this
  // server serves whole anyway), else from the anchors. The anchors file is part of the
  // repository, so it keeps only what the source's reuse allows.
  const inContext = keptContext(doc.source.text?.reuse ?? 'QUOTES', [...evidence.values()]);
  const anchors: Record<string, StoredAnchor> = {};
  for (const [key, found] of placed) {
    const { prefix, suffix } = inContext(found);
    anchors[key] = [found.start, found.end, prefix, suffix];
  }
  references.delete(sourceId);
  for (const id of nodes.keys()) references.delete(id);
  return {
    file,
    sourceId,
    source: sourceProps,
    nodes: [...nodes.values()],
    supports: [...doc.supports],
    rels: [...rels.values()],
    evidence: [...evidence.values()].sort((a, b) => a.start - b.start || a.end - b.end),
    references,
    anchors: Object.fromEntries(Object.entries(anchors).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}
