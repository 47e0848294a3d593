/**
 * `npm run import`: writes a dataset file's rows into the graph through the loader's named
 * statements (cypher/seed/import*.cypher), a batch of rows per transaction. A dataset of a
 * million rows does not fit one transaction, so instead of all-or-nothing the import is
 * convergent: every statement is idempotent, and the Source records the file's checksum only
 * once every batch is written. An import stopped midway leaves a Source without it, and the
 * next run writes every row again and ends in exactly the graph an uninterrupted run gives.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { NamedQuery } from '../db/queries.js';
import { slug } from '../draft/slug.js';
import { forNeo4j, runner, type Run } from '../ingest/load.js';
import { readGdelt } from './gdelt.js';
import { countrySpec, eventId, eventProps, participantsOf, placeOf, type EntitySpec } from './graphRows.js';
import { readIcews } from './icews.js';
import type { Dataset, ImportedEvent, RowProblem, RowResult } from './records.js';

export interface ImportOptions {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly queries: ReadonlyMap<string, NamedQuery>;
  readonly dataset: Dataset;
  readonly file: string;
  /** The Source's id; by default `src:<dataset>-<file name>`. */
  readonly sourceId?: string;
  /** When the dataset made the file public ('YYYY-MM-DD'); by default GDELT's DATEADDED, ICEWS's latest event day. */
  readonly added?: string;
  /** Write every row again even when this file is already imported. */
  readonly force?: boolean;
  /** Rows per transaction. */
  readonly batchSize?: number;
  readonly timeoutMs: number;
  /** Told each problem row as it is found. */
  readonly onProblem?: (problem: RowProblem) => void;
  /** Told the name of each transaction before it runs (`--trace`, and the tests that stop an import midway). */
  readonly onStep?: (step: string) => void;
  /** Told after each batch is written. */
  readonly onBatch?: (written: number) => void;
  /** Told what each name of the file was found to be in the graph. */
  readonly onResolved?: (line: string) => void;
}

interface EventPlan {
  readonly event: ImportedEvent;
  readonly participants: ReturnType<typeof participantsOf>;
  readonly place: EntitySpec | null;
}

export interface ImportReport {
  readonly sourceId: string;
  readonly file: string;
  readonly sha256: string;
  /** Rows written (events). */
  readonly rows: number;
  /** Rows skipped as not fitting (each told to onProblem). */
  readonly skipped: number;
  /** True when the file was already imported as it is, and nothing was written. */
  readonly unchanged: boolean;
  readonly ms: number;
}

export const publishers: Readonly<Record<Dataset, string>> = {
  GDELT: 'The GDELT Project',
  ICEWS: 'ICEWS coded event data (Boschee et al., Harvard Dataverse)',
};

/** Attribution the data's terms ask for, shown wherever imported facts are served. */
export const attributions: Readonly<Record<Dataset, string>> = {
  GDELT: 'Event data: The GDELT Project (gdeltproject.org)',
  ICEWS: 'ICEWS coded event data (Boschee et al., Harvard Dataverse, doi:10.7910/DVN/28075)',
};

export function defaultSourceId(dataset: Dataset, file: string): string {
  const base = path.basename(file).replace(/\.zip$/i, '').replace(/\.(csv|tab|tsv|txt)$/i, '');
  return `src:${dataset.toLowerCase()}-${slug(base.replace(/[._]/g, ' '), 12)}`;
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The day a GDELT file name gives ("20191024143000.export.CSV"), when it follows GDELT's naming. */
function dayOfFileName(file: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})\d{6}\./.exec(path.basename(file));
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/**
 * Rows per transaction: a batch's events, participations and place links stay well inside
 * Neo4j's transaction memory limit (a quarter of a 512 MB heap by default).
 */
const defaultBatchSize = 1000;

