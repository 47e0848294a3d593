/**
 * What the event-data readers hand the graph writer: one typed record per row of a GDELT or ICEWS
 * file, or the problem that kept the row out. Nothing here touches the database.
 */

export type Dataset = 'GDELT' | 'ICEWS';

export interface ImportedActor {
  /** The actor as the file codes it: GDELT's Actor1Code ("GBRGOV"), ICEWS's Source Name. */
  readonly code: string;
  /** The actor's name as the file gives it (GDELT Actor1Name, ICEWS Source Name). */
  readonly name: string;
  /** ISO 3166-1 alpha-3 of the actor's country, or null when the file gives none or a region. */
  readonly countryIso3: string | null;
  /** The country as the file gives it: the CAMEO code or the ICEWS country name; null when empty. */
  readonly country: string | null;
  /** GDELT: KnownGroup, Ethnic, Religion1, Religion2, Type1..3 codes (only the non-empty ones). */
  readonly codes?: Readonly<Record<string, string>>;
  /** ICEWS: the source or target sectors. */
  readonly sectors?: readonly string[];
}

export interface ImportedPlace {
  /** GDELT Geo FullName; ICEWS "City, District, Province, Country" of the non-empty parts. */
  readonly fullName: string;
  /** The most specific name: the first part (city). */
  readonly name: string;
  readonly countryIso3: string | null;
  readonly countryName: string | null;
  /** GDELT Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
  readonly geoType?: number;
  readonly fipsCountry?: string;
  readonly adm1?: string;
  /** GDELT Geo_ADM2Code, when given. */
  readonly adm2?: string;
  readonly featureId?: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
}

export interface ImportedEvent {
  readonly dataset: Dataset;
  /** GLOBALEVENTID / Event ID, as given (digits). */
  readonly id: string;
  /** 1-based line of the file it was read from. */
  readonly line: number;
  /** The day it happened, YYYY-MM-DD (SQLDATE / Event Date). */
  readonly date: string;
  /** The CAMEO code as given, leading zeros kept. */
  readonly cameoCode: string;
  /** GDELT GoldsteinScale; ICEWS Intensity. */
  readonly goldstein: number;
  /**
   * GDELT's QuadClass column; for ICEWS derived from the code's root the way GDELT's own rows do:
   * 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict.
   */
  readonly quadClass: 1 | 2 | 3 | 4;
  /** Actor1 / Source. */
  readonly source: ImportedActor | null;
  /** Actor2 / Target. */
  readonly target: ImportedActor | null;
  /** ActionGeo / City..Country with Latitude, Longitude. */
  readonly place: ImportedPlace | null;
  /** GDELT only. */
  readonly isRootEvent?: boolean;
  readonly numMentions?: number;
  readonly numSources?: number;
  readonly numArticles?: number;
  readonly avgTone?: number;
  /** GDELT DATEADDED as an ISO UTC date-time ("2019-10-24T14:30:00Z"); absent for ICEWS. */
  readonly added?: string;
  /** GDELT SOURCEURL. */
  readonly url?: string;
  /** ICEWS: Publisher, Story ID, Sentence Number, Event Text. */
  readonly publisher?: string;
  readonly storyId?: string;
  readonly sentenceNumber?: number;
  readonly eventText?: string;
}

export interface RowProblem {
  /** The path as given. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** The column's name (e.g. "SQLDATE", "CAMEO Code"), or null for the whole row. */
  readonly column: string | null;
  /** What is wrong and what is allowed, e.g. 'SQLDATE "2019133" is not a date: expected YYYYMMDD'. */
  readonly message: string;
}

export type RowResult = { readonly event: ImportedEvent } | { readonly problem: RowProblem };
