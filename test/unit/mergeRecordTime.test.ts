import { describe, expect, it } from 'vitest';
import { mergeNode, type Assertion, type SourceRank } from '../../src/ingest/merge.js';

const ranks = new Map<string, SourceRank>([
  ['src:background', { id: 'src:background', kind: 'BACKGROUND', publishedEnd: '2026-11-29' }],
  ['src:article', { id: 'src:article', kind: 'ARTICLE', publishedEnd: '2022-01-30' }],
]);
const background: Assertion = {
  sourceId: 'src:background',
  labels: ['Event'],
  props: { id: 'event:x', title: 'Record title', timeStart: '2018-03-04', timeEnd: '2018-03-04', timePrecision: 'DAY', timeBasis: 'RECORD' },
  evidenceIds: [],
};
const article = (time: Record<string, string>): Assertion => ({
  sourceId: 'src:article',
  labels: ['Event'],
  props: { id: 'event:x', title: 'Article title', ...time },
  evidenceIds: [],
});

describe('merging a node’s time', () => {
  it('a day from the record (basis RECORD) beats a published source’s UNKNOWN time; the rest stays the published source’s', () => {
    const merged = mergeNode([background, article({ timeEnd: '2019-12-31', timePrecision: 'UNKNOWN', timeBasis: 'STATED' })], ranks);
    expect(merged.props).toEqual({
      id: 'event:x', title: 'Article title', timeStart: '2018-03-04', timeEnd: '2018-03-04', timePrecision: 'DAY', timeBasis: 'RECORD',
    });
  });

  it('a published source’s known time still beats the record', () => {
    const merged = mergeNode([background, article({ timeStart: '2018-03-01', timeEnd: '2018-03-31', timePrecision: 'MONTH', timeBasis: 'STATED' })], ranks);
    expect(merged.props).toMatchObject({ timeStart: '2018-03-01', timeEnd: '2018-03-31', timePrecision: 'MONTH', timeBasis: 'STATED' });
  });
});
