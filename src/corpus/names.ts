// Names for generated people, organisations, places and topics. Each is a pure function of an
// index, unique per index, so nothing is remembered to keep them apart.

const firstNames = [
  'Anna', 'Boris', 'Carmen', 'David', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ines', 'Jonas', 'Karin', 'Luis', 'Maria', 'Nikolai',
  'Olga', 'Pavel', 'Quentin', 'Rosa', 'Samir', 'Tamara', 'Umar', 'Vera', 'Walter', 'Ximena', 'Yusuf', 'Zofia', 'Ahmed', 'Beatriz',
  'Chen', 'Dmitri', 'Emma', 'Fatima', 'Gustav', 'Hana', 'Ivan', 'Julia', 'Kwame', 'Leila', 'Marek', 'Nadia',
] as const;
const consonants = 'bdgklmnprstvz';
const vowels = 'aeiou';
const endings = ['', 'ov', 'in', 'son', 'ez', 'ski', 'ani', 'ek'] as const;
const cores = consonants.length * vowels.length; // 65 syllables
const coreSpace = cores ** 3;

/** A three-syllable word for n (n < 274,625), spread so neighbouring n do not look alike. */
function core(n: number): string {
  let m = (n * 7919 + 13) % coreSpace;
  let word = '';
  for (let k = 0; k < 3; k++) {
    const syllable = m % cores;
    m = Math.floor(m / cores);
    word += consonants[syllable % consonants.length]! + vowels[Math.floor(syllable / consonants.length)]!;
  }
  return word;
}

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface PersonName {
  readonly name: string;
  readonly aliases: string[];
}

/** Person i's name: first names cycle, surnames never repeat; some carry a transliterated spelling. */
export function personName(i: number): PersonName {
  const first = firstNames[i % firstNames.length]!;
  const n = Math.floor(i / firstNames.length);
  const surname = capital(core(n) + endings[n % endings.length]!);
  const name = `${first} ${surname}`;
  const aliases = [`${first[0]}. ${surname}`];
  if (surname.includes('v')) aliases.push(`${first} ${surname.replaceAll('v', 'w')}`);
  return { name, aliases };
}

export function placeName(i: number): string {
  return capital(core(i + 100_000)) + (i % 3 === 0 ? 'grad' : i % 3 === 1 ? 'ia' : '');
}

const orgKinds = [
  ['MINISTRY', 'Ministry of Foreign Affairs'],
  ['GOVERNMENT', 'Government'],
  ['EMBASSY', 'Embassy'],
  ['PARTY', 'Party'],
  ['THINK_TANK', 'Institute'],
  ['INTELLIGENCE', 'Intelligence Service'],
  ['NAVY', 'Navy'],
  ['PUBLISHER', 'Gazette'],
] as const;

/** Organisation i: the first ones are each country's ministry and government, then a mix. */
export function organisation(i: number, countryName: string): { name: string; orgKind: string } {
  const [orgKind, noun] = orgKinds[i % orgKinds.length]!;
  const name = i < 400 ? `${countryName} ${noun}` : `${capital(core(i + 200_000))} ${noun}`;
  return { name, orgKind };
}

/** Topics of claims and events: words analysts search for. */
export const topics = [
  'sanctions on energy exports', 'the ceasefire along the border', 'military aid deliveries', 'the trade agreement', 'election interference',
  'the detention of journalists', 'naval exercises near the strait', 'the gas pipeline', 'refugee flows', 'nuclear talks',
  'cyber attacks on ministries', 'the peace plan', 'troop movements', 'grain exports', 'the embassy closure',
] as const;
