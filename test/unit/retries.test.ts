import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { withRetries } from '../../src/db/runner.js';

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
});
