import { describe, expect, it } from 'vitest';
import { explainLoadFailure, StartupError } from '../../src/errors.js';
import { loadConfig } from '../../src/config.js';

/** Neo4j's words when its transaction log cannot grow, as the driver passes them on. */
const appendFailure = Object.assign(new Error('Could not append transaction: Transaction #812 to log.'), { code: 'Neo.TransientError.General.TransactionLogError' });

describe('a load that fails on a full disk', () => {
  it('says the disk is full, where the embedded store is and what to do', () => {
    const neo4j = loadConfig({ NEO4J_DATA_DIR: '/var/tmp/store' }).neo4j;
    const explained = explainLoadFailure(new Error('applying cypher/seed/x failed', { cause: appendFailure }), neo4j);
    expect(explained).toBeInstanceOf(StartupError);
    expect((explained as Error).message).toBe(
      'The database could not write to its store: the disk holding the store at /var/tmp/store is full ' +
        '(Neo4j: "Could not append transaction: Transaction #812 to log."). Free space on that disk, or set NEO4J_DATA_DIR to a folder on a larger one, ' +
        'and run again; each source loads in one transaction, so the sources loaded before stay loaded and the load goes on from the one that failed.',
    );
  });

  it('names the server of an external store', () => {
    const neo4j = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7999', NEO4J_PASSWORD: 'x' }).neo4j;
    expect((explainLoadFailure(appendFailure, neo4j) as Error).message).toContain('the disk holding the store of the Neo4j server at bolt://127.0.0.1:7999 is full');
  });

  it('leaves any other failure as it is', () => {
    const other = new Error('Neo.TransientError.General.MemoryPoolOutOfMemoryError');
    expect(explainLoadFailure(other, loadConfig({}).neo4j)).toBe(other);
  });
});
