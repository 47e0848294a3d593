// The generated corpus: political-event data at three scales, in the graph's own shape (the
// labels, relationship types and properties the annotation loader writes), so the API serves it
// unchanged. It streams: records are made in chunks and handed out as write batches, each a pure
// function of (seed, kind, index), so memory stays flat whatever the scale; only a few small
// tables (countries, office terms, Zipf tables) are kept.
import neo4j from 'neo4j-driver';
import { nameKeys } from '../db/nameKey.js';
import { cameoCodes } from '../modules/common/cameo.js';
import { countries } from './countries.js';
import { organisation, personName, placeName, slug, topics } from './names.js';
import { draws, pick, Zipf, type Draw } from './random.js';

export type Scale = 'S' | 'M' | 'L';
export const scales: readonly Scale[] = ['S', 'M', 'L'];
/** Roughly how many nodes each scale has. */
export const targetNodes: Record<Scale, number> = { S: 10_000, M: 100_000, L: 1_000_000 };

/** One write: node rows of one label set, or relationship rows of one type. */
export type Batch =
  | { readonly kind: 'nodes'; readonly labels: readonly string[]; readonly rows: readonly Record<string, unknown>[] }
  | { readonly kind: 'rels'; readonly type: string; readonly rows: readonly { from: string; to: string; props: Record<string, unknown> }[] }
  | { readonly kind: 'props'; readonly rows: readonly { id: string; props: Record<string, unknown> }[] };

/** How many of each kind a corpus has. */
export interface Counts {
  readonly countries: number;
  readonly offices: number;
  readonly terms: number;
  readonly people: number;
  readonly organisations: number;
  readonly places: number;
  readonly sources: number;
  readonly meetings: number;
  readonly events: number;
  readonly claims: number;
}

const officeTitles = ['Head of Government', 'Foreign Minister', 'Head of State', 'Defence Minister', 'Finance Minister', 'Interior Minister'];
const officesPerCountry: Record<Scale, number> = { S: 2, M: 4, L: 6 };

/** Shares of the nodes beyond countries and offices (evidence and quantities come with claims and aid). */
const shares = { people: 0.13, organisations: 0.03, places: 0.04, sources: 0.03, meetings: 0.16, events: 0.22, claims: 0.14 };
const shareSum = Object.values(shares).reduce((a, b) => a + b, 0) + shares.claims + 0.02; // + evidence + quantities

export function countsOf(scale: Scale): Counts {
  const offices = countries.length * officesPerCountry[scale];
  const rest = targetNodes[scale] - countries.length - offices;
  const n = (share: number) => Math.round((rest * share) / shareSum);
  const terms = officeTerms(scale).length;
  return {
    countries: countries.length,
    offices,
    terms,
    people: Math.max(terms + 50, n(shares.people)),
    organisations: Math.max(countries.length * 2, n(shares.organisations)),
    places: Math.max(countries.length, n(shares.places)),
    sources: n(shares.sources),
    meetings: n(shares.meetings),
    events: n(shares.events),
    claims: n(shares.claims),
  };
}

