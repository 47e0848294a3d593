/**
 * The words the stages look for, kept apart from the code that looks, so a reviewer can extend a
 * list without reading a rule. Lists hold lower-case words unless they say otherwise.
 */

/** Offices a person holds, as news writes them (longest first when they overlap). */
export const officeTitles = [
  'foreign secretary', 'home secretary', 'defence secretary', 'defense secretary', 'health secretary', 'culture secretary',
  'secretary of state', 'secretary-general', 'secretary general', 'foreign minister', 'defence minister', 'defense minister',
  'finance minister', 'interior minister', 'prime minister', 'deputy prime minister', 'vice-president', 'vice president',
  'president', 'chancellor', 'ambassador', 'envoy', 'spokesperson', 'spokesman', 'spokeswoman', 'press secretary',
  'national security adviser', 'national security advisor', 'king', 'queen', 'emir', 'crown prince', 'chief of staff',
  'leader', 'mayor', 'governor', 'chair', 'chairman', 'chairwoman', 'head', 'minister', 'secretary', 'general', 'admiral',
  'commander', 'premier', 'first minister', 'opposition leader',
] as const;

/** Titles written before a name ("President Emmanuel Macron"), with the office they mean. */
export const titlesBeforeNames: Readonly<Record<string, string>> = {
  President: 'president', 'Prime Minister': 'prime minister', Chancellor: 'chancellor', 'Foreign Minister': 'foreign minister',
  'Foreign Secretary': 'foreign secretary', 'Defence Secretary': 'defence secretary', 'Defence Minister': 'defence minister',
  'Secretary of State': 'secretary of state', King: 'king', Queen: 'queen', Ambassador: 'ambassador', General: 'general',
  Gen: 'general', Admiral: 'admiral', Senator: 'senator', Sen: 'senator', Governor: 'governor', Mayor: 'mayor', Premier: 'premier',
  Pope: 'pope', Prince: 'prince', 'Crown Prince': 'crown prince', 'Vice-President': 'vice-president', 'Vice President': 'vice president',
};
/** Courtesy titles: a person, but no office. */
export const honorifics = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev']);

