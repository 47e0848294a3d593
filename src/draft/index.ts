/**
 * The drafter: a source's text in, a complete annotation file out, every item marked for review.
 * A pipeline of small pure stages (spaCy-style), each reading the layers before it:
 * sentences → mentions (actors, places, offices) → times → meetings → claims → events →
 * quantities → assemble. Synchronous and pure: it reads only its arguments.
 */
import { listSourceFiles, prepareSource } from '../ingest/sources.js';
import { assemble } from './assemble.js';
import { findClaims } from './claims.js';
import { findEvents } from './events.js';
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
  const meetings = findMeetings(text, sentences, mentions, times);
  // Unnamed speakers ("a ministry spokesperson") are persons only for claims and the file's actors.
  const speaking = withUnnamedSpeakers(text, sentences, mentions);
  const claims = findClaims(text, sentences, speaking, times);
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
  for (const file of listSourceFiles(sourcesDir)) {
    let nodes;
    try {
      nodes = prepareSource(file, textsDir, 'drafter').compiled.nodes;
    } catch {
      continue;
    }
    for (const node of nodes) {
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
    }
  }
  return [...byId.values()];
}
