import type { Context } from '../../../context.js';
import type { CountryResolvers } from '../../../graphql/generated/resolvers.js';
import type { EventRow } from '../../common/rows.js';

async function aid(countryId: string, roles: readonly string[], { loaders }: Context): Promise<EventRow[]> {
  const rows = await loaders.happenings.aidOfCountries.get({ roles: [...roles] }).load(countryId);
  return rows.map((row) => row.event);
}

/** Aid and loans: a country gives as SOURCE and receives as BENEFICIARY or TARGET, also through its people and organisations. */
export const Country: CountryResolvers = {
  aidGiven: (country, _args, context) => aid(country.id, ['SOURCE'], context),
  aidReceived: (country, _args, context) => aid(country.id, ['BENEFICIARY', 'TARGET'], context),
};
