/**
 * What a coded dataset (GDELT, ICEWS) says of an imported event beyond the graph's model: the
 * file's own values, where the event was reported, and how it coded each actor. The import
 * (src/import/graphRows.ts) stores them as properties; annotated facts have none, so each
 * answer is null for them.
 */
import type { CodedActor, EventCoding, EventReport, QuadClass } from '../../graphql/generated/resolvers.js';
import type { RelationshipRow } from '../common/rows.js';

type Props = Readonly<Record<string, unknown>>;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const number = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const quadClasses: readonly QuadClass[] = ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION', 'VERBAL_CONFLICT', 'MATERIAL_CONFLICT'];

export function codingOf(event: Props): EventCoding | null {
  const dataset = text(event['dataset']);
  if (!dataset) return null;
  return {
    dataset,
    datasetId: text(event['datasetEventId']) ?? '',
    goldstein: number(event['goldstein']) ?? 0,
    quadClass: quadClasses[(number(event['quadClassCode']) ?? 1) - 1] ?? 'VERBAL_COOPERATION',
    mentions: number(event['numMentions']),
    sources: number(event['numSources']),
    articles: number(event['numArticles']),
    averageTone: number(event['avgTone']),
    rootEvent: typeof event['isRootEvent'] === 'boolean' ? event['isRootEvent'] : null,
    sourceActorCode: text(event['sourceActorCode']),
    sourceActorName: text(event['sourceActorName']),
    targetActorCode: text(event['targetActorCode']),
    targetActorName: text(event['targetActorName']),
    line: number(event['datasetLine']) ?? 0,
  };
}

export function reportOf(event: Props): EventReport | null {
  if (!text(event['dataset'])) return null;
  return {
    url: text(event['reportUrl']),
    publisher: text(event['reportPublisher']),
    storyId: text(event['storyId']),
    sentence: number(event['sentenceNumber']),
    eventText: text(event['eventText']),
    added: text(event['datasetAdded']) ?? '',
  };
}

export function codedActorOf(rel: RelationshipRow): CodedActor | null {
  const props = rel as unknown as Props;
  const code = text(props['actorCode']);
  if (!code) return null;
  const list = (...keys: string[]) => keys.map((key) => text(props[key])).filter((value): value is string => value !== null);
  return {
    code,
    name: text(props['actorName']) ?? code,
    types: list('actorType1', 'actorType2', 'actorType3'),
    knownGroup: text(props['actorKnownGroup']),
    ethnic: text(props['actorEthnic']),
    religions: list('actorReligion1', 'actorReligion2'),
    sectors: Array.isArray(props['actorSectors']) ? (props['actorSectors'] as string[]) : [],
  };
}
