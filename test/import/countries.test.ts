import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { describe, expect, it } from 'vitest';
import { cameoCountryToIso3, countryNameToIso3, placeCountry } from '../../src/import/index.js';

const worldCountries = createRequire(import.meta.url)('world-countries') as readonly Country[];

describe('CAMEO actor country codes', () => {
  it('are ISO alpha-3 for every country of the world', () => {
    expect(worldCountries.filter((c) => cameoCountryToIso3(c.cca3) !== c.cca3).map((c) => c.cca3)).toEqual([]);
  });

  it('map CAMEO’s own codes to today’s ISO codes', () => {
    expect(['ROM', 'TMP', 'ZAR', 'KSV', 'WSB', 'GZS', 'BAG'].map(cameoCountryToIso3)).toEqual(['ROU', 'TLS', 'COD', 'UNK', 'PSE', 'PSE', 'IRQ']);
  });

  it('give no country for regions, blocs and unknown codes', () => {
    const regions = ['EUR', 'AFR', 'ASA', 'WST', 'SAS', 'MEA', 'CAU', 'SAF', 'SEA', 'LAM', 'NAF', 'WAF', 'EEU', 'BLK', 'CRB', 'PGS', 'SCN', 'SAM', 'NMR', 'MDT'];
    expect(regions.map(cameoCountryToIso3).filter((iso3) => iso3 !== null)).toEqual([]);
    expect(cameoCountryToIso3('XYZ')).toBeNull();
  });
});

describe('country names', () => {
  it('resolve every country’s common and official name back to it', () => {
    const wrong = worldCountries.filter((c) => countryNameToIso3(c.name.common) !== c.cca3 || countryNameToIso3(c.name.official) !== c.cca3);
    expect(wrong.map((c) => c.name.common)).toEqual([]);
  });

  it('ignore case, accents, punctuation and "the", and do not read NA as Namibia', () => {
    expect(['UNITED KINGDOM', 'Côte d’Ivoire', 'cote divoire', 'The Gambia', 'Bahamas, The', 'Trinidad And Tobago'].map(countryNameToIso3)).toEqual(['GBR', 'CIV', 'CIV', 'GMB', 'BHS', 'TTO']);
    expect(countryNameToIso3('NA')).toBeNull();
    expect(countryNameToIso3('Oceans')).toBeNull();
  });
});

describe('the country of a GDELT place', () => {
  it('is the last part of the FullName, kept as written', () => {
    expect(placeCountry('Minsk, Belarus (general), Belarus')).toEqual({ name: 'Belarus', iso3: 'BLR' });
    expect(placeCountry('Sarajevo, Federation of Bosnia and Herzegovina, Bosnia-Herzegovina')).toEqual({ name: 'Bosnia-Herzegovina', iso3: 'BIH' });
    expect(placeCountry('Jersey')).toEqual({ name: 'Jersey', iso3: 'JEY' });
    expect(placeCountry('Black Sea, Oceans (general), Oceans')).toEqual({ name: 'Oceans', iso3: null });
    expect(placeCountry('')).toBeNull();
  });

  it('reads FIPS-style inverted names whole ("Bahamas, The"), so a Congo is not taken for the other', () => {
    expect(placeCountry('Nassau, New Providence, Bahamas, The')).toEqual({ name: 'Bahamas, The', iso3: 'BHS' });
    expect(placeCountry('Ha Hoang, Tinh Ha Tinh, Vietnam, Republic Of')).toEqual({ name: 'Vietnam, Republic Of', iso3: 'VNM' });
    expect(placeCountry('Kinshasa, Congo, Democratic Republic of the')?.iso3).toBe('COD');
    expect(placeCountry('Brazzaville, Pool, Congo')?.iso3).toBe('COG');
  });
});
