import { stringify } from 'yaml';
import { annotationSchema, type Annotation } from '../ingest/format.js';
import { sha256 } from '../ingest/sources.js';
import type { TimePrecision } from '../modules/common/time.js';
import { AssembleContext } from './assembleContext.js';
import { assembleFacts } from './assembleFacts.js';
import { assembleNodes } from './assembleNodes.js';
import { addDays, mondayOf, monthEnd, monthOf, yearOf } from './calendar.js';
import type { FoundClaim } from './claims.js';
import type { Mentions, Publication, Sentence } from './document.js';
import type { FoundEvent } from './events.js';
import type { FoundMeeting } from './meetings.js';
import type { FoundQuantity } from './quantities.js';
import { slug } from './slug.js';
import type { DraftInput, DraftResult } from './types.js';

/** How exactly a publication interval is known: one day, one Monday–Sunday week, one month, one year. */
export function intervalPrecision(published: Publication): TimePrecision {
  const { start, end } = published;
  if (start === end) return 'DAY';
  if (mondayOf(start) === start && addDays(start, 6) === end) return 'WEEK';
  if (start.endsWith('-01') && end === monthEnd(yearOf(start), monthOf(start))) return 'MONTH';
  if (start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`) return 'YEAR';
  return 'UNKNOWN';
}

/** The first line that reads as a headline: a few words, not page furniture ("Advertisement"). */
export function titleOf(sentences: readonly Sentence[]): string {
  const line = sentences.find((s) => s.text.split(/\s+/).length >= 4) ?? sentences[0];
  return line?.text ?? 'Untitled source';
}

export interface Stages {
  readonly sentences: readonly Sentence[];
  readonly mentions: Mentions;
  readonly meetings: readonly FoundMeeting[];
  readonly claims: readonly FoundClaim[];
  readonly events: readonly FoundEvent[];
  readonly quantities: readonly FoundQuantity[];
}

/** The assemble stage: the source block, then every item, validated against the format itself. */
export function assemble(input: DraftInput, published: Publication, knownIds: ReadonlySet<string>, stages: Stages): DraftResult {
  const file = input.file ?? 'draft.txt';
  const id = input.id ?? `src:${slug(file.replace(/\.[^.]+$/, ''))}`;
  const ctx = new AssembleContext(input.text, published, id.slice('src:'.length), stages.mentions.entities, knownIds);
  const nodes = assembleNodes(ctx, stages.mentions);
  const facts = assembleFacts(ctx, stages.mentions, stages);
  const precision = intervalPrecision(published);
  const draft = {
    source: {
      id, kind: input.kind ?? 'ARTICLE', title: input.title ?? titleOf(stages.sentences), ...(input.publisher ? { publisher: input.publisher } : {}),
      published: { text: 'Given to npm run draft (--published).', start: published.start, end: published.end, precision },
      text: { file, length: [...input.text].length, sha256: sha256(input.text) },
    },
    actors: [...nodes.actors, ...facts.extraActors],
    places: nodes.places,
    offices: nodes.offices,
    meetings: facts.meetings,
    events: facts.events,
    claims: facts.claims,
    quantities: facts.quantities,
  };
  const annotation: Annotation = annotationSchema.parse(draft);
  return { annotation, yaml: toYaml(draft, file), spans: ctx.spans };
}

function toYaml(draft: object, file: string): string {
  const header = [
    '# yaml-language-server: $schema=annotation.schema.json',
    `# DRAFT written by npm run draft from ${file}: every item is UNREVIEWED. Check each against the text`,
    '# (ids, names, participants and roles, statuses, times, speakers), correct it, and set its review status to',
    '# ACCEPTED or delete the review block; npm run ingest refuses UNREVIEWED items unless given --accept-drafts.',
  ];
  return `${header.join('\n')}\n${stringify(draft, { lineWidth: 120, minContentWidth: 40 })}`;
}
