import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { translateNeo4jError, withRetries } from '../../src/db/runner.js';

const transient = () => new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', 'N/A', 'N/A');
const clientError = () => new Neo4jError('bad syntax', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A');

describe('reads retried on transient failures (auto-commit runs get no retries from the driver)', () => {
  it('retry a transient failure, then answer', async () => {
    let attempts = 0;
    const answer = await withRetries(async () => {
      attempts += 1;
      if (attempts < 3) throw transient();
      return 'answer';
    }, [1, 1]);
    expect(answer).toBe('answer');
    expect(attempts).toBe(3);
  });

  it('give up after the last delay with the failure itself', async () => {
    let attempts = 0;
    await expect(
      withRetries(async () => {
        attempts += 1;
        throw transient();
      }, [1, 1]),
    ).rejects.toMatchObject({ code: 'Neo.TransientError.Transaction.DeadlockDetected' });
    expect(attempts).toBe(3);
  });

  it('never retry a client error', async () => {
    let attempts = 0;
    await expect(
      withRetries(async () => {
        attempts += 1;
        throw clientError();
      }, [1, 1]),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(attempts).toBe(1);
  });

  it('never retry while the database is unavailable: the request fails fast', async () => {
    let attempts = 0;
    await expect(
      withRetries(async () => {
        attempts += 1;
        throw new Neo4jError('gone', 'ServiceUnavailable', 'N/A', 'N/A');
      }, [1, 1]),
    ).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    expect(attempts).toBe(1);
  });

  it('never retry a statement Neo4j refused memory for, and tell the client to narrow it', async () => {
    const refused = new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit 2.0 GiB. dbms.memory.transaction.total.max threshold reached',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      'N/A',
      'N/A',
    );
    let attempts = 0;
    const error = await withRetries(async () => {
      attempts += 1;
      throw refused;
    }, [1, 1]).catch((e: unknown) => e);
    expect(attempts).toBe(1);
    const translated = translateNeo4jError(error, 'relations') as { message: string; extensions: Record<string, unknown> };
    expect(translated.extensions).toEqual({ query: 'relations', code: 'QUERY_TOO_LARGE' });
    expect(translated.message).toMatch(/^The question needs more database memory than the server allows; narrow it/);
  });
});
