import type { Mention } from './document.js';
import type { EntityTable } from './entityTable.js';
import type { Phrase } from './phraseMentions.js';

const afterName = /^(?:['’]s)?\s*,\s*$/;
const beforeName = /^\s*,?\s*$/;

/**
 * Offices in apposition to a person ("Liz Truss, the UK foreign secretary," / "Russian foreign
 * minister Sergei Lavrov" / "Russia's foreign minister, Sergei Lavrov") give HOLDS_OFFICE; "her
 * Russian counterpart, Sergei Lavrov" gives COUNTERPART_OF to the person the sentence is about.
 */
export function linkAppositives(table: EntityTable, text: string, counterparts: readonly Phrase[]): void {
  const mentions = table.list();
  const kindOf = (m: Mention) => table.get(m.entity)?.kind;
  const people = mentions.filter((m) => kindOf(m) === 'Person');
  const offices = mentions.filter((m) => kindOf(m) === 'Office');
  for (const office of offices) {
    for (const person of people) {
      if (person.sentence !== office.sentence) continue;
      const between = person.end <= office.start ? text.slice(person.end, office.start) : office.end <= person.start ? text.slice(office.end, person.start) : null;
      if (between === null) continue;
      const apposed = person.end <= office.start ? afterName.test(between) : beforeName.test(between);
      if (!apposed) continue;
      const evidence = { start: Math.min(person.start, office.start), end: Math.max(person.end, office.end) };
      table.link({ type: 'HOLDS_OFFICE', from: person.entity, to: office.entity, evidence, wording: text.slice(office.start, office.end) });
    }
  }
  // An office that acts with no name beside it ("the British ambassador pointed out") is an unnamed person holding it.
  const holders = new Set(table.list().map((m) => m.entity));
  for (const office of offices) {
    const entity = table.get(office.entity);
    if (!entity || !/^\s+(?:\w+ly\s+)?(?:[a-z]+ed|said|says|told|met|went|wrote|has|had|is|was|will)\b/.test(text.slice(office.end, office.end + 30))) continue;
    if (people.some((p) => p.sentence === office.sentence && (Math.abs(p.start - office.end) < 4 || Math.abs(office.start - p.end) < 4))) continue;
    // An office someone named holds in this text is theirs: "the foreign secretary will…" is that person again.
    if (!/^the\s/i.test(text.slice(office.start, office.end)) || table.linksTo(office.entity, 'HOLDS_OFFICE')) continue;
    const words = text.slice(office.start, office.end).replace(/^(?:the|a|an)\s+/i, '');
    const person = table.add({ kind: 'Person', name: words.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), proposedId: `person:${words.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, named: false, confidence: 0.55, reason: 'an unnamed holder of an office' });
    if (holders.has(person.id)) continue;
    table.mention(person, office, office.sentence, 'phrase', true);
    table.link({ type: 'HOLDS_OFFICE', from: person.id, to: office.entity, evidence: office, wording: text.slice(office.start, office.end) });
  }
  for (const phrase of counterparts) {
    const named = people.find((p) => p.sentence === phrase.sentence && p.start >= phrase.end && beforeName.test(text.slice(phrase.end, p.start)));
    const subject = [...people].reverse().find((p) => p.end <= phrase.start && p.sentence >= phrase.sentence - 1 && p.entity !== named?.entity);
    if (named && subject) table.link({ type: 'COUNTERPART_OF', from: named.entity, to: subject.entity, evidence: { start: phrase.start, end: named.end } });
    // "her Russian counterpart, Sergei Lavrov": the demonym gives the person's country.
    if (named && phrase.country) table.link({ type: 'NATIONAL_OF', from: named.entity, to: `country:${phrase.country.iso3.toLowerCase()}`, evidence: { start: phrase.start, end: named.end } });
  }
}
