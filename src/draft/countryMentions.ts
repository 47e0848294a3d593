import { countries, type CountryEntry } from './countries.js';
import type { Span } from './document.js';

export type CountryForm = 'name' | 'demonym' | 'capital';

/** A country named in the text: by name, short name, demonym ("Russian") or capital. */
export interface CountryHit extends Span {
  readonly country: CountryEntry;
  readonly form: CountryForm;
  /** The words end in 's ("Russia's"): the span leaves it out. */
  readonly possessive: boolean;
  readonly surface: string;
}

interface Surface {
  readonly country: CountryEntry;
  readonly form: CountryForm;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function buildSurfaces(): Map<string, Surface> {
  const surfaces = new Map<string, Surface>();
  const add = (surface: string, value: Surface) => {
    if (!surfaces.has(surface)) surfaces.set(surface, value);
    // "the Netherlands", "the Gambia": the article is written in lower case mid-sentence.
    if (/^The /.test(surface) && !surfaces.has(surface.slice(4))) surfaces.set(surface.slice(4), value);
  };
  for (const country of countries) for (const name of [country.name, ...country.aliases]) add(name, { country, form: 'name' });
  for (const country of countries) for (const demonym of country.demonyms) add(demonym, { country, form: 'demonym' });
  for (const country of countries) for (const capital of country.capitals) {
    add(capital, { country, form: 'capital' });
    // "Washington, D.C." is written "Washington" in news.
    const short = capital.replace(/,?\s*D\.\s?C\.$/, '');
    if (short !== capital) add(short, { country, form: 'capital' });
    // News in English often drops the accents: "Brasilia", "Bogota", "Reykjavik".
    const plain = short.normalize('NFD').replace(/\p{M}/gu, '');
    if (plain !== short) add(plain, { country, form: 'capital' });
  }
  return surfaces;
}

const surfaces = buildSurfaces();
// Longest first, so "United States of America" wins over "United States"; case-sensitive, so "US" is not "us".
const pattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...surfaces.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:(['’]s)|(?![\\p{L}\\p{N}]))`,
  'gu',
);

export function findCountries(text: string): CountryHit[] {
  const hits: CountryHit[] = [];
  for (const match of text.matchAll(pattern)) {
    const surface = match[1]!;
    const found = surfaces.get(surface)!;
    const start = match.index;
    hits.push({ start, end: start + surface.length, country: found.country, form: found.form, possessive: match[2] !== undefined, surface });
  }
  return hits;
}
