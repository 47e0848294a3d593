import { goldsteinText } from '../common/codedEvents.js';
import type { EvidenceRef, SourceRef } from '../common/evidence.js';
import { sourceDate } from '../common/evidence.js';
import { describeTime } from '../common/time.js';
import type { EdgeFacts, Neighbourhood, NodeFacts } from './graph.js';

/** One statement the picture shows (a happening's status, or an edge), with every quote for it. */
export interface Fact {
  subject: { id: string; name: string; kind: string };
  relation: string;
  object: { id: string; name: string; kind: string } | { value: string };
  status: string | null;
  time: string | null;
  evidence: {
    exact: string;
    prefix: string | null;
    suffix: string | null;
    source: { id: string; title: string | null; published: string | null; url: string | null };
  }[];
  /** For an imported event's status: the dataset's coding and where it was reported, in place of quotes. */
  coded?: { dataset: string; cameo: string | null; goldstein: string; url: string | null; publisher: string | null; storyId: string | null };
}

const ref = (node: NodeFacts | undefined, id: string) => ({ id, name: node?.name ?? id, kind: node?.kind ?? 'other' });

function quotes(evidence: readonly EvidenceRef[], sources: ReadonlyMap<string, SourceRef>): Fact['evidence'] {
  return evidence.map((item) => {
    const source = sources.get(item.source.id);
    return {
      exact: item.exact,
      prefix: item.prefix || null,
      suffix: item.suffix || null,
      source: { id: item.source.id, title: source?.title ?? null, published: sourceDate(source) || null, url: source?.url ?? null },
    };
  });
}

function edgeFact(edge: EdgeFacts, graph: Neighbourhood, sources: ReadonlyMap<string, SourceRef>): Fact {
  const from = graph.nodes.get(edge.source);
  const to = graph.nodes.get(edge.target);
  const happening = [from, to].find((node) => node?.status);
  return {
    subject: ref(from, edge.source),
    relation: edge.label,
    object: ref(to, edge.target),
    status: happening?.status ?? null,
    time: happening?.time ? describeTime(happening.time) : null,
    evidence: quotes(edge.evidence, sources),
  };
}

/** Every fact of the picture: each happening's status, then each edge, in the order they were drawn. */
export function factsOf(graph: Neighbourhood, sources: ReadonlyMap<string, SourceRef>): Fact[] {
  const facts: Fact[] = [];
  for (const node of graph.nodes.values()) {
    if (!node.status) continue;
    facts.push({
      subject: ref(node, node.id),
      relation: 'status',
      object: { value: node.status },
      status: node.status,
      time: node.time ? describeTime(node.time) : null,
      evidence: quotes(node.evidence, sources),
      ...(node.coded
        ? {
            coded: {
              dataset: node.coded.coding.dataset,
              cameo: node.cameo ? `${node.cameo.code} ${node.cameo.label}` : null,
              goldstein: goldsteinText(node.coded, node.cameo ?? null),
              url: node.coded.reportedBy?.url ?? null,
              publisher: node.coded.reportedBy?.publisher ?? null,
              storyId: node.coded.reportedBy?.storyId ?? null,
            },
          }
        : {}),
    });
  }
  for (const edge of graph.edges.values()) facts.push(edgeFact(edge, graph, sources));
  return facts;
}

/** Facts touching one node, for its side panel. */
export function factsAbout(id: string, graph: Neighbourhood, sources: ReadonlyMap<string, SourceRef>): Fact[] {
  return [...graph.edges.values()].filter((edge) => edge.source === id || edge.target === id).map((edge) => edgeFact(edge, graph, sources));
}

export const csvColumns = [
  'subject_id', 'subject', 'relation', 'object_id', 'object', 'status', 'time',
  'quote_prefix', 'quote', 'quote_suffix', 'source_id', 'source_title', 'source_published', 'source_url',
] as const;
export type CsvRow = Record<(typeof csvColumns)[number], string>;

/** The facts as CSV rows: one per quote, or one with empty quote columns where a fact has none. */
export function csvRows(facts: readonly Fact[]): CsvRow[] {
  return facts.flatMap((fact) => {
    const object = 'value' in fact.object ? { object_id: '', object: fact.object.value } : { object_id: fact.object.id, object: fact.object.name };
    const base = { subject_id: fact.subject.id, subject: fact.subject.name, relation: fact.relation, ...object, status: fact.status ?? '', time: fact.time ?? '' };
    const empty = { quote_prefix: '', quote: '', quote_suffix: '', source_id: '', source_title: '', source_published: '', source_url: '' };
    // An imported event has no quote: its dataset and report fill the source columns instead.
    const coded = fact.coded;
    const report = coded
      ? { source_title: [`${coded.dataset} coded event data`, coded.publisher, coded.storyId ? `story ${coded.storyId}` : null].filter(Boolean).join(', '), source_url: coded.url ?? '' }
      : {};
    if (fact.evidence.length === 0) return [{ ...base, ...empty, ...report }];
    return fact.evidence.map((quote) => ({
      ...base,
      quote_prefix: quote.prefix ?? '',
      quote: quote.exact,
      quote_suffix: quote.suffix ?? '',
      source_id: quote.source.id,
      source_title: quote.source.title ?? '',
      source_published: quote.source.published ?? '',
      source_url: quote.source.url ?? '',
    }));
  });
}
