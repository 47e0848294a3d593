/**
 * The lookup form of a name: accents and case folded, punctuation and spacing collapsed, so
 * "Zelenskiy", "ZELENSKIY" and "Zelénskiy" meet. Used both to store keys and to read input.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct keys of a name and its aliases, sorted so the stored list is stable. */
export function nameKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const key = nameKey(name);
    if (key) keys.add(key);
  }
  return [...keys].sort();
}
