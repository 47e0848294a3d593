import { describe, expect, it } from 'vitest';
import { contextWithinQuotes, quoteContext } from '../../src/ingest/quoteContext.js';

const none = { prefix: '', suffix: '' };
const around = (text: string, exact: string, given = none, limit = 16) => {
  const start = text.indexOf(exact);
  return quoteContext(text, start, start + exact.length, given, limit);
};

describe('a quote’s context', () => {
  it('is up to the limit a side, cut where words begin and end, without padding', () => {
    expect(around('The UK foreign secretary, Liz Truss, is to travel to Russia soon', 'Liz Truss')).toEqual({ prefix: 'secretary, ', suffix: ', is to travel' });
  });

  it('stops at the text’s ends', () => {
    expect(around('Truss met Lavrov', 'Truss')).toEqual({ prefix: '', suffix: ' met Lavrov' });
    expect(around('Truss met Lavrov', 'Lavrov')).toEqual({ prefix: 'Truss met ', suffix: '' });
  });

  it('keeps a cut word when it is the only word in reach', () => {
    expect(around('internationalisation quote', 'quote', none, 8)).toEqual({ prefix: 'isation ', suffix: '' });
  });

  it('keeps the annotation’s own prefix or suffix when the cut one would not hold it', () => {
    expect(around('Lavrov met Lavrov met Truss', 'Truss', { prefix: 'Lavrov met ', suffix: '' }, 6)).toEqual({ prefix: 'Lavrov met ', suffix: '' });
  });

  it('within quotes keeps only the words other quotes keep, cut at words', () => {
    // "Liz Truss" (26-35) inside "secretary, Liz Truss" (15-35): its prefix comes from the longer quote;
    // inside "retary, Liz Truss" (18-35) the cut word is dropped, and punctuation alone is no context.
    const quote = { start: 26, end: 35, context: { prefix: 'secretary, ', suffix: ', is to travel' } };
    expect(contextWithinQuotes(quote, none, [quote, { start: 15, end: 35 }])).toEqual({ prefix: 'secretary, ', suffix: '' });
    expect(contextWithinQuotes(quote, none, [quote, { start: 18, end: 35 }])).toEqual({ prefix: '', suffix: '' });
    expect(contextWithinQuotes(quote, { prefix: ', ', suffix: '' }, [quote])).toEqual({ prefix: ', ', suffix: '' });
  });
});
