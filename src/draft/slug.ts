import { nameKey } from '../db/nameKey.js';

/** The slug part of an id, in the format's id style: lower case, digits and hyphens. */
export function slug(words: string, maxWords = 8): string {
  const parts = nameKey(words).split(' ').filter(Boolean).slice(0, maxWords);
  return parts.join('-') || 'item';
}
