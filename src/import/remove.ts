import neo4j, { type Driver } from 'neo4j-driver';
import type { NamedQuery } from '../db/queries.js';
import { runner } from '../ingest/load.js';

export interface DatasetRemoval {
  /** Events the dataset supported (removed unless another source also states them). */
  readonly events: number;
  /** Countries, people, organisations and places only the dataset stated. */
  readonly entities: number;
  /** Events another dataset also states that kept this one's values: import that file again (--force) to rewrite them. */
  readonly stale: number;
}

/** Events per transaction: a dataset of a million rows is removed in bounded transactions. */
const batch = 2_000;

/**
 * `npm run ingest -- --remove <dataset id>`: removes a dataset and what only it asserted, in
 * batches; the Source goes last, so a removal stopped midway is finished by running it again.
 */
export async function removeDataset(
  driver: Driver,
  database: string | undefined,
  queries: ReadonlyMap<string, NamedQuery>,
  sourceId: string,
  timeoutMs: number,
): Promise<DatasetRemoval> {
  /** Each statement in a transaction of its own: a removal of a million events is many batches. */
  const run = async <Row>(name: string, params: Record<string, unknown>): Promise<Row[]> => {
    const session = driver.session(database ? { database } : {});
    try {
      return await session.executeWrite((tx) => runner(tx, queries)<Row>(name, params), {
        timeout: timeoutMs,
        metadata: { app: 'diplomatic-graph', remove: sourceId },
      });
    } finally {
      await session.close();
    }
  };
  let events = 0;
  let stale = 0;
  for (;;) {
    const [row] = await run<{ done: number; stale: number }>('removeDatasetEvents', { sourceId, limit: neo4j.int(batch) });
    const done = Number(row?.done ?? 0);
    events += done;
    stale += Number(row?.stale ?? 0);
    if (done === 0) break;
  }
  const removed = Number((await run<{ removed: number }>('removeDatasetEntities', { sourceId }))[0]?.removed ?? 0);
  return { events, entities: removed, stale };
}