/** Organisations known by one name in news text, with their kind (the format's orgKind). */
export const wellKnownOrganisations: Readonly<Record<string, { readonly name: string; readonly orgKind?: string; readonly aliases?: readonly string[]; readonly country?: string }>> = {
  nato: { name: 'Nato', orgKind: 'ALLIANCE', aliases: ['NATO', 'North Atlantic Treaty Organization'] },
  'european union': { name: 'European Union', aliases: ['EU'] },
  eu: { name: 'European Union', aliases: ['EU'] },
  'united nations': { name: 'United Nations', aliases: ['UN'] },
  un: { name: 'United Nations', aliases: ['UN'] },
  'security council': { name: 'UN Security Council' },
  'un security council': { name: 'UN Security Council' },
  osce: { name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe'] },
  g7: { name: 'G7', orgKind: 'FORUM' },
  g20: { name: 'G20', orgKind: 'FORUM' },
  imf: { name: 'International Monetary Fund', aliases: ['IMF'] },
  'world bank': { name: 'World Bank' },
  kremlin: { name: 'Kremlin', orgKind: 'ADMINISTRATION', country: 'RUS' },
  'white house': { name: 'White House', orgKind: 'ADMINISTRATION', country: 'USA' },
  pentagon: { name: 'Pentagon', orgKind: 'MINISTRY', country: 'USA' },
  'downing street': { name: 'Downing Street', orgKind: 'ADMINISTRATION', country: 'GBR' },
  'foreign office': { name: 'Foreign Office', orgKind: 'MINISTRY', country: 'GBR' },
  'state department': { name: 'State Department', orgKind: 'MINISTRY', country: 'USA' },
  'elysée': { name: 'Élysée', orgKind: 'ADMINISTRATION', country: 'FRA' },
  'elysee': { name: 'Élysée', orgKind: 'ADMINISTRATION', country: 'FRA' },
  'african union': { name: 'African Union' },
  asean: { name: 'ASEAN' },
  opec: { name: 'OPEC' },
  who: { name: 'World Health Organization', aliases: ['WHO'] },
  'royal navy': { name: 'Royal Navy', orgKind: 'NAVY', country: 'GBR' },
  'red cross': { name: 'Red Cross' },
  reuters: { name: 'Reuters', orgKind: 'PUBLISHER' },
  'associated press': { name: 'Associated Press', orgKind: 'PUBLISHER' },
  afp: { name: 'AFP', orgKind: 'PUBLISHER' },
  tass: { name: 'Tass', orgKind: 'PUBLISHER', country: 'RUS' },
  interfax: { name: 'Interfax', orgKind: 'PUBLISHER', country: 'RUS' },
  'ria novosti': { name: 'RIA Novosti', orgKind: 'PUBLISHER', country: 'RUS' },
  xinhua: { name: 'Xinhua', orgKind: 'PUBLISHER', country: 'CHN' },
  bbc: { name: 'BBC', orgKind: 'PUBLISHER', country: 'GBR' },
  hamas: { name: 'Hamas', orgKind: 'PARTY' },
  hezbollah: { name: 'Hezbollah', orgKind: 'PARTY' },
  taliban: { name: 'Taliban', orgKind: 'GOVERNMENT' },
};

/** The last word of a capitalised name that makes it an organisation, with its kind. */
export const organisationHeads: Readonly<Record<string, string | undefined>> = {
  office: 'MINISTRY', ministry: 'MINISTRY', department: 'MINISTRY', embassy: 'EMBASSY', consulate: 'EMBASSY', committee: undefined,
  party: 'PARTY', house: 'THINK_TANK', institute: 'THINK_TANK', foundation: 'THINK_TANK', council: undefined, commission: undefined,
  agency: undefined, bank: undefined, fund: undefined, navy: 'NAVY', army: undefined, union: undefined, organisation: undefined,
  organization: undefined, alliance: 'ALLIANCE', administration: 'ADMINISTRATION', parliament: undefined, assembly: undefined,
  court: undefined, service: 'INTELLIGENCE', services: 'INTELLIGENCE', forces: undefined, guard: undefined, government: 'GOVERNMENT',
  times: 'PUBLISHER', post: 'PUBLISHER', guardian: 'PUBLISHER', journal: 'PUBLISHER', telegraph: 'PUBLISHER', news: 'PUBLISHER',
  group: undefined, company: undefined, corporation: undefined, forum: 'FORUM', summit: 'FORUM', cabinet: 'GOVERNMENT',
  senate: undefined, congress: undefined, duma: undefined, kremlin: 'ADMINISTRATION', university: undefined, school: undefined,
};

/** Common nouns that, after a country or demonym, name an organisation of that country. */
export const countryOrganisations: Readonly<Record<string, string | undefined>> = {
  embassy: 'EMBASSY', consulate: 'EMBASSY', 'foreign ministry': 'MINISTRY', 'defence ministry': 'MINISTRY', 'defense ministry': 'MINISTRY',
  'interior ministry': 'MINISTRY', 'finance ministry': 'MINISTRY', 'trade ministry': 'MINISTRY', 'commerce ministry': 'MINISTRY',
  'economy ministry': 'MINISTRY', 'justice ministry': 'MINISTRY', 'health ministry': 'MINISTRY', 'energy ministry': 'MINISTRY', ministry: 'MINISTRY', 'foreign office': 'MINISTRY',
  'state department': 'MINISTRY', 'defence department': 'MINISTRY', government: 'GOVERNMENT', administration: 'ADMINISTRATION',
  navy: 'NAVY', army: undefined, 'air force': undefined, military: undefined, parliament: undefined, 'intelligence services': 'INTELLIGENCE',
  'intelligence service': 'INTELLIGENCE', 'intelligence agency': 'INTELLIGENCE', 'security service': 'INTELLIGENCE', cabinet: 'GOVERNMENT',
  'central bank': undefined, presidency: 'ADMINISTRATION',
};

/** Plural nouns that, after a country or demonym, name a group of that country's people. */
export const groupNouns = [
  'officials', 'diplomats', 'troops', 'forces', 'soldiers', 'sources', 'negotiators', 'lawmakers', 'mps', 'ministers', 'oligarchs',
  'leaders', 'authorities', 'investigators', 'prosecutors', 'protesters', 'citizens', 'nationals', 'allies', 'delegation',
  'separatists', 'rebels', 'militants', 'politicians', 'analysts', 'experts', 'intelligence officials', 'military officials',
  'government officials', 'defence officials', 'security officials', 'police', 'warships', 'fighters',
] as const;
/** Singular nouns for one unnamed person ("a senior US official"). */
export const personNouns = ['official', 'diplomat', 'source', 'negotiator', 'spokesperson', 'spokesman', 'spokeswoman', 'minister', 'officer', 'analyst', 'lawmaker'] as const;

/** Words that start a capitalised run without being part of the name. */
export const leadingFunctionWords = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'With', 'But', 'And', 'Or', 'If', 'As', 'After', 'Before', 'Since',
  'While', 'When', 'Where', 'Although', 'Though', 'Yet', 'So', 'Its', 'His', 'Her', 'Their', 'Our', 'This', 'That', 'These', 'Those',
  'It', 'He', 'She', 'They', 'We', 'I', 'Last', 'Next', 'Over', 'Under', 'During', 'Earlier', 'Later', 'Meanwhile', 'However', 'Also',
  'Both', 'Some', 'Many', 'Much', 'Most', 'One', 'Two', 'Three', 'Any', 'All', 'Each', 'Every', 'There', 'Here', 'What', 'Who', 'Why',
  'How', 'Asked', 'Speaking', 'According', 'Despite', 'Amid', 'Without', 'Within', 'Between', 'Among', 'Then', 'Now', 'Only', 'Even',
  'Still', 'Already', 'Advertisement', 'Readout', 'Compiled', 'Updated', 'Read', 'More', 'Photograph', 'Estimates', 'Estimate', 'Several',
]);

