import type { CountryEntry } from './countries.js';
import type { Entity } from './document.js';
import type { EntityTable } from './entityTable.js';
import type { KnownIndex } from './resolve.js';
import { slug } from './slug.js';

const withArticle = (country: CountryEntry) => (/^(United|Czech|Dominican|Central African)\b|s$/.test(country.name) ? `the ${country.name}` : country.name);
/** "chair of the commons foreign affairs committee" → "Chair of the Commons Foreign Affairs Committee". */
export const titleCase = (words: string) =>
  words.replace(/(^|\s)(\p{Ll})(\p{L}*)/gu, (all: string, space: string, letter: string, rest: string, offset: number) =>
    offset > 0 && /^(?:of|the|to|and|for|in|on)$/.test(letter + rest) ? all : space + letter.toUpperCase() + rest);

export function countryEntity(table: EntityTable, country: CountryEntry, confidence: number): Entity {
  return table.add({
    kind: 'Country', name: country.name, proposedId: `country:${country.iso3.toLowerCase()}`, aliases: country.aliases,
    iso2: country.iso2, iso3: country.iso3, confidence, reason: 'country named in the text',
  });
}

/** An office entity: "UK foreign secretary" → office:uk-foreign-secretary, titled "Foreign Secretary of the United Kingdom". */
export function officeEntity(table: EntityTable, index: KnownIndex, head: string, country: CountryEntry | undefined, of: string | undefined): Entity {
  const ofWords = of && !country ? of : undefined;
  const toWords = of && country ? of : undefined;
  const role = `${head}${toWords ? ` to ${toWords}` : ''}`;
  if (country) {
    return table.add({
      kind: 'Office', name: `${titleCase(role)} of ${withArticle(country)}`, proposedId: `office:${country.short}-${slug(role)}`,
      confidence: 0.8, country: country.iso3, reason: 'office named with its country',
    });
  }
  if (ofWords) {
    return table.add({ kind: 'Office', name: titleCase(`${head} of the ${ofWords}`), proposedId: `office:${slug(ofWords)}-${slug(head)}`, confidence: 0.7 });
  }
  // No country in the words: the graph's only office of this title is the likeliest one meant.
  const suffix = `-${slug(head)}`;
  const candidates = [...index.byId.values()].filter((n) => n.kind === 'Office' && n.id.endsWith(suffix));
  if (candidates.length === 1) {
    return table.add({ kind: 'Office', name: candidates[0]!.name, proposedId: candidates[0]!.id, confidence: 0.5, reason: 'the graph has one office of this title; the text names no country' });
  }
  return table.add({ kind: 'Office', name: titleCase(head), proposedId: `office:${slug(head)}`, confidence: 0.4, reason: 'the text names no country for this office' });
}