export async function importDataset(options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const { driver, database, queries, dataset, file } = options;
  const sourceId = options.sourceId ?? defaultSourceId(dataset, file);
  const sha256 = await fileSha256(file);
  const inTransaction = async <T>(label: string, work: (run: Run) => Promise<T>): Promise<T> => {
    options.onStep?.(label);
    const session = driver.session(database ? { database } : {});
    try {
      return await session.executeWrite((tx) => work(runner(tx, queries)), {
        timeout: options.timeoutMs,
        metadata: { app: 'diplomatic-graph', import: `${sourceId} ${label}` },
      });
    } finally {
      await session.close();
    }
  };

  const [state] = await inTransaction('state', (run) => run<{ kind: string | null; sha256: string | null }>('datasetState', { sourceId }));
  if (state && state.kind !== 'DATASET') {
    throw new Error(`${sourceId} is an annotated source (${state.kind}), not a dataset: give the import another id with --id`);
  }
  if (state?.sha256 === sha256 && !options.force) {
    return { sourceId, file, sha256, rows: 0, skipped: 0, unchanged: true, ms: performance.now() - started };
  }

  const fileDay = options.added ?? dayOfFileName(file);
  // A dataset is known from its first event's day: a file of many days is published row by row.
  const sourceProps = (day: string | null, firstDay: string | null = day) =>
    forNeo4j({
      knownFrom: firstDay ?? day,
      id: sourceId,
      kind: 'DATASET',
      title: `${dataset === 'GDELT' ? 'GDELT 2.0 Events' : 'ICEWS coded events'}: ${path.basename(file)}`,
      publisher: publishers[dataset],
      attribution: attributions[dataset],
      dataset,
      datasetFile: path.basename(file),
      ...(day ? { publishedText: day, publishedStart: day, publishedEnd: day, publishedPrecision: 'DAY', publishedBasis: 'STATED' } : { publishedPrecision: 'UNKNOWN' }),
    });
  await inTransaction('source', (run) => run('importSource', { props: sourceProps(fileDay) }));

  // What each name of the file is in the graph: resolved once per import, then reused.
  const resolved = new Map<string, string>();
  const written = new Set<string>();
  let rows = 0;
  let skipped = 0;
  let latestDay: string | null = null;
  let earliestDay: string | null = null;
  const bySource = JSON.stringify({ [sourceId]: { props: {}, evidenceIds: [] } });

  const size = options.batchSize ?? defaultBatchSize;
  const reader: AsyncGenerator<RowResult[]> = dataset === 'GDELT' ? readGdelt(file, size) : readIcews(file, size);
  // One batch is written while the next is read and sent: Node prepares and ships rows while
  // Neo4j stores the batch before, so the two processes work side by side instead of in turn.
  let inFlight: { readonly done: Promise<void>; readonly ids: ReadonlySet<string> } | null = null;
  const settled = (promise: Promise<void>) => promise.then(() => true, () => false);
  for await (const batch of reader) {
    const events: ImportedEvent[] = [];
    for (const result of batch) {
      if ('problem' in result) {
        skipped += 1;
        options.onProblem?.(result.problem);
      } else events.push(result.event);
    }
    if (events.length === 0) continue;
    for (const event of events) {
      const day = event.added ? event.added.slice(0, 10) : event.date;
      if (!latestDay || day > latestDay) latestDay = day;
      const known = knownDay(event);
      if (!earliestDay || known < earliestDay) earliestDay = known;
    }
    const plans: EventPlan[] = events.map((event) => ({
      event,
      participants: [...participantsOf(event.source, 'SOURCE', dataset), ...participantsOf(event.target, 'TARGET', dataset)],
      place: placeOf(event.place),
    }));
    const specs = new Map<string, EntitySpec>();
    // An entity is known from the first day an event of the file names it (as of questions).
    const knownFrom = new Map<string, string>();
    const learn = (id: string, day: string) => {
      const seen = knownFrom.get(id);
      if (!seen || day < seen) knownFrom.set(id, day);
    };
    for (const plan of plans) {
      const day = knownDay(plan.event);
      for (const spec of [...plan.participants.map((p) => p.entity), ...(plan.place ? [plan.place] : [])]) {
        specs.set(spec.id, spec);
        learn(spec.id, day);
        for (const link of spec.links) learn(link.to, day);
      }
    }
    // A linked country is an entity of the batch too.
    for (const spec of [...specs.values()]) {
      for (const link of spec.links) {
        if (!specs.has(link.to)) specs.set(link.to, countrySpec(link.to.slice('country:'.length).toUpperCase()));
      }
    }
    const ids = new Set(plans.map((plan) => eventId(plan.event)));
    // An event or entity the batch in flight writes too must find it written: the file's later
    // row wins, and an entity is written once, by the first batch that names it.
    const unwritten = () => [...specs.values()].filter((spec) => !written.has(spec.id));
    if (inFlight && ([...ids].some((id) => inFlight!.ids.has(id)) || unwritten().some((spec) => inFlight!.ids.has(spec.id)))) {
      await inFlight.done;
    }
    const fresh = unwritten();
    const done = inTransaction(`batch ending line ${events.at(-1)!.line}`, async (run) => {
      if (fresh.length > 0) {
        const unresolved = fresh.filter((spec) => !resolved.has(spec.id));
        if (unresolved.length > 0) await resolve(run, unresolved);
        await run('importEntities', {
          sourceId,
          rows: fresh.map((spec) => {
            const id = resolved.get(spec.id)!;
            const props = { ...spec.props, id };
            const known = knownFrom.get(spec.id)!;
            return { id, labels: spec.labels, props, knownFrom: known, assertion: JSON.stringify({ labels: [...spec.labels, 'Node'], props, evidenceIds: [] }) };
          }),
        });
        const links = fresh.flatMap((spec) =>
          spec.links.map((link) => ({ from: resolved.get(spec.id)!, type: link.type, to: resolved.get(link.to) ?? link.to, knownFrom: knownFrom.get(spec.id)! })),
        );
        if (links.length > 0) await run('importLinks', { sourceId, bySource, rows: links });
      }
      // The same event twice in a batch: the later row is the file's last word on it.
      const plansById = new Map(plans.map((plan) => [eventId(plan.event), plan]));
      const present = await run<{ id: string }>('importedEvents', { ids: [...plansById.keys()] });
      const merged = present.map((row) => eventRow(plansById.get(row.id)!));
      for (const row of present) plansById.delete(row.id);
      if (plansById.size > 0) await run('importNewEvents', { sourceId, rows: [...plansById.values()].map(newEventRow) });
      if (merged.length > 0) await run('importEvents', { sourceId, rows: merged });
    }).then(() => {
      for (const spec of fresh) written.add(spec.id);
      rows += events.length;
      options.onBatch?.(rows);
    });
    // Handled here so a failure found while the next batch is read is not an unhandled rejection;
    // it is thrown below, once the batch after it has settled.
    done.catch(() => {});
    const previous = inFlight;
    inFlight = { done, ids: new Set([...ids, ...fresh.map((spec) => spec.id)]) };
    if (previous && !(await settled(previous.done))) {
      await settled(done);
      await previous.done;
    }
  }
  if (inFlight) await inFlight.done;

  const day = options.added ?? fileDay ?? latestDay;
  await inTransaction('finish', async (run) => {
    await run('importSource', { props: sourceProps(day, earliestDay && day && earliestDay < day ? earliestDay : day) });
    await run('importFinished', { sourceId, sha256, rows, skipped });
  });
  return { sourceId, file, sha256, rows, skipped, unchanged: false, ms: performance.now() - started };

  async function resolve(run: Run, specs: readonly EntitySpec[]): Promise<void> {
    const candidates = await run<{ key: string; id: string; labels: string[]; countries: string[] }>('importCandidates', {
      iso3: specs.filter((s) => s.kind === 'country').map((s) => s.key),
      keys: specs.filter((s) => s.kind !== 'country').map((s) => s.key),
    });
    const label = { country: 'Country', organisation: 'Organisation', person: 'Person', place: 'Place' } as const;
    for (const spec of specs) {
      // A place is the same place only in the same country (Odessa, Ukraine is not Odessa, Texas).
      const country = spec.kind === 'place' ? spec.links.find((link) => link.type === 'LOCATED_IN')?.to.slice('country:'.length).toUpperCase() : undefined;
      const found = [
        ...new Set(
          candidates
            .filter((c) => c.key === spec.key && c.labels.includes(label[spec.kind]))
            .filter((c) => spec.kind !== 'place' || (country ? c.countries.length === 0 || c.countries.includes(country) : c.countries.length === 0))
            .map((c) => c.id),
        ),
      ];
      if (found.includes(spec.id) || found.length !== 1) {
        resolved.set(spec.id, spec.id);
        continue;
      }
      resolved.set(spec.id, found[0]!);
      if (found[0] !== spec.id) options.onResolved?.(`${spec.props['name'] as string} is ${found[0]} (same ${spec.kind === 'country' ? 'ISO code' : 'name'})`);
    }
  }

  /** The day the dataset had an event: when it was added to the file's data (else the file's day, else the event's). */
  function knownDay(event: ImportedEvent): string {
    return event.added ? event.added.slice(0, 10) : (fileDay ?? event.date);
  }

  /** An event's properties with its days as text ('YYYY-MM-DD'), and its participants once per actor and role. */
  function eventParts(plan: EventPlan) {
    const { event } = plan;
    const props: Record<string, unknown> = { ...eventProps(event, `${fileDay ?? event.date}T00:00:00Z`, sourceId), knownFrom: knownDay(event) };
    const participants = plan.participants.map((p) => ({ actor: resolved.get(p.entity.id) ?? p.entity.id, role: p.role, codes: p.props }));
    const unique = [...new Map(participants.map((p) => [`${p.actor}|${p.role}`, p])).values()];
    return { props, unique };
  }

  /** A row of importNewEvents: what the statement writes the same for every row is left to it. */
  function newEventRow(plan: EventPlan) {
    const { props, unique } = eventParts(plan);
    return {
      props,
      participants: unique.map((p) => ({ actor: p.actor, props: { role: p.role, ...p.codes } })),
      place: plan.place ? (resolved.get(plan.place.id) ?? plan.place.id) : null,
    };
  }

  function eventRow(plan: EventPlan) {
    const { event } = plan;
    const { props, unique: found } = eventParts(plan);
    const unique = found.map((p) => ({ actor: p.actor, role: p.role, props: { role: p.role, sourceId, sourceIds: [sourceId], evidenceIds: [], ...p.codes } }));
    return {
      id: eventId(event),
      props: forNeo4j(props),
      support: forNeo4j({ status: props['status'], timeText: props['timeText'], timeStart: props['timeStart'], timeEnd: props['timeEnd'], timePrecision: 'DAY', timeBasis: 'STATED' }),
      participants: unique,
      keys: unique.map((p) => `${p.actor}|${p.role}`),
      place: plan.place ? (resolved.get(plan.place.id) ?? plan.place.id) : null,
      placeProps: { sourceId, sourceIds: [sourceId], evidenceIds: [] },
    };
  }
}
