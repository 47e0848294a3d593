import { describe, expect, it } from 'vitest';
import { gqlData } from '../support/graphql.js';

interface Located {
  place: { name: string } | null;
  country: { iso3: string } | null;
}

describe('where meetings and events take place', () => {
  it('gives the forum and the country of a meeting on the margins of a summit', async () => {
    const data = await gqlData<{ meeting: Located & { forum: { name: string } | null } }>(
      '{ meeting(id: "meeting:may-putin-g20-2019") { place { name } country { iso3 } forum { name } } }',
    );
    expect(data.meeting).toEqual({ place: { name: 'Osaka' }, country: { iso3: 'JPN' }, forum: { name: 'G20' } });
  });

  it('gives only a country for an event the source places in a whole country', async () => {
    const data = await gqlData<{ event: Located & { status: string } }>(
      '{ event(id: "event:russian-invasion-of-ukraine") { status place { name } country { iso3 } } }',
    );
    expect(data.event).toEqual({ status: 'HYPOTHETICAL', place: null, country: { iso3: 'UKR' } });
  });

  it('gives no single country for an event in contested territory, which Place.countries lists', async () => {
    const data = await gqlData<{ event: Located & { place: { countries: { country: { iso3: string }; contested: boolean }[] } } }>(
      '{ event(id: "event:hms-defender-crimea-passage") { country { iso3 } place { name countries { contested country { iso3 } } } } }',
    );
    expect(data.event.country).toBeNull();
    expect(data.event.place.countries).toEqual(
      expect.arrayContaining([{ contested: true, country: { iso3: 'UKR' } }]),
    );
  });
});
