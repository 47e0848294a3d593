/**
 * What the annotation files, compiled as the loader compiles them (src/ingest), had stated by a
 * day: the sources published by then, each node's view merged from them (src/ingest/merge.ts),
 * and the relationships they state. Tests derive their expected as-of answers from it, not from
 * the database.
 */
import { loadConfig } from '../../src/config.js';
import type { CompiledSource, Props } from '../../src/ingest/compile.js';
import { mergeNode, type SourceRank } from '../../src/ingest/merge.js';
import { listSourceFiles, prepareSource } from '../../src/ingest/sources.js';

const config = loadConfig({});
let compiledSources: readonly CompiledSource[] | undefined;

/** Every annotation file, compiled (quotes placed in the texts, or in the stored anchors). */
export function compiled(): readonly CompiledSource[] {
  compiledSources ??= listSourceFiles(config.sourcesDir).map((file) => prepareSource(file, config.sourceTextsDir, 'test').compiled);
  return compiledSources;
}

const rankOf = (source: CompiledSource): SourceRank => ({
  id: source.sourceId,
  kind: String(source.source['kind']),
  publishedEnd: (source.source['publishedEnd'] as string | undefined) ?? null,
});

export interface Rel {
  readonly from: string;
  readonly type: string;
  readonly to: string;
  readonly props: Props;
}

export interface Known {
  /** The sources published by the day. */
  readonly sources: readonly CompiledSource[];
  /** Each node they state, its properties merged from them, and its labels. */
  readonly nodes: ReadonlyMap<string, { readonly labels: readonly string[]; readonly props: Props }>;
  /** Each relationship they state between known nodes (one per source stating it). */
  readonly rels: readonly Rel[];
}

const knownByDay = new Map<string | null, Known>();

/** What the sources published by `day` ('YYYY-MM-DD') had stated; null for every source. */
export function knownBy(day: string | null): Known {
  const cached = knownByDay.get(day);
  if (cached) return cached;
  const sources = compiled().filter((source) => day === null || String(source.source['publishedEnd']) <= day);
  const ranks = new Map(sources.map((source) => [source.sourceId, rankOf(source)]));
  const assertions = new Map<string, { sourceId: string; labels: readonly string[]; props: Props; evidenceIds: readonly string[] }[]>();
  for (const source of sources) {
    for (const node of source.nodes) {
      const list = assertions.get(node.id) ?? [];
      list.push({ sourceId: source.sourceId, labels: node.labels, props: node.props, evidenceIds: node.evidenceIds });
      assertions.set(node.id, list);
    }
  }
  const nodes = new Map<string, { labels: readonly string[]; props: Props }>();
  for (const [id, list] of assertions) nodes.set(id, mergeNode(list, ranks));
  const rels = sources.flatMap((source) => source.rels).filter((rel) => nodes.has(rel.from) && nodes.has(rel.to));
  const known = { sources, nodes, rels };
  knownByDay.set(day, known);
  return known;
}

const roleEnd = (role: unknown): 'BY' | 'TO' | 'FOR' | 'WITH' =>
  (({ SOURCE: 'BY', PERPETRATOR: 'BY', AUTHOR: 'BY', INSTRUMENT: 'BY', TARGET: 'TO', VICTIM: 'TO', BENEFICIARY: 'FOR' }) as const)[
    String(role) as 'SOURCE'
  ] ?? 'WITH';

export interface PairFacts {
  readonly meetings: readonly { readonly id: string; readonly status: string }[];
  readonly events: readonly string[];
  readonly claims: readonly string[];
  readonly summary: {
    readonly total: number;
    readonly coded: number;
    readonly cooperation: number;
    readonly conflict: number;
    readonly neutral: number;
    readonly goldsteinSum: number;
    readonly excluded: readonly { readonly status: string; readonly count: number }[];
  };
}

/**
 * What lies between two actors as of a day, by the rule the schema gives at `Relations`: each
 * side a country with its nationals and the actors that belong to or represent it (publishers
 * apart); a meeting both sides take part in; an event in which they face each other; a claim by
 * one side directly about the other, unless aimed only outside both. The summary counts the
 * OCCURRED ones; the others are counted by status.
 */
