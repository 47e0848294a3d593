import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/draft/mentions.js';
import { indexKnown } from '../../src/draft/resolve.js';
import { splitSentences } from '../../src/draft/sentences.js';
import type { KnownNode } from '../../src/draft/types.js';

const mentionsOf = (text: string, known: readonly KnownNode[] = []) => findMentions(text, splitSentences(text), indexKnown(known));
const ids = (text: string, known: readonly KnownNode[] = []) => [...mentionsOf(text, known).entities.keys()].sort();
const links = (text: string) => mentionsOf(text).links.map((l) => `${l.from} ${l.type} ${l.to}`).sort();

describe('the sentences stage', () => {
  it('splits at full stops, keeps titles and initials, and makes each line of a headline its own sentence', () => {
    const text = 'Envoys meet in Geneva\nMr. Smith met Gen. J. Kowalski on Monday. "We agreed," he said. Talks resume soon!';
    expect(splitSentences(text).map((s) => [s.text, s.heading])).toEqual([
      ['Envoys meet in Geneva', true],
      ['Mr. Smith met Gen. J. Kowalski on Monday.', false],
      ['"We agreed," he said.', false],
      ['Talks resume soon!', false],
    ]);
  });
});

describe('the mentions stage', () => {
  it('finds countries of the whole world by name, short name and demonym', () => {
    expect(ids('Chile and Mongolia signed a pact; Kenyan diplomats watched, and the US and Britain abstained.')).toEqual([
      'country:chl', 'country:gbr', 'country:ken', 'country:mng', 'country:usa', 'group:kenyan-diplomats',
    ]);
  });

  it('finds people with the offices their appositives give, and surnames as the same person', () => {
    const text = "Brazil's foreign minister, Carla Mendes, met Oskar Lindqvist, Sweden's prime minister. Mendes later flew home.";
    const found = mentionsOf(text);
    expect([...found.entities.keys()].sort()).toEqual([
      'country:bra', 'country:swe', 'office:brazil-foreign-minister', 'office:sweden-prime-minister', 'person:carla-mendes', 'person:oskar-lindqvist',
    ]);
    expect(found.mentions.filter((m) => m.entity === 'person:carla-mendes').map((m) => [text.slice(m.start, m.end), m.form])).toEqual([
      ['Carla Mendes', 'name'],
      ['Mendes', 'surname'],
    ]);
    expect(links(text)).toEqual([
      'office:brazil-foreign-minister OFFICE_OF country:bra',
      'office:sweden-prime-minister OFFICE_OF country:swe',
      'person:carla-mendes HOLDS_OFFICE office:brazil-foreign-minister',
      'person:oskar-lindqvist HOLDS_OFFICE office:sweden-prime-minister',
    ]);
  });

  it('finds organisations, unnamed actors and places, with the country they belong to', () => {
    const text = 'The Japanese embassy in Nairobi said a senior Canadian official had met Nato envoys at the Kremlin and in Lagos.';
    expect(ids(text)).toEqual([
      'country:can', 'country:jpn', 'org:japanese-embassy-nairobi', 'org:kremlin', 'org:nato', 'person:senior-canadian-official', 'place:lagos', 'place:nairobi',
    ]);
    expect(links(text)).toEqual([
      'org:japanese-embassy-nairobi BELONGS_TO country:jpn',
      'org:japanese-embassy-nairobi LOCATED_IN place:nairobi',
      'person:senior-canadian-official BELONGS_TO country:can',
    ]);
  });

  it('resolves names to the known graph by alias, and a surname alone to the one known person with it', () => {
    const known: KnownNode[] = [
      { id: 'person:ana-ortiz', kind: 'Person', name: 'Ana Ortiz', aliases: ['Anna Ortiz'] },
      { id: 'person:piet-de-vries', kind: 'Person', name: 'Piet de Vries', aliases: [] },
    ];
    expect(ids('Anna Ortiz spoke to reporters while de Vries waited. Later, Vries left.', known)).toEqual(['person:ana-ortiz', 'person:piet-de-vries']);
  });
});
