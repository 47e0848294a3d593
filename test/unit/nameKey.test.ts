import { describe, expect, it } from 'vitest';
import { nameKey, nameKeys } from '../../src/db/nameKey.js';

describe('nameKey', () => {
  it('folds case and accents so any spelling of a stored alias meets it', () => {
    expect(nameKey('Zelenskiy')).toBe('zelenskiy');
    expect(nameKey('ZELÉNSKIY')).toBe('zelenskiy');
    expect(nameKey('  Sergei   Lavrov ')).toBe('sergei lavrov');
  });

  it('drops apostrophes and treats other punctuation as a space', () => {
    expect(nameKey('Putin’s closest allies')).toBe('putins closest allies');
    expect(nameKey('Putin-Lavrov')).toBe('putin lavrov');
  });

  it('yields the distinct keys of a name and its aliases in a stable order', () => {
    expect(nameKeys(['Volodymyr Zelenskiy', 'Zelensky', 'zelensky', 'Zelenskyy'])).toEqual([
      'volodymyr zelenskiy',
      'zelensky',
      'zelenskyy',
    ]);
  });
});
