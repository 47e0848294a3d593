import { findItem, slugOf, type Draft, type Item } from './model.js';

/** The loader's quote limit (src/ingest/quotes.ts): a quote names a fact, not a paragraph. */
const maxQuoteWords = 12;

export type Quote = string | { exact: string; occurrence: number };

/**
 * The words between two offsets as the loader finds them: the words alone when they occur once
 * in the text, else with the occurrence that picks this place (counted overlapping, as the loader does).
 */
export function quoteAt(text: string, start: number, end: number): Quote {
  const exact = text.slice(start, end);
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found.length === 1 ? exact : { exact, occurrence: found.indexOf(start) + 1 };
}

/** Narrows a selection to its words: a drag usually catches a space or a comma at either end. */
export function trimSelection(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,;:.!?"“”'‘’()–—-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?"“”'‘’()–—-]/.test(text[end - 1]!)) end--;
  return { start, end };
}

export type NewKind = 'actor' | 'place';

/**
 * A new actor or place named by the selected words, which are its name and its evidence. The
 * reviewer added it, so it is accepted; its id is a fresh slug the reviewer can still change.
 */
export function addFromSelection(draft: Draft, kind: NewKind, start: number, end: number): { draft: Draft; id: string } {
  const words = trimSelection(draft.text, start, end);
  const name = draft.text.slice(words.start, words.end);
  if (!name.trim()) throw new Error('Select the words that name it in the text first.');
  if (name.trim().split(/\s+/).length > maxQuoteWords) throw new Error(`Select at most ${maxQuoteWords} words: the selection is its name and its quote.`);
  const prefix = kind === 'actor' ? 'person' : 'place';
  let id = `${prefix}:${slugOf(name)}`;
  for (let n = 2; findItem(draft.annotation, id); n++) id = `${prefix}:${slugOf(name)}-${n}`;
  const review = { status: 'ACCEPTED' as const, confidence: 1, reason: 'added by the reviewer from the selected words' };
  const evidence = [quoteAt(draft.text, words.start, words.end)];
  const item: Item =
    kind === 'actor'
      ? { id, kind: 'Person', name, aliases: [], evidence, review }
      : { id, name, aliases: [], placeKind: 'CITY', evidence, review };
  const section = kind === 'actor' ? 'actors' : 'places';
  const items = Array.isArray(draft.annotation[section]) ? (draft.annotation[section] as Item[]) : [];
  return {
    id,
    draft: {
      ...draft,
      annotation: { ...draft.annotation, [section]: [...items, item] },
      spans: [...draft.spans, { start: words.start, end: words.end, kind, item: id }],
    },
  };
}
