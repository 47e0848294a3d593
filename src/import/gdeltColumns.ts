/** The 61 columns of a GDELT 2.0 Events export, in file order, named as in GDELT's codebook. */
export const gdeltColumns = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass',
  'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

export type GdeltColumn = (typeof gdeltColumns)[number];

/** Each column's 0-based position, so a reader names the column and the message quotes it. */
export const gdeltIndex = Object.fromEntries(gdeltColumns.map((name, i) => [name, i])) as Readonly<Record<GdeltColumn, number>>;

export type GdeltActor = 'Actor1' | 'Actor2';
export type GdeltGeo = 'Actor1Geo' | 'Actor2Geo' | 'ActionGeo';

/** The actor attribute codes kept in ImportedActor.codes, by the key they get there. */
export const actorCodeColumns = {
  knownGroup: 'KnownGroupCode',
  ethnic: 'EthnicCode',
  religion1: 'Religion1Code',
  religion2: 'Religion2Code',
  type1: 'Type1Code',
  type2: 'Type2Code',
  type3: 'Type3Code',
} as const;
