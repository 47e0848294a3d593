/**
 * How a coded event dataset's rows become the graph's nodes and relationships, in the same
 * model as the annotated sources: countries are `country:<iso3>` Actor:Country nodes, an event
 * is an Event with its CAMEO code and Goldstein value, Actor1 takes part as SOURCE and Actor2 as
 * TARGET, and the place is a Place LOCATED_IN its country.
 *
 * What becomes a node: a country (by ISO code), an international organisation GDELT names by its
 * known-group code, an ICEWS named person or organisation, and places. Generic coded actors
 * (GDELT's "BUS", ICEWS's "Citizen (Russia)") stay properties of their country's participation
 * or of the event: as nodes they would join thousands of unrelated events into one hub.
 */
import { nameKey, nameKeys } from '../db/nameKey.js';
import { countryByIso3 } from '../draft/countries.js';
import { slug } from '../draft/slug.js';
import { cameoLabel } from '../modules/common/cameo.js';
import { allCountries, countryNameToIso3 } from './countries.js';
import type { ImportedActor, ImportedEvent, ImportedPlace } from './records.js';

const anyCountry = new Map(allCountries.map((c) => [c.cca3, c]));

/** What a dataset names, before it is matched against the graph. */
export interface EntitySpec {
  /** The id it gets when the graph does not hold it yet. */
  readonly id: string;
  readonly kind: 'country' | 'organisation' | 'person' | 'place';
  /** How it is looked up: an ISO code for a country, a name key otherwise. */
  readonly key: string;
  readonly labels: readonly string[];
  readonly props: Readonly<Record<string, unknown>>;
  /** The links it has to other entities (a place to its country, a person to theirs). */
  readonly links: readonly { readonly type: 'LOCATED_IN' | 'NATIONAL_OF' | 'BELONGS_TO'; readonly to: string }[];
}

