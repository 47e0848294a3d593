import type { Annotation } from './format.js';
import { linePrefix, type KeyPath, type LineOf } from './lines.js';
import type { Notice } from './notices.js';
import { AnnotationError, pathText } from './parse.js';

/** The sections whose items `npm run draft` marks for review (format.ts, `review`). */
const reviewedSections = ['actors', 'places', 'offices', 'meetings', 'events', 'claims', 'quantities'] as const;

export interface UnreviewedItem {
  readonly id: string;
  readonly at: KeyPath;
  readonly line: number | undefined;
}

/** The items a file still holds as drafted: their review status is UNREVIEWED. */
export function unreviewedItems(annotation: Annotation, lineOf: LineOf): UnreviewedItem[] {
  return reviewedSections.flatMap((section) =>
    annotation[section].flatMap((item, index) => {
      if (item.review?.status !== 'UNREVIEWED') return [];
      const at = [section, index];
      return [{ id: item.id, at, line: lineOf([...at, 'review', 'status']) }];
    }),
  );
}

const instruction = (file: string) =>
  `set each review.status to ACCEPTED (or delete its review block) once checked, or load the draft as it stands with npm run ingest -- ${file} --accept-drafts`;

/** Why a file with drafted items is refused: each item with its line, then what to do. */
export function reviewGateProblems(file: string, items: readonly UnreviewedItem[]): string[] {
  return [
    ...items.map((item) => `${linePrefix(item.line)}${pathText(item.at)} (${item.id}): drafted and not yet reviewed (review.status is UNREVIEWED)`),
    `${items.length} item${items.length === 1 ? ' is' : 's are'} not reviewed: ${instruction(file)}`,
  ];
}

/** What `--check` says instead: a draft passes the check as it stands, but will not load. */
export function reviewNotice(file: string, displayFile: string, items: readonly UnreviewedItem[]): Notice {
  const list = items.map((item) => `${item.id} (line ${item.line ?? '?'})`).join(', ');
  return {
    level: 'notice',
    file,
    line: undefined,
    at: undefined,
    message: `${items.length} drafted item${items.length === 1 ? ' is' : 's are'} not yet reviewed: ${list}; until they are, npm run ingest loads the file only with --accept-drafts: ${instruction(displayFile)}`,
  };
}

/** The review gate of `npm run ingest` and the start-up loader (not of `--check`). */
export function assertReviewed(file: string, items: readonly UnreviewedItem[], displayFile: string = file): void {
  if (items.length > 0) throw new AnnotationError(file, reviewGateProblems(displayFile, items));
}
