import { cameoCodebook } from '../modules/common/cameoCodebook.js';
import { allCountries, countryNameToIso3 } from './countries.js';
import { Random, Zipf } from './random.js';

/** A country as the sample writes it: codes, a name the place reader resolves back, a capital to place events in. */
export interface SampleCountry {
  readonly iso3: string;
  /** Written where GDELT has FIPS 10-4 codes: world-countries has none, and the readers only keep them. */
  readonly iso2: string;
  readonly name: string;
  readonly actorName: string;
  readonly capital: string | null;
  readonly latitude: string;
  readonly longitude: string;
}

/** The most reported countries first: GDELT's actor countries fall off steeply from these. */
const newsmakers = ['USA', 'GBR', 'RUS', 'CHN', 'IND', 'FRA', 'DEU', 'ISR', 'IRN', 'TUR', 'SYR', 'UKR', 'JPN', 'CAN', 'AUS', 'PAK', 'SAU', 'KOR', 'PRK', 'NGA', 'ZAF', 'ITA', 'ESP', 'BRA', 'MEX', 'EGY', 'IRQ', 'AFG'];

/** The codes most events carry (statements, consultations, meetings, appeals, force), first. */
const commonCodes = ['010', '040', '042', '043', '036', '020', '051', '046', '190', '173', '112', '111', '013', '057', '061', '071', '120', '084', '193', '0874'];

/** GDELT's role codes after the country code (GBRGOV); '' is the country itself. */
export const roles = ['', '', '', 'GOV', 'GOV', 'MIL', 'BUS', 'MED', 'OPP', 'REB', 'COP', 'JUD', 'LEG', 'EDU', 'CVL', 'HLH', 'ELI', 'LAB', 'SPY', 'REF'];

/** CAMEO region codes, which the readers keep as the actor's country with no ISO code. */
export const regions: readonly (readonly [string, string])[] = [
  ['EUR', 'EUROPE'], ['AFR', 'AFRICA'], ['WST', 'THE WEST'], ['MEA', 'MIDDLE EAST'], ['ASA', 'ASIA'], ['SAS', 'SOUTH ASIA'],
];

const coordinate = (value: number | undefined): string => String(Number((value ?? 0).toFixed(4)));

function sampleCountry(country: (typeof allCountries)[number]): SampleCountry {
  // A name without commas that reads back as the same country ("Saint Helena, Ascension and ..." does not split well).
  const names = [country.name.common, country.name.official, ...country.altSpellings];
  const name = names.find((n) => !n.includes(',') && countryNameToIso3(n) === country.cca3) ?? country.name.common;
  return {
    iso3: country.cca3,
    iso2: country.cca2,
    name,
    actorName: name.toUpperCase(),
    capital: country.capital[0]?.replace(/,/g, '') ?? null,
    latitude: coordinate(country.latlng[0]),
    longitude: coordinate(country.latlng[1]),
  };
}

/** Countries and CAMEO codes ranked for Zipf draws: the leaders fixed, the rest in a seeded order. */
export function sampleWorld(random: Random): { readonly countries: Zipf<SampleCountry>; readonly codes: Zipf<string> } {
  const byIso3 = new Map(allCountries.map((c) => [c.cca3, sampleCountry(c)]));
  const leaders = newsmakers.flatMap((iso3) => byIso3.get(iso3) ?? []);
  const others = [...byIso3.values()].filter((c) => !newsmakers.includes(c.iso3)).sort((a, b) => a.iso3.localeCompare(b.iso3));
  const allCodes = Object.keys(cameoCodebook).sort();
  const leading = commonCodes.filter((code) => code in cameoCodebook);
  return {
    countries: new Zipf([...leaders, ...random.shuffled(others)], 1.05),
    codes: new Zipf([...leading, ...random.shuffled(allCodes.filter((code) => !leading.includes(code)))], 0.9),
  };
}
