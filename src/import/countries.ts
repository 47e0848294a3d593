import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

// Read through require: the package is CommonJS, and its types describe a default export Node does not give.
// All 250 entries, not src/draft's independent states only: GDELT and ICEWS place events in Jersey,
// Bermuda or Hong Kong too.
const worldCountries = createRequire(import.meta.url)('world-countries') as readonly Country[];

/**
 * CAMEO actor country codes that are not the country's ISO 3166-1 alpha-3 code. CAMEO took ISO's
 * codes when it was written and kept a few that ISO later changed; everything else not an ISO
 * code (EUR, AFR, ASA, WST, SAS, MEA, CAU, SAF, SEA, ...) is a region or bloc, not a country.
 */
const cameoExceptions: Readonly<Record<string, string>> = {
  ROM: 'ROU', // Romania: ISO changed ROM to ROU in 2002
  TMP: 'TLS', // East Timor: ISO's transitional code, TLS since independence in 2002
  ZAR: 'COD', // Zaire: ISO code until 1997, now DR Congo
  KSV: 'UNK', // Kosovo: no ISO code; CAMEO dictionaries write KSV, world-countries the user-assigned UNK
  WSB: 'PSE', // West Bank: CAMEO codes the two Palestinian territories apart
  GZS: 'PSE', // Gaza Strip
  BAG: 'IRQ', // Baghdad: CAMEO's one city code
};

const iso3Codes = new Set(worldCountries.map((c) => c.cca3));

/** ISO alpha-3 of a CAMEO actor country code ("GBR", "ROM"), or null for a region, a bloc or an unknown code. */
export function cameoCountryToIso3(code: string): string | null {
  const upper = code.toUpperCase();
  return cameoExceptions[upper] ?? (iso3Codes.has(upper) ? upper : null);
}

/** Names the event datasets write that world-countries does not list (it writes Türkiye, Palestine, Vatican City). */
const datasetNames: Readonly<Record<string, string>> = {
  Turkey: 'TUR', // ICEWS and GDELT, both from before the 2022 renaming
  'Occupied Palestinian Territory': 'PSE', // ICEWS
  'Holy See': 'VAT', // ICEWS; world-countries has only "Holy See (Vatican City State)"
};

/** Case, accents, punctuation and a leading or trailing "the" do not tell countries apart. */
export function countryKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function buildNames(): Map<string, string> {
  const names = new Map<string, string>();
  const add = (name: string, iso3: string): void => {
    const key = countryKey(name);
    if (key && !names.has(key)) names.set(key, iso3);
  };
  for (const [name, iso3] of Object.entries(datasetNames)) add(name, iso3);
  // Common names before official names before spellings, states before territories: on a shared
  // name ("Congo"), the first taker keeps it.
  const ordered = [...worldCountries].sort((a, b) => Number(Boolean(b.independent)) - Number(Boolean(a.independent)));
  for (const c of ordered) add(c.name.common, c.cca3);
  for (const c of ordered) add(c.name.official, c.cca3);
  // The two-letter codes among the spellings are left out: "NA" is ICEWS's missing value, not Namibia.
  for (const c of ordered) for (const spelling of c.altSpellings) if (spelling !== c.cca2) add(spelling, c.cca3);
  return names;
}

const namesToIso3 = buildNames();
/** Names as written, looked up once: a file repeats a few hundred names a million times. */
const seen = new Map<string, string | null>();
const seenLimit = 10_000;

/** ISO alpha-3 of a country name as ICEWS or GDELT writes it ("Russian Federation", "Bahamas, The"), or null. */
export function countryNameToIso3(name: string): string | null {
  let iso3 = seen.get(name);
  if (iso3 === undefined) {
    iso3 = namesToIso3.get(countryKey(name)) ?? null;
    // Names come from files, so the memo is bounded; a file with that many distinct names only gets slower.
    if (seen.size >= seenLimit) seen.clear();
    seen.set(name, iso3);
  }
  return iso3;
}

/** A FIPS-style inverted tail: "Bahamas, The", "Vietnam, Republic Of", "Congo, Democratic Republic of the". */
const invertedTail = /^(the|.* of( the)?)$/i;

/**
 * The country at the end of a GDELT Geo FullName ("Minsk, Belarus (general), Belarus"): its name as
 * written and its ISO alpha-3, null when the name is not a country ("Oceans").
 */
export function placeCountry(fullName: string): { readonly name: string; readonly iso3: string | null } | null {
  const parts = fullName.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
  const last = parts.at(-1);
  if (last === undefined) return null;
  const head = parts.at(-2);
  if (head !== undefined && invertedTail.test(last)) {
    const name = `${head}, ${last}`;
    return { name, iso3: countryNameToIso3(name) ?? countryNameToIso3(head) };
  }
  return { name: last, iso3: countryNameToIso3(last) };
}

/** Every country of world-countries, for the sample generator. */
export const allCountries: readonly Country[] = worldCountries;
