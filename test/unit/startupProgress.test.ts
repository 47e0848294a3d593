import { describe, expect, it } from 'vitest';
import { createStartupProgress, describeStep } from '../../src/startup/progress.js';

describe('start-up progress', () => {
  it('says each step in words, counting sources and plans', () => {
    expect(describeStep({ kind: 'starting' })).toBe('Loading the server');
    expect(describeStep({ kind: 'startingNeo4j' })).toBe('Starting Neo4j');
    expect(describeStep({ kind: 'loadingSources', index: 3, total: 3, titles: ['Readout'] })).toBe('Loading source 3 of 3 (Readout)');
    // Sources that refer to each other load together, in one transaction.
    expect(describeStep({ kind: 'loadingSources', index: 1, total: 3, titles: ['Background', 'Report'] })).toBe('Loading sources 1–2 of 3 (Background; Report)');
    expect(describeStep({ kind: 'warmingPlans', index: 4, total: 27, operation: 'Dyads' })).toBe('Warming plans 4 of 27 (Dyads)');
    expect(describeStep({ kind: 'failed', reason: 'Bolt port 7687 is already in use' })).toBe('Start-up failed: Bolt port 7687 is already in use');
  });

  it('reports the latest step with the time since it began, and nothing after it is ready', () => {
    let now = 1000;
    const progress = createStartupProgress(() => now);
    expect(progress.status()).toEqual({ status: 'starting', step: { kind: 'starting' }, message: 'Loading the server', elapsedMs: 0 });
    now = 3500;
    progress.report({ kind: 'warmingPlans', index: 1, total: 2, operation: 'ActorById' });
    expect(progress.status()).toEqual({
      status: 'starting',
      step: { kind: 'warmingPlans', index: 1, total: 2, operation: 'ActorById' },
      message: 'Warming plans 1 of 2 (ActorById)',
      elapsedMs: 2500,
    });
    now = 4000;
    progress.ready();
    now = 9000;
    expect(progress.starting()).toBe(false);
    // A warm-up after a restart of Neo4j is not a start.
    progress.report({ kind: 'warmingPlans', index: 1, total: 2, operation: 'ActorById' });
    progress.fail('too late');
    // How long the start took, not how long ago it began.
    expect(progress.status()).toEqual({ status: 'ready', step: { kind: 'ready' }, message: 'Ready', elapsedMs: 3000 });
  });

  it('keeps the first failure', () => {
    const progress = createStartupProgress();
    progress.report({ kind: 'startingNeo4j' });
    progress.fail('Embedded Neo4j did not serve queries within 1 s');
    progress.report({ kind: 'connecting' });
    progress.ready();
    expect(progress.status()).toMatchObject({ status: 'failed', step: { kind: 'failed', reason: 'Embedded Neo4j did not serve queries within 1 s' } });
  });
});