export const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
export const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Capitalised words that are never names on their own. */
export const notNames = new Set([
  ...weekdays, ...months.filter((m) => m !== 'may'), 'brexit', 'covid', 'christmas', 'easter', 'ramadan', 'god', 'internet', 'twitter',
  'facebook', 'telegram', 'monday', 'i', 'mp', 'mps', 'ceo', 'tv',
]);

/** Capitalised words that make a run something other than a person's name ("the Second World War", "the Weimar Triangle"). */
export const notInPersonNames = new Set([
  'war', 'world', 'triangle', 'format', 'agreement', 'treaty', 'accord', 'accords', 'deal', 'plan', 'initiative', 'conference', 'summit',
  'games', 'cup', 'day', 'week', 'act', 'bill', 'declaration', 'charter', 'convention', 'process', 'talks', 'group', 'club', 'forum',
  'first', 'second', 'third', 'cold', 'great', 'northern', 'southern', 'eastern', 'western', 'central', 'street', 'square', 'palace', 'hall',
]);

/** Words of place names that say the kind of place. */
export const placeHeads: Readonly<Record<string, 'CITY' | 'DISTRICT' | 'PENINSULA' | 'REGION'>> = {
  city: 'CITY', region: 'REGION', oblast: 'REGION', province: 'REGION', state: 'REGION', county: 'REGION', peninsula: 'PENINSULA',
  district: 'DISTRICT', krai: 'REGION', territory: 'REGION', island: 'REGION', islands: 'REGION', sea: 'REGION', strait: 'REGION',
};
/** Places often named in diplomatic news that are not capitals. */
export const wellKnownPlaces: Readonly<Record<string, { readonly placeKind: 'CITY' | 'DISTRICT' | 'PENINSULA' | 'REGION'; readonly country?: string }>> = {
  Crimea: { placeKind: 'PENINSULA' }, Donbas: { placeKind: 'REGION', country: 'UKR' }, Donbass: { placeKind: 'REGION', country: 'UKR' },
  Donetsk: { placeKind: 'REGION', country: 'UKR' }, Luhansk: { placeKind: 'REGION', country: 'UKR' }, Kharkiv: { placeKind: 'CITY', country: 'UKR' },
  Odesa: { placeKind: 'CITY', country: 'UKR' }, Odessa: { placeKind: 'CITY', country: 'UKR' }, Mariupol: { placeKind: 'CITY', country: 'UKR' },
  Lviv: { placeKind: 'CITY', country: 'UKR' }, Gaza: { placeKind: 'REGION' }, 'West Bank': { placeKind: 'REGION' },
  Taiwan: { placeKind: 'REGION' }, Kashmir: { placeKind: 'REGION' }, 'St Petersburg': { placeKind: 'CITY', country: 'RUS' },
  Sochi: { placeKind: 'CITY', country: 'RUS' }, Geneva: { placeKind: 'CITY', country: 'CHE' }, 'New York': { placeKind: 'CITY', country: 'USA' },
  Munich: { placeKind: 'CITY', country: 'DEU' }, Davos: { placeKind: 'CITY', country: 'CHE' }, Istanbul: { placeKind: 'CITY', country: 'TUR' },
  Shanghai: { placeKind: 'CITY', country: 'CHN' }, Salisbury: { placeKind: 'CITY', country: 'GBR' }, Osaka: { placeKind: 'CITY', country: 'JPN' },
  Brussels: { placeKind: 'CITY', country: 'BEL' }, Minsk: { placeKind: 'CITY', country: 'BLR' },
  Normandy: { placeKind: 'REGION', country: 'FRA' }, Vienna: { placeKind: 'CITY', country: 'AUT' }, Doha: { placeKind: 'CITY', country: 'QAT' },
};