/** Organisations GDELT codes as known groups (CAMEO's IGO codes), under the ids the graph uses. */
const knownGroups: Readonly<Record<string, { readonly id: string; readonly name: string; readonly aliases: readonly string[] }>> = {
  NAT: { id: 'org:nato', name: 'Nato', aliases: ['NATO', 'North Atlantic Treaty Organization'] },
  EEC: { id: 'org:european-union', name: 'European Union', aliases: ['EU'] },
  UNO: { id: 'org:united-nations', name: 'United Nations', aliases: ['UN'] },
  IMF: { id: 'org:imf', name: 'International Monetary Fund', aliases: ['IMF'] },
  WBK: { id: 'org:world-bank', name: 'World Bank', aliases: [] },
  WTO: { id: 'org:wto', name: 'World Trade Organization', aliases: ['WTO'] },
  ARL: { id: 'org:arab-league', name: 'Arab League', aliases: ['League of Arab States'] },
  ASN: { id: 'org:asean', name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  OPC: { id: 'org:opec', name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries'] },
  IAE: { id: 'org:iaea', name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
};

/** Words that make an ICEWS named actor an organisation rather than a person. */
const organisationWords =
  /\b(ministry|ministries|forces|army|navy|police|bureau|union|nations|parliament|council|committee|commission|party|government|agency|bank|court|assembly|congress|senate|department|office|organi[sz]ation|association|federation|league|front|movement|authority|institute|company|corporation|group|coalition|alliance|fund|service|guard|military|cabinet|administration|embassy|university|church|media|news|press)\b/i;

export const countryId = (iso3: string) => `country:${iso3.toLowerCase()}`;

/** Built once per country: a file names the same few hundred countries on every row. */
const countrySpecs = new Map<string, EntitySpec>();

export function countrySpec(iso3: string): EntitySpec {
  let spec = countrySpecs.get(iso3);
  if (!spec) countrySpecs.set(iso3, (spec = buildCountrySpec(iso3)));
  return spec;
}

function buildCountrySpec(iso3: string): EntitySpec {
  const entry = countryByIso3.get(iso3);
  const raw = anyCountry.get(iso3);
  const name = entry?.name ?? raw?.name.common ?? iso3;
  const aliases = entry ? [...entry.aliases] : raw ? [raw.name.official].filter((n) => n !== name) : [];
  return {
    id: countryId(iso3),
    kind: 'country',
    key: iso3,
    labels: ['Actor', 'Country'],
    props: {
      name,
      aliases,
      ...(aliases.length > 0 ? { aliasText: aliases.join(' · ') } : {}),
      nameKeys: nameKeys([name, ...aliases]),
      iso3,
      ...(raw?.cca2 ? { iso2: raw.cca2 } : {}),
      actorCode: iso3,
    },
    links: [],
  };
}

function namedSpec(kind: 'organisation' | 'person', name: string, props: Readonly<Record<string, unknown>>, countryIso3: string | null): EntitySpec {
  const prefix = kind === 'person' ? 'person' : 'org';
  return {
    id: `${prefix}:${slug(name)}`,
    kind,
    key: nameKey(name),
    labels: ['Actor', kind === 'person' ? 'Person' : 'Organisation'],
    props: { name, aliases: [], nameKeys: nameKeys([name]), ...props },
    links: countryIso3 ? [{ type: kind === 'person' ? 'NATIONAL_OF' : 'BELONGS_TO', to: countryId(countryIso3) }] : [],
  };
}

/** The known groups as organisations, under the graph's ids. */
const knownGroupSpecs = new Map(
  Object.entries(knownGroups).map(([code, group]): [string, EntitySpec] => [
    code,
    {
      ...namedSpec('organisation', group.name, {}, null),
      id: group.id,
      props: {
        name: group.name,
        aliases: [...group.aliases],
        ...(group.aliases.length > 0 ? { aliasText: group.aliases.join(' · ') } : {}),
        nameKeys: nameKeys([group.name, ...group.aliases]),
      },
    },
  ]),
);

/** A participant as the event will hold it: an entity (by its spec's id) and the participation's properties. */
export interface ParticipantSpec {
  readonly entity: EntitySpec;
  readonly role: 'SOURCE' | 'TARGET';
  readonly props: Readonly<Record<string, unknown>>;
}

const codeProps = (actor: ImportedActor): Record<string, unknown> => ({
  actorCode: actor.code,
  actorName: actor.name,
  ...(actor.codes ? Object.fromEntries(Object.entries(actor.codes).map(([k, v]) => [`actor${k[0]!.toUpperCase()}${k.slice(1)}`, v])) : {}),
  ...(actor.sectors && actor.sectors.length > 0 ? { actorSectors: [...actor.sectors] } : {}),
});

/**
 * The nodes one side of an event brings: its country (with the coded actor on the
 * participation), and for a known group or an ICEWS named actor that node too.
 */
export function participantsOf(actor: ImportedActor | null, role: 'SOURCE' | 'TARGET', dataset: ImportedEvent['dataset']): ParticipantSpec[] {
  if (!actor) return [];
  const out: ParticipantSpec[] = [];
  if (actor.countryIso3) out.push({ entity: countrySpec(actor.countryIso3), role, props: codeProps(actor) });
  if (dataset === 'GDELT') {
    const group = actor.codes?.['knownGroup'] ? knownGroupSpecs.get(actor.codes['knownGroup']) : undefined;
    if (group) out.push({ entity: group, role, props: codeProps(actor) });
    return out;
  }
  const name = actor.name.trim();
  const isCountry = actor.countryIso3 && nameKey(name) === nameKey(actor.country ?? '');
  const isCountryName = countryNameToIso3(name) !== null;
  // "Citizen (Russia)", "Foreign Affairs (Bangladesh)": a sector of a country, kept on its participation.
  if (!name || isCountry || isCountryName || /\(.*\)\s*$/.test(name)) return out;
  // Sectors name a person's field too (a defence minister is "Military"); only an IGO sector says organisation.
  const isOrganisation = organisationWords.test(name) || (actor.sectors ?? []).some((s) => /international government organi[sz]ation/i.test(s));
  const kind = isOrganisation ? 'organisation' : 'person';
  out.push({ entity: namedSpec(kind, name, {}, actor.countryIso3), role, props: codeProps(actor) });
  return out;
}

/** GDELT's geo types: 1 a country, 2 a US state, 3 a US city, 4 a world city, 5 a world state. */
const placeKinds: Readonly<Record<number, string>> = { 2: 'REGION', 3: 'CITY', 4: 'CITY', 5: 'REGION' };

/** The place an event happened: a Place, or the country itself when the dataset gives only that. */
export function placeOf(place: ImportedPlace | null): EntitySpec | null {
  if (!place) return null;
  const countryOnly = place.geoType === 1 || (place.name === place.countryName && place.countryIso3 !== null);
  if (countryOnly) return place.countryIso3 ? countrySpec(place.countryIso3) : null;
  if (!place.name) return null;
  const iso3 = place.countryIso3;
  return {
    id: `place:${slug(place.name)}${iso3 ? `-${iso3.toLowerCase()}` : ''}`,
    kind: 'place',
    key: nameKey(place.name),
    labels: ['Place'],
    props: {
      name: place.name,
      aliases: [],
      nameKeys: nameKeys([place.name]),
      placeKind: place.geoType ? (placeKinds[place.geoType] ?? 'CITY') : 'CITY',
      ...(place.fullName !== place.name ? { fullName: place.fullName } : {}),
      ...(place.latitude !== null ? { latitude: place.latitude } : {}),
      ...(place.longitude !== null ? { longitude: place.longitude } : {}),
      ...(place.featureId ? { gdeltFeatureId: place.featureId } : {}),
    },
    links: iso3 ? [{ type: 'LOCATED_IN', to: countryId(iso3) }] : [],
  };
}

/** The event's own properties, as the graph stores them (dates as 'YYYY-MM-DD' strings here). */
export function eventProps(event: ImportedEvent, added: string, sourceId: string): Record<string, unknown> {
  const side = (actor: ImportedActor | null) => (actor ? (actor.countryIso3 ? (countryByIso3.get(actor.countryIso3)?.name ?? actor.name) : actor.name) : null);
  const from = side(event.source);
  const to = side(event.target);
  const label = cameoLabel(event.cameoCode);
  const title = from && to ? `${from} → ${to}: ${label}` : from ? `${from}: ${label}` : to ? `${label} → ${to}` : label;
  const props: Record<string, unknown> = {
    id: eventId(event),
    title,
    eventKind: 'CODED',
    status: 'OCCURRED',
    timeText: event.date,
    timeStart: event.date,
    timeEnd: event.date,
    timePrecision: 'DAY',
    timeBasis: 'STATED',
    cameoCode: event.cameoCode,
    goldstein: event.goldstein,
    quadClassCode: event.quadClass,
    dataset: event.dataset,
    datasetEventId: event.id,
    datasetAdded: event.added ?? added,
    // Which dataset file's account the event's values are: the newest that states it.
    datasetSourceId: sourceId,
    datasetLine: event.line,
    sourceActorCode: event.source?.code,
    sourceActorName: event.source?.name,
    targetActorCode: event.target?.code,
    targetActorName: event.target?.name,
    isRootEvent: event.isRootEvent,
    numMentions: event.numMentions,
    numSources: event.numSources,
    numArticles: event.numArticles,
    avgTone: event.avgTone,
    reportUrl: event.url,
    reportPublisher: event.publisher,
    storyId: event.storyId,
    sentenceNumber: event.sentenceNumber,
    eventText: event.eventText,
  };
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined && value !== null && value !== ''));
}

export const eventId = (event: Pick<ImportedEvent, 'dataset' | 'id'>) => `event:${event.dataset.toLowerCase()}-${event.id}`;
