/**
 * Claims' times on a text written for the test (test/draft/dev/press-conference-after-talks.txt):
 * what was said "at a joint press conference afterwards" takes the talks' day, and so do the
 * participants' next words up to the next paragraph; an undated "has repeatedly warned" is only
 * known to be before publication; anyone else's words keep the publication's honest time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftSource } from '../../src/draft/index.js';

type Row = Record<string, any>;
const file = 'press-conference-after-talks.txt';
const text = readFileSync(path.join(import.meta.dirname, 'dev', file), 'utf8');
const claims = (draftSource({ text, published: { start: '2023-06-14' }, file }, []).annotation.claims ?? []) as Row[];
const timeOf = (words: string) => {
  const claim = claims.find((c) => (c['evidence'] as Row[]).some((e) => String(e['exact'] ?? e).includes(words)));
  expect(claim, words).toBeDefined();
  const t = claim!['time'];
  return [t['text'] ?? null, t['start'] ?? null, t['end'] ?? null, t['precision']];
};

describe('claims said at a happening told before', () => {
  it('"at a joint press conference afterwards" dates the claim to the talks', () => {
    expect(timeOf('China would never accept')).toEqual(['At a joint press conference afterwards', '2023-06-13', '2023-06-13', 'DAY']);
    expect(timeOf('trade between the two countries')).toEqual(['At a joint press conference afterwards', '2023-06-13', '2023-06-13', 'DAY']);
  });

  it("a participant's words in the next paragraph are of the same occasion", () => {
    expect(timeOf('status quo in the Taiwan Strait')).toEqual(['At a joint press conference afterwards', '2023-06-13', '2023-06-13', 'DAY']);
    expect(timeOf('We speak openly')).toEqual(['At a joint press conference afterwards', '2023-06-13', '2023-06-13', 'DAY']);
  });

  it('"has repeatedly warned" is undated: only before publication', () => {
    expect(timeOf('Europe must reduce')).toEqual(['repeatedly', null, '2023-06-14', 'UNKNOWN']);
  });

  it('someone who did not take part keeps the publication time', () => {
    expect(timeOf('lacked a clear China strategy')).toEqual([null, null, '2023-06-14', 'UNKNOWN']);
  });
});
