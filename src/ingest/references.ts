import type { Annotation } from './format.js';
import type { CorpusFile } from './corpus.js';
import { linePrefix, type KeyPath } from './lines.js';
import { nearestWords } from './nearest.js';
import { pathText } from './parse.js';

export interface Reference {
  readonly id: string;
  readonly at: KeyPath;
}

const itemSections = ['actors', 'places', 'offices', 'meetings', 'events', 'claims', 'quantities', 'discrepancies'] as const;

/** The ids a file defines: its source and every item. */
export function definedIds(annotation: Annotation): string[] {
  return [annotation.source.id, ...itemSections.flatMap((section) => annotation[section].map((item) => item.id))];
}

/** Every id a file refers to, with the field that names it (so a message can give its line). */
export function referencesOf(annotation: Annotation): Reference[] {
  const found: Reference[] = [];
  const add = (id: string | undefined, at: KeyPath) => id !== undefined && found.push({ id, at });
  const linkLike = (link: { to?: string; from?: string; claimId?: string; discrepancyId?: string }, at: KeyPath) => {
    for (const field of ['to', 'from', 'claimId', 'discrepancyId'] as const) add(link[field], [...at, field]);
  };
  add(annotation.source.publisherActor, ['source', 'publisherActor']);
  annotation.supports.forEach((id, i) => add(id, ['supports', i]));
  for (const section of itemSections) {
    annotation[section].forEach((item, i) => item.links.forEach((link, j) => linkLike(link, [section, i, 'links', j])));
  }
  for (const section of ['meetings', 'events'] as const) {
    annotation[section].forEach((item, i) => item.participants.forEach((p, j) => add(p.actor, [section, i, 'participants', j, 'actor'])));
  }
  annotation.claims.forEach((claim, i) => {
    claim.speakers.forEach((speaker, j) => add(speaker.actor, ['claims', i, 'speakers', j, 'actor']));
    claim.about.forEach((target, j) => add(target.node, ['claims', i, 'about', j, 'node']));
  });
  annotation.relations.forEach((relation, i) => linkLike(relation, ['relations', i]));
  return found;
}

/**
 * References to ids no file states: the loader would refuse them only once it asks the graph,
 * so `--check` finds them first, offering the known ids nearest each.
 */
export function unknownReferenceProblems(target: CorpusFile, corpus: readonly CorpusFile[], where: string): string[] {
  const known = new Set(corpus.flatMap((entry) => definedIds(entry.annotation)));
  return referencesOf(target.annotation)
    .filter((reference) => !known.has(reference.id))
    .map(({ id, at }) => {
      const nearest = nearestWords(id, known);
      const hint = nearest.length > 0 ? `nearest known ids: ${nearest.join(', ')}` : 'no known id is near it';
      return `${linePrefix(target.lineOf(at))}${pathText(at)}: ${id} is stated in no file of ${where} nor in this file; ${hint}`;
    });
}