// Two decades: 2005-01-01 to 2024-12-31.
const epoch = Date.UTC(2005, 0, 1);
const days = 7305;
const dayMs = 86_400_000;
const isoDay = (day: number) => new Date(epoch + day * dayMs).toISOString().slice(0, 10);
const date = (day: number) => {
  const d = new Date(epoch + day * dayMs);
  return new neo4j.types.Date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

interface Term {
  readonly country: number;
  readonly office: number;
  readonly title: string;
  readonly from: number;
  readonly to: number | null;
}

/** Every office's holders over the two decades: terms of two to seven years, the last still running. */
function officeTerms(scale: Scale): Term[] {
  const terms: Term[] = [];
  for (let c = 0; c < countries.length; c++) {
    for (let t = 0; t < officesPerCountry[scale]; t++) {
      const office = c * officesPerCountry[scale] + t;
      let from = -Math.floor(draws(1, 1, office)(0) * 700);
      for (let k = 0; from < days; k++) {
        const length = 730 + Math.floor(draws(1, 2, office)(k) * 1826);
        const to = from + length < days ? from + length : null;
        terms.push({ country: c, office, title: officeTitles[t]!, from: Math.max(0, from), to });
        from += length + 1;
      }
    }
  }
  return terms;
}

const statusesOfMeetings = ['OCCURRED', 'OCCURRED', 'OCCURRED', 'OCCURRED', 'OCCURRED', 'OCCURRED', 'PLANNED', 'ANNOUNCED_UNCONFIRMED', 'PROPOSED'];
const meetingModes = [
  ['VISIT', '042'],
  ['TALKS', '040'],
  ['THIRD_LOCATION', '044'],
  ['TALKS', '046'],
] as const;
const eventKinds = [
  ['AID', '070', 'provided aid to'],
  ['AID', '072', 'delivered military aid to'],
  ['LOAN', '071', 'extended a loan to'],
  ['SANCTIONS', '163', 'imposed sanctions on'],
  ['MILITARY_DEMONSTRATION', '150', 'staged military drills against'],
  ['DIPLOMATIC_COLLAPSE', '161', 'cut diplomatic ties with'],
  ['ALLIANCE_PROPOSAL', '0312', 'proposed a defence pact with'],
  ['PRESSURE', '100', 'demanded concessions from'],
  ['TRAVEL', '042', 'sent a delegation to'],
  ['REPORT', '010', 'published a report on'],
] as const;
const claimKinds = [
  ['STATEMENT', '010', 'said of'],
  ['ACCUSATION', '112', 'accused'],
  ['ACCUSATION', '1123', 'accused of aggression'],
  ['WARNING', '130', 'warned'],
  ['ALLEGATION', '112', 'alleged that'],
  ['DENIAL', '016', 'denied the claims of'],
  ['ASSESSMENT', '013', 'praised the stance of'],
  ['CONCERN', '012', 'voiced concern over'],
  ['STATEMENT', '051', 'endorsed'],
  ['WARNING', '1312', 'threatened sanctions against'],
] as const;
const claimModes = ['DIRECT_QUOTE', 'REPORTED', 'REPORTED', 'AUTHORIAL'];

const goldstein = (code: string) => cameoCodes[code]!.goldstein;
/** Each source's text is lines of this width; a claim's quote is one line, so offsets follow from its line. */
export const lineWidth = 160;

export interface CorpusIds {
  readonly country: (c: number) => string;
  readonly person: (i: number) => string;
  readonly organisation: (i: number) => string;
  readonly place: (i: number) => string;
  readonly source: (s: number) => string;
  readonly meeting: (i: number) => string;
  readonly event: (i: number) => string;
  readonly claim: (i: number) => string;
}

/** Ids are functions of the index, so a bench can name "the busiest person" without a query. */
export const ids: CorpusIds = {
  country: (c) => `country:${countries[c]!.iso3.toLowerCase()}`,
  person: (i) => `person:${slug(personName(i).name)}`,
  organisation: (i) => `org:g${i}-${slug(organisation(i, countries[orgCountry(i)]!.name).name)}`,
  place: (i) => `place:${slug(placeName(i))}-${i}`,
  source: (s) => `src:corpus-${s}`,
  meeting: (i) => `meeting:corpus-${i}`,
  event: (i) => `event:corpus-${i}`,
  claim: (i) => `claim:corpus-${i}`,
};

/** Countries by how often they act: a mild skew for who belongs where, a strong one for who acts. */
const mildCountries = new Zipf(countries.length, 0.6);
const orgCountry = (i: number) => (i < 400 ? i % countries.length : mildCountries.rank(draws(1, 3, i)(0)));

export interface Corpus {
  readonly scale: Scale;
  readonly seed: number;
  readonly counts: Counts;
  batches(chunk?: number): Generator<Batch>;
  /** The text an actor is known by: a country's, person's or organisation's name. */
  actorName(ref: ActorRef): string;
}

export type ActorRef = { readonly kind: 'country' | 'person' | 'organisation'; readonly index: number };

export function corpus(scale: Scale, seed = 1): Corpus {
  const counts = countsOf(scale);
  const terms = officeTerms(scale);
  const activeCountries = new Zipf(counts.countries, 1.1);
  const activePeople = new Zipf(counts.people, 1.0);
  const activeOrgs = new Zipf(counts.organisations, 1.0);
  const busyPlaces = new Zipf(counts.places, 1.0);
  const d = (stream: number, index: number): Draw => draws(seed, stream, index);

  const nationality = (i: number) => (i < terms.length ? terms[i]!.country : mildCountries.rank(d(10, i)(0)));
  const actorId = (ref: ActorRef) =>
    ref.kind === 'country' ? ids.country(ref.index) : ref.kind === 'person' ? ids.person(ref.index) : ids.organisation(ref.index);
  const actorName = (ref: ActorRef) =>
    ref.kind === 'country'
      ? countries[ref.index]!.name
      : ref.kind === 'person'
        ? personName(ref.index).name
        : organisation(ref.index, countries[orgCountry(ref.index)]!.name).name;
  /** An actor of an event: a country half the time, else a person or an organisation, each skewed. */
  const anyActor = (u: number, v: number): ActorRef =>
    u < 0.5
      ? { kind: 'country', index: activeCountries.rank(v) }
      : u < 0.85
        ? { kind: 'person', index: activePeople.rank(v) }
        : { kind: 'organisation', index: activeOrgs.rank(v) };
  /** Sources are in publication order across the two decades; a happening is reported by those just after it. */
  const sourceDay = (s: number) => Math.floor(((s + 0.5) * days) / counts.sources);
  const sourceNear = (day: number, offset: number) => Math.min(counts.sources - 1, Math.floor((day * counts.sources) / days) + offset);
  const timeOf = (draw: Draw, k: number) => {
    const day = Math.floor(draw(k) ** 0.8 * days); // more recent years hold more events, as in event data sets
    const monthly = draw(k + 1) < 0.1;
    const start = monthly ? day - new Date(epoch + day * dayMs).getUTCDate() + 1 : day;
    const end = monthly ? Math.min(days - 1, start + 27) : day;
    return {
      day,
      props: { timeStart: date(start), timeEnd: date(end), timePrecision: monthly ? 'MONTH' : 'DAY', timeBasis: 'STATED' },
    };
  };
  const support = (id: string, sourceIdx: number, props: Record<string, unknown>, labels: string[]) => ({
    from: id,
    to: ids.source(sourceIdx),
    props: {
      ...Object.fromEntries(Object.entries(props).filter(([k]) => ['status', 'timeStart', 'timeEnd', 'timePrecision', 'timeBasis'].includes(k))),
      assertion: JSON.stringify({ labels, props: { ...props, timeStart: String(props['timeStart']), timeEnd: String(props['timeEnd']) }, evidenceIds: [] }),
    },
  });
  const relProps = (sourceIds: string[], extra: Record<string, unknown> = {}) => ({ ...extra, sourceId: sourceIds.at(-1)!, sourceIds, evidenceIds: [] });
  /** Lines already used in each source's text (one small counter per source). */
  const linesUsed = new Uint32Array(counts.sources);

  function* chunks<T>(count: number, chunk: number, make: (i: number, out: Out) => void): Generator<Batch> {
    for (let at = 0; at < count; at += chunk) {
      const out = new Out();
      for (let i = at; i < Math.min(count, at + chunk); i++) make(i, out);
      yield* out.batches();
    }
  }

  function* batches(chunk = 5000): Generator<Batch> {
    linesUsed.fill(0);
    yield* chunks(counts.countries, chunk, (c, out) => {
      const { iso3, iso2, name } = countries[c]!;
      out.node(['Actor', 'Country', 'Node'], {
        id: ids.country(c), name, iso3, iso2, actorCode: iso3, aliases: [iso3], aliasText: iso3, nameKeys: nameKeys([name, iso3]),
      });
    });
    const perCountry = counts.offices / counts.countries;
    yield* chunks(counts.offices, chunk, (o, out) => {
      const c = Math.floor(o / perCountry);
      const id = `office:${countries[c]!.iso3.toLowerCase()}-${slug(officeTitles[o % perCountry]!)}`;
      out.node(['Office', 'Node'], { id, title: `${officeTitles[o % perCountry]} of ${countries[c]!.name}` });
      out.rel('OFFICE_OF', id, ids.country(c), {});
    });
    yield* chunks(counts.places, chunk, (p, out) => {
      const name = placeName(p);
      const c = p < counts.countries ? p : mildCountries.rank(d(20, p)(0));
      out.node(['Place', 'Node'], {
        id: ids.place(p), name, placeKind: p % 7 === 6 ? 'REGION' : 'CITY', aliases: [], nameKeys: nameKeys([name]),
      });
      out.rel('LOCATED_IN', ids.place(p), ids.country(c), {});
      if (p < counts.countries) out.rel('CAPITAL_OF', ids.place(p), ids.country(c), {});
    });
    yield* chunks(counts.organisations, chunk, (o, out) => {
      const c = orgCountry(o);
      const { name, orgKind } = organisation(o, countries[c]!.name);
      out.node(['Actor', 'Organisation', 'Node'], {
        id: ids.organisation(o), name, orgKind, actorCode: `${countries[c]!.iso3}${orgKind.slice(0, 3)}`, aliases: [], nameKeys: nameKeys([name]),
      });
      out.rel(orgKind === 'EMBASSY' ? 'REPRESENTS' : 'BELONGS_TO', ids.organisation(o), ids.country(c), {});
    });
    yield* chunks(counts.people, chunk, (i, out) => {
      const { name, aliases } = personName(i);
      const c = nationality(i);
      const id = ids.person(i);
      out.node(['Actor', 'Person', 'Node'], {
        id, name, aliases, aliasText: aliases.join(' · '), nameKeys: nameKeys([name, ...aliases]),
        actorCode: i < terms.length ? `${countries[c]!.iso3}GOV` : countries[c]!.iso3,
        description: i < terms.length ? `${terms[i]!.title} of ${countries[c]!.name}` : `Official of ${countries[c]!.name}`,
      });
      out.rel('NATIONAL_OF', id, ids.country(c), {});
      if (i < terms.length) {
        const term = terms[i]!;
        const officeId = `office:${countries[c]!.iso3.toLowerCase()}-${slug(term.title)}`;
        out.rel('HOLDS_OFFICE', id, officeId, {
          wording: term.title, current: term.to === null, timeStart: date(term.from), ...(term.to === null ? {} : { timeEnd: date(term.to) }),
          timePrecision: 'DAY', timeBasis: 'STATED',
        });
      }
      const draw = d(11, i);
      if (draw(0) < 0.3) out.rel('MEMBER_OF', id, ids.organisation(activeOrgs.rank(draw(1))), {});
    });
    yield* chunks(counts.sources, chunk, (s, out) => {
      const day = sourceDay(s);
      out.node(['Source', 'Node'], {
        id: ids.source(s), kind: s % 5 === 0 ? 'READOUT' : 'ARTICLE', title: `Corpus report ${s}`,
        publishedStart: date(day), publishedEnd: date(day), publishedPrecision: 'DAY', annotationSha256: `corpus-${scale}-${seed}`,
      });
    });
    yield* chunks(counts.meetings, chunk, (i, out) => {
      const draw = d(30, i);
      const id = ids.meeting(i);
      const n = 2 + Math.floor(draw(0) ** 2 * 5); // 2..6 people, mostly 2 or 3
      const people = new Set<number>();
      for (let k = 0; people.size < n && k < 3 * n; k++) people.add(activePeople.rank(draw(10 + k)));
      const who = [...people];
      const [mode, code] = pick(meetingModes, draw(1));
      const place = busyPlaces.rank(draw(2));
      const { day, props: time } = timeOf(draw, 3);
      const status = pick(statusesOfMeetings, draw(5));
      const names = who.slice(0, 2).map((p) => personName(p).name);
      const props = {
        id, title: `${names.join(' and ')} meet in ${placeName(place)}`, status, mode, cameoCode: code, goldstein: goldstein(code), ...time,
      };
      out.node(['Meeting', 'Node'], props);
      const sources = [...new Set([0, 1, 2, 3].slice(0, 1 + Math.floor(draw(6) * 4)).map((k) => sourceNear(day, k)))];
      const sourceIds = sources.map(ids.source);
      who.forEach((p, k) =>
        out.rel('PARTICIPATED_IN', ids.person(p), id, relProps(sourceIds, { role: mode === 'VISIT' ? (k === 0 ? 'VISITOR' : k === 1 ? 'HOST' : 'PARTICIPANT') : 'PARTICIPANT' })),
      );
      out.rel('TAKES_PLACE_IN', id, ids.place(place), relProps(sourceIds));
      // An earlier source saw it planned; the latest gives the current status (the history).
      sources.forEach((s, k) =>
        out.rels('SUPPORTED_BY', support(id, s, k < sources.length - 1 && status === 'OCCURRED' ? { ...props, status: 'PLANNED' } : props, ['Meeting'])),
      );
    });
    yield* chunks(counts.events, chunk, (i, out) => {
      const draw = d(40, i);
      const id = ids.event(i);
      const [eventKind, code, verb] = pick(eventKinds, draw(0));
      const actor = anyActor(draw(1), draw(2));
      let other = anyActor(draw(3), draw(4));
      if (other.kind === actor.kind && other.index === actor.index) other = { kind: 'country', index: (actor.index + 1) % counts.countries };
      const { day, props: time } = timeOf(draw, 5);
      const status = draw(7) < 0.85 ? 'OCCURRED' : draw(7) < 0.95 ? 'ALLEGED' : 'DENIED';
      const props = {
        id, title: `${actorName(actor)} ${verb} ${actorName(other)} over ${pick(topics, draw(8))}`, eventKind, status,
        cameoCode: code, goldstein: goldstein(code), ...time,
      };
      out.node(['Event', 'Node'], props);
      const sources = [...new Set([0, 1, 2].slice(0, 1 + Math.floor(draw(9) * 3)).map((k) => sourceNear(day, k)))];
      const sourceIds = sources.map(ids.source);
      out.rel('PARTICIPATED_IN', actorId(actor), id, relProps(sourceIds, { role: eventKind === 'AID' || eventKind === 'LOAN' ? 'SOURCE' : 'PERPETRATOR' }));
      out.rel('PARTICIPATED_IN', actorId(other), id, relProps(sourceIds, { role: eventKind === 'AID' || eventKind === 'LOAN' ? 'BENEFICIARY' : 'TARGET' }));
      if (draw(10) < 0.25) {
        const third = anyActor(0.9, draw(11));
        if (actorId(third) !== actorId(actor) && actorId(third) !== actorId(other)) out.rel('PARTICIPATED_IN', actorId(third), id, relProps(sourceIds, { role: 'PARTICIPANT' }));
      }
      if (eventKind === 'AID' || eventKind === 'LOAN') {
        const value = Math.round(1 + draw(12) ** 3 * 5000) * 1_000_000;
        const quantity = `quantity:corpus-${i}`;
        out.node(['Quantity', 'Node'], { id: quantity, quantityKind: 'MONEY', value, unit: 'USD', currency: 'USD', text: `$${value / 1_000_000}m` });
        out.rel('HAS_QUANTITY', id, quantity, relProps(sourceIds, { role: 'AMOUNT' }));
      }
      for (const s of sources) out.rels('SUPPORTED_BY', support(id, s, props, ['Event']));
    });
    yield* chunks(counts.claims, chunk, (i, out) => {
      const draw = d(50, i);
      const id = ids.claim(i);
      const speaker: ActorRef = draw(0) < 0.75 ? { kind: 'person', index: activePeople.rank(draw(1)) } : anyActor(draw(1) * 0.5, draw(2));
      let target = anyActor(draw(3), draw(4));
      if (target.kind === speaker.kind && target.index === speaker.index) target = { kind: 'country', index: (speaker.index + 1) % counts.countries };
      const [claimKind, code, verb] = pick(claimKinds, draw(5));
      const { day, props: time } = timeOf(draw, 6);
      const text = `${actorName(speaker)} ${verb} ${actorName(target)} on ${pick(topics, draw(8))}`;
      const props = { id, text, claimKind, mode: pick(claimModes, draw(9)), status: 'OCCURRED', cameoCode: code, goldstein: goldstein(code), ...time };
      out.node(['Claim', 'Node'], props);
      const s = sourceNear(day, Math.floor(draw(10) * 2));
      const sourceIds = [ids.source(s)];
      const line = linesUsed[s]!++;
      const start = line * (lineWidth + 1);
      const exact = text.slice(0, lineWidth);
      const evidence = `ev:corpus-${s}:${start}-${start + exact.length}`;
      out.node(['Evidence', 'Node'], { id: evidence, exact, prefix: '', suffix: '', start, end: start + exact.length, sourceId: ids.source(s) });
      out.rel('QUOTED_FROM', evidence, ids.source(s), {});
      out.rel('EVIDENCED_BY', id, evidence, {});
      out.rel('ASSERTED', actorId(speaker), id, relProps(sourceIds));
      out.rel('ABOUT', id, actorId(target), relProps(sourceIds, { role: 'TARGET' }));
      if (draw(11) < 0.3 && counts.events > 0) out.rel('ABOUT', id, ids.event(Math.floor(draw(12) * counts.events)), relProps(sourceIds, { role: 'SUBJECT' }));
      out.rel('REPORTED_IN', id, ids.source(s), relProps(sourceIds));
      out.rels('SUPPORTED_BY', support(id, s, props, ['Claim']));
    });
    // Each source's text length, now that every quote in it is placed.
    for (let at = 0; at < counts.sources; at += chunk) {
      const rows = [];
      for (let s = at; s < Math.min(counts.sources, at + chunk); s++) rows.push({ id: ids.source(s), props: { textLength: linesUsed[s]! * (lineWidth + 1) } });
      yield { kind: 'props', rows };
    }
  }

  return { scale, seed, counts, batches, actorName };
}

/** Rows of one chunk, grouped into batches: nodes first (by label set), then relationships by type. */
class Out {
  private readonly nodes = new Map<string, { labels: string[]; rows: Record<string, unknown>[] }>();
  private readonly relationships = new Map<string, { from: string; to: string; props: Record<string, unknown> }[]>();

  node(labels: string[], props: Record<string, unknown>): void {
    const key = labels.join(':');
    const group = this.nodes.get(key) ?? { labels, rows: [] };
    group.rows.push(props);
    this.nodes.set(key, group);
  }

  rel(type: string, from: string, to: string, props: Record<string, unknown>): void {
    this.rels(type, { from, to, props });
  }

  rels(type: string, row: { from: string; to: string; props: Record<string, unknown> }): void {
    const list = this.relationships.get(type) ?? [];
    list.push(row);
    this.relationships.set(type, list);
  }

  *batches(): Generator<Batch> {
    for (const { labels, rows } of this.nodes.values()) yield { kind: 'nodes', labels, rows };
    for (const [type, rows] of this.relationships) yield { kind: 'rels', type, rows };
  }
}
