/** The hints that follow an error: the text nearest a missing quote, the nearest ids and codes. */
import { describe, expect, it } from 'vitest';
import { nearestCameoCodes } from '../../src/ingest/cameoHints.js';
import { nearestWords } from '../../src/ingest/nearest.js';
import { nearestText } from '../../src/ingest/quoteHints.js';
import { anchorQuote, quoteSpec } from '../../src/ingest/quotes.js';

describe('the text nearest a quote that is not in it', () => {
  const text = 'Truss’s visit to Moscow — the first\nin five years.';
  it.each([
    ["Truss's visit", 'Truss’s visit', ['curly vs straight apostrophe']],
    ['TRUSS’S VISIT', 'Truss’s visit', ['different case']],
    ['Moscow – the', 'Moscow — the', ['different dash']],
    ['the first in five', 'the first\nin five', ['line break or tab vs space']],
    ['visit to  Moscow', 'visit to Moscow', ['extra space']],
    ['visit toMoscow', 'visit to Moscow', ['missing space']],
    ["truss's visit", 'Truss’s visit', ['curly vs straight apostrophe', 'different case']],
    ['the first in fife years', 'the first\nin five years', ['words differ']],
  ] as const)('finds %j as %j (%j)', (quote, found, causes) => {
    expect(nearestText(text, quote)).toEqual({ text: found, causes });
  });
  it('gives nothing when no passage is near enough to be a miscopy', () => {
    expect(nearestText(text, 'Lavrov in Geneva')).toBeNull();
  });
  it('leaves quotes that are in the text to be placed by their exact words', () => {
    expect(anchorQuote(text, quoteSpec('Truss’s visit'))).toMatchObject({ start: 0, end: 13 });
    expect(anchorQuote(text, quoteSpec({ exact: 'visit', prefix: 'his ' }))).toBe('is not in the text with that prefix and suffix');
  });
});

describe('nearest suggestions', () => {
  it('offer the ids closest to a misspelt one, closest first', () => {
    expect(nearestWords('person:liz-trus', ['person:liz-truss', 'person:boris-johnson', 'country:gbr', 'person:liz-trusss'])).toEqual([
      'person:liz-truss',
      'person:liz-trusss',
    ]);
  });
  it('rank CAMEO codes by the digits they share from the left, then by edit distance', () => {
    const table = { '036': { label: 'meet' }, '042': { label: 'visit' }, '0361': { label: 'meet soon' }, '112': { label: 'accuse' } };
    expect(nearestCameoCodes('0362', table)).toEqual(['036 (meet)', '0361 (meet soon)', '042 (visit)']);
  });
});
