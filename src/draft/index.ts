/**
 * The drafter: a source's text in, a complete annotation file out, every item marked for review.
 * A pipeline of small pure stages (spaCy-style), each reading the layers before it:
 * sentences → mentions (actors, places, offices) → times → meetings → claims → events →
 * quantities → assemble. Synchronous and pure: it reads only its arguments.
 */
import type { CompiledSource } from '../ingest/compile.js';
import { listSourceFiles, prepareSource } from '../ingest/sources.js';
import { assemble } from './assemble.js';
import { withOccasionTimes } from './claimTimes.js';
import { findClaims } from './claims.js';
import { findEvents } from './events.js';
import { resolveKnownMeetings } from './knownMeetings.js';
import { findMeetings } from './meetings.js';
import { findMentions } from './mentions.js';
import { findQuantities } from './quantities.js';
import { indexKnown } from './resolve.js';
import { splitSentences } from './sentences.js';
import { withUnnamedSpeakers } from './speakers.js';
import { findTimes } from './times.js';
import type { DraftInput, DraftResult, KnownNode } from './types.js';

export type { DraftInput, DraftResult, KnownNode } from './types.js';

export function draftSource(input: DraftInput, known: readonly KnownNode[]): DraftResult {
  const published = { start: input.published.start, end: input.published.end ?? input.published.start };
  if (published.end < published.start) throw new Error(`the publication interval ends (${published.end}) before it starts (${published.start})`);
  const { text } = input;
  const index = indexKnown(known);
  const sentences = splitSentences(text);
  const mentions = findMentions(text, sentences, index);
  const times = findTimes(text, sentences, published);
  const meetings = resolveKnownMeetings(findMeetings(text, sentences, mentions, times), known, mentions, published);
  // Unnamed speakers ("a ministry spokesperson") are persons only for claims and the file's actors.
  const speaking = withUnnamedSpeakers(text, sentences, mentions);
  const claims = withOccasionTimes(text, sentences, findClaims(text, sentences, speaking, times), meetings, times, speaking);
  const events = findEvents(text, sentences, mentions, times);
  const quantities = findQuantities(text, sentences, times);
  return assemble(input, published, new Set(index.byId.keys()), { sentences, mentions: speaking, meetings, claims, events, quantities });
}

/** The labels a node has besides the shared ones, first: the kind names resolve against. */
const kindOf = (labels: readonly string[]) => labels.find((label) => label !== 'Actor' && label !== 'Node') ?? 'Node';
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * What the annotation files of a folder state, compiled the way the loader compiles them (a file
 * that does not compile is left out: it is not in the graph either).
 */
export function knownFromSources(sourcesDir: string, textsDir: string): KnownNode[] {
  const byId = new Map<string, KnownNode>();
  const rels: { from: string; type: string; to: string; props: Readonly<Record<string, unknown>> }[] = [];
  const meetingProps = new Map<string, Record<string, unknown>>();
  const compiledFiles: CompiledSource[] = [];
  for (const file of listSourceFiles(sourcesDir)) {
    try {
      compiledFiles.push(prepareSource(file, textsDir, 'drafter').compiled);
    } catch {
      continue;
    }
  }
  // The later publication states a node's properties last, as the loader merges them (a readout's OCCURRED after the article's PLANNED).
  const publishedEnd = (c: (typeof compiledFiles)[number]) => String(c.source['publishedEnd'] ?? '9999');
  for (const compiled of compiledFiles.sort((a, b) => publishedEnd(a).localeCompare(publishedEnd(b)))) {
    rels.push(...compiled.rels);
    for (const node of compiled.nodes) {
      const previous = byId.get(node.id);
      const aliases = Array.isArray(node.props['aliases']) ? node.props['aliases'] : [];
      const name = text(node.props['name']) ?? text(node.props['title']) ?? previous?.name ?? node.id;
      const wikidata = text(node.props['wikidata']) ?? previous?.wikidata;
      const iso2 = text(node.props['iso2']) ?? previous?.iso2;
      const iso3 = text(node.props['iso3']) ?? previous?.iso3;
      byId.set(node.id, {
        id: node.id, kind: kindOf(node.labels), name, aliases: [...new Set([...(previous?.aliases ?? []), ...aliases])],
        ...(wikidata ? { wikidata } : {}), ...(iso2 ? { iso2 } : {}), ...(iso3 ? { iso3 } : {}),
      });
      if (node.labels.includes('Meeting')) meetingProps.set(node.id, { ...meetingProps.get(node.id), ...node.props });
    }
  }
  return withGraphFacts([...byId.values()], rels, meetingProps);
}

/** The one value of a list, or nothing when it holds none or several. */
const onlyOne = (values: readonly string[]): string | undefined => (new Set(values).size === 1 ? values[0] : undefined);

/**
 * What the drafter uses of the graph's relationships: each person's country (NATIONAL_OF, or else
 * the country of the offices held, when that is one country) and each meeting's status, time and
 * participants.
 */
export function withGraphFacts(
  nodes: readonly KnownNode[],
  rels: readonly { from: string; type: string; to: string; props: Readonly<Record<string, unknown>> }[],
  meetingProps: ReadonlyMap<string, Readonly<Record<string, unknown>>>,
): KnownNode[] {
  const targets = (from: string, type: string) => rels.filter((r) => r.from === from && r.type === type).map((r) => r.to);
  return nodes.map((node): KnownNode => {
    if (node.kind === 'Person') {
      const country = onlyOne(targets(node.id, 'NATIONAL_OF').filter((to) => to.startsWith('country:')))
        ?? onlyOne(targets(node.id, 'HOLDS_OFFICE').flatMap((office) => targets(office, 'OFFICE_OF')).filter((to) => to.startsWith('country:')));
      return country ? { ...node, country } : node;
    }
    const props = meetingProps.get(node.id);
    if (!props) return node;
    const roles = new Map(rels.filter((r) => r.to === node.id && r.type === 'PARTICIPATED_IN').map((r) => [r.from, text(r.props['role']) ?? 'PARTICIPANT']));
    const participants = [...roles].map(([actor, role]) => ({ actor, role }));
    const start = text(props['timeStart']);
    const end = text(props['timeEnd']);
    const precision = text(props['timePrecision']);
    return {
      ...node,
      meeting: { status: text(props['status']) ?? 'OCCURRED', ...(start ? { start } : {}), ...(end ? { end } : {}), ...(precision ? { precision } : {}), participants },
    };
  });
}
