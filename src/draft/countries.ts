import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { slug } from './slug.js';

/**
 * Every country of the world, from the maintained `world-countries` data: its names, short
 * names and demonyms (how news text refers to it) and its capitals (places whose country is known).
 */
export interface CountryEntry {
  readonly iso2: string;
  readonly iso3: string;
  readonly name: string;
  readonly official: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
  /** The short form ids and office titles use: "uk", "us", "russia". */
  readonly short: string;
}

/** Abbreviations news writes for a country that are not also common words or other codes. */
const usedAbbreviations = new Set(['UK', 'US', 'USA', 'UAE', 'DRC', 'PRC', 'DPRK', 'ROK']);
/** Names in common use that the data leaves out. */
const extraNames: Readonly<Record<string, readonly string[]>> = {
  GBR: ['Britain'],
  USA: ['America', 'U.S.', 'United States of America'],
  RUS: ['Russian Federation'],
  NLD: ['Holland'],
  CZE: ['Czech Republic'],
  TUR: ['Türkiye', 'Turkey'],
  PRK: ['North Korea'],
  KOR: ['South Korea'],
  CIV: ['Ivory Coast'],
  MMR: ['Burma'],
  COD: ['DR Congo'],
};
/** Capitals as news names them when the data's name is longer ("Washington D.C."): a seat of government that speaks for its state. */
const extraCapitals: Readonly<Record<string, readonly string[]>> = { USA: ['Washington'] };
const extraDemonyms: Readonly<Record<string, readonly string[]>> = { GBR: ['UK'], USA: ['US'], NLD: ['Dutch'], CHN: ['Chinese'] };

/** Not independent in the data, but actors in diplomatic news; territories like Jersey are left out (New Jersey). */
const statesInDispute = new Set(['PSE', 'TWN', 'UNK', 'ESH']);

// Read through require: the package is CommonJS, and its types describe a default export Node does not give.
const worldCountries = createRequire(import.meta.url)('world-countries') as readonly Country[];

const latin = /^[\p{Script=Latin}\s.'’()-]+$/u;

function build(): CountryEntry[] {
  const entries: CountryEntry[] = [];
  // UN members first, so a name or demonym shared with a territory goes to the state.
  const ordered = [...worldCountries]
    .filter((c) => c.independent || c.unMember || statesInDispute.has(c.cca3))
    .sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const country of ordered) {
    const alt = country.altSpellings.filter(
      (name) => latin.test(name) && (name.length > 3 ? name !== name.toUpperCase() || usedAbbreviations.has(name) : usedAbbreviations.has(name)),
    );
    const official = country.name.official;
    const aliases = [...new Set([official, ...alt, ...(extraNames[country.cca3] ?? [])])].filter((name) => name !== country.name.common);
    const demonyms = [...new Set([country.demonyms?.['eng']?.m, country.demonyms?.['eng']?.f, ...(extraDemonyms[country.cca3] ?? [])])]
      .filter((d): d is string => typeof d === 'string' && d.length > 2 && latin.test(d));
    const abbreviation = alt.find((name) => /^[A-Z]{2,3}$/.test(name) && usedAbbreviations.has(name));
    entries.push({
      iso2: country.cca2,
      iso3: country.cca3,
      name: country.name.common,
      official,
      aliases,
      demonyms,
      capitals: [...country.capital.filter((c) => latin.test(c)), ...(extraCapitals[country.cca3] ?? [])],
      short: abbreviation ? abbreviation.toLowerCase() : slug(country.name.common),
    });
  }
  return entries;
}

export const countries: readonly CountryEntry[] = build();
export const countryByIso3: ReadonlyMap<string, CountryEntry> = new Map(countries.map((c) => [c.iso3, c]));