export function pairAsOf(a: string, b: string, day: string | null): PairFacts {
  const known = knownBy(day);
  const node = (id: string) => known.nodes.get(id);
  const side = (id: string): Set<string> => {
    const members = new Set([id]);
    if (!node(id)?.labels.includes('Country')) return members;
    for (const rel of known.rels) {
      if (rel.to !== id || !['NATIONAL_OF', 'BELONGS_TO', 'REPRESENTS'].includes(rel.type)) continue;
      const member = node(rel.from);
      if (member?.labels.includes('Actor') && member.props['orgKind'] !== 'PUBLISHER') members.add(rel.from);
    }
    return members;
  };
  const sideA = side(a);
  const sideB = side(b);
  const outside = (id: string) => !sideA.has(id) && !sideB.has(id);
  const participations = known.rels.filter((rel) => rel.type === 'PARTICIPATED_IN');
  const shared = new Set<string>();
  for (const p of participations.filter((rel) => sideA.has(rel.from))) {
    for (const q of participations.filter((rel) => rel.to === p.to && sideB.has(rel.from) && rel.from !== p.from)) {
      const happening = node(p.to)!;
      const ends = [roleEnd(p.props['role']), roleEnd(q.props['role'])];
      const aimedOutside = participations.some((t) => t.to === p.to && ['TARGET', 'VICTIM'].includes(String(t.props['role'])) && outside(t.from));
      const faces =
        happening.labels.includes('Meeting') ||
        ends.includes('WITH') ||
        (ends.includes('BY') && ends.includes('TO')) ||
        (ends.includes('BY') && ends.includes('FOR') && !aimedOutside);
      if (faces && (happening.labels.includes('Meeting') || happening.labels.includes('Event'))) shared.add(p.to);
    }
  }
  const abouts = known.rels.filter((rel) => rel.type === 'ABOUT');
  const claims = new Set<string>();
  for (const asserted of known.rels.filter((rel) => rel.type === 'ASSERTED' && (sideA.has(rel.from) || sideB.has(rel.from)))) {
    const x = asserted.from;
    const aimedOutside = abouts.some((t) => t.from === asserted.to && t.props['role'] === 'TARGET' && outside(t.to));
    for (const about of abouts.filter((rel) => rel.from === asserted.to && rel.to !== x)) {
      const linked = (sideA.has(x) && sideB.has(about.to)) || (sideB.has(x) && sideA.has(about.to));
      if (linked && (about.props['role'] === 'TARGET' || !aimedOutside)) claims.add(asserted.to);
    }
  }
  const happenings = [...shared, ...claims];
  const status = (id: string) => String(node(id)!.props['status']);
  const counted = happenings.filter((id) => status(id) === 'OCCURRED');
  const goldstein = (id: string) => node(id)!.props['goldstein'] as number | undefined;
  const coded = counted.filter((id) => goldstein(id) !== undefined);
  const excluded = new Map<string, number>();
  for (const id of happenings) if (status(id) !== 'OCCURRED') excluded.set(status(id), (excluded.get(status(id)) ?? 0) + 1);
  const sorted = (ids: Iterable<string>) => [...ids].sort();
  return {
    meetings: sorted([...shared].filter((id) => node(id)!.labels.includes('Meeting'))).map((id) => ({ id, status: status(id) })),
    events: sorted([...shared].filter((id) => node(id)!.labels.includes('Event'))),
    claims: sorted(claims),
    summary: {
      total: counted.length,
      coded: coded.length,
      cooperation: coded.filter((id) => goldstein(id)! > 0).length,
      conflict: coded.filter((id) => goldstein(id)! < 0).length,
      neutral: coded.filter((id) => goldstein(id) === 0).length,
      goldsteinSum: Math.round(coded.reduce((sum, id) => sum + goldstein(id)!, 0) * 1e6) / 1e6,
      excluded: [...excluded].map(([name, count]) => ({ status: name, count })).sort((x, y) => x.status.localeCompare(y.status)),
    },
  };
}

/** Every pair of known countries with a meeting, event or claim between them (`a` sorting first), with its facts. */
export function dyadsAsOf(day: string | null): { readonly a: string; readonly b: string; readonly facts: PairFacts }[] {
  const countries = [...knownBy(day).nodes]
    .filter(([, known]) => known.labels.includes('Country'))
    .map(([id]) => id)
    .sort();
  return countries.flatMap((a, index) =>
    countries.slice(index + 1).flatMap((b) => {
      const facts = pairAsOf(a, b, day);
      return facts.meetings.length + facts.events.length + facts.claims.length > 0 ? [{ a, b, facts }] : [];
    }),
  );
}
