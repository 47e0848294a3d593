import { nameKey } from '../db/nameKey.js';
import type { Entity } from './document.js';
import type { EntityTable } from './entityTable.js';
import { honorifics, months, notInPersonNames, notNames, organisationHeads, placeHeads, titlesBeforeNames, wellKnownOrganisations, wellKnownPlaces } from './lexicon.js';
import type { NameRun } from './nameRuns.js';
import { officeEntity } from './officeEntities.js';
import { resolveSurname, type KnownIndex } from './resolve.js';
import { slug } from './slug.js';

const trailingOrgWords = /^((?:[a-z]+\s+){0,2}(?:party|committee|administration|government|ministry|department|office|council|commission|agency|campaign|camp))\b/;
const locative = /(?:^|\s)(in|to|from|at|near|outside|visit|visited|visiting|visits|reach|reached|left|via)$/;
const publisherCue = /(?:newspaper|news agency|agency|broadcaster|daily|website|outlet|tabloid|magazine)$/;
const shipPrefix = /^(HMS|USS|HMAS|HMCS|INS|RFS)$/;

/** Capitalised titles before a name: the longest that starts the run. */
function leadingTitle(words: readonly string[]): { title: string; office: string } | undefined {
  for (const size of [3, 2, 1]) {
    const title = words.slice(0, size).join(' ').replace(/\.$/, '');
    const office = titlesBeforeNames[title];
    if (office && words.length > size) return { title, office };
  }
  return undefined;
}

/**
 * The words of a run after the last mention that covers its start: "US Secretary of State Antony
 * Blinken" is an office phrase and then a name, so the name is still read.
 */
function uncoveredTail(table: EntityTable, text: string, run: NameRun): NameRun | undefined {
  if (!table.covered(run)) return run;
  const end = Math.max(...table.list().filter((m) => m.start < run.end && run.start < m.end).map((m) => m.end));
  if (end >= run.end) return undefined;
  const rest = /^\s+/.exec(text.slice(end, run.end));
  if (!rest) return undefined;
  const start = end + rest[0].length;
  const words = text.slice(start, run.end).split(/\s+/);
  if (!/^\p{Lu}/u.test(words[0] ?? '') || table.covered({ start, end: run.end })) return undefined;
  return { ...run, start, words, initial: false, preceding: text.slice(Math.max(0, start - 40), start).toLowerCase().split(/\s+/).filter(Boolean).slice(-3).join(' ') };
}

const isPersonWord = (w: string) => /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u.test(w) || /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}+$/u.test(w) || /^[A-Z]\.$/.test(w);

/**
 * Classifies capitalised runs as people, organisations and places, then reads single words as
 * surnames of the people found (or known). Runs a phrase or a country already covers are skipped,
 * so "the Russian embassy" is not also a name.
 */
export function classifyRuns(table: EntityTable, index: KnownIndex, text: string, runs: readonly NameRun[]): void {
  const singles: NameRun[] = [];
  const people = new Map<string, Entity>();
  const add = (entity: Entity, run: NameRun, form: 'name' | 'surname' = 'name') => {
    table.mention(entity, run, run.sentence, form);
    if (entity.kind === 'Person') people.set(nameKey(run.words[run.words.length - 1]!), entity);
  };
  for (const whole of runs) {
    const run = uncoveredTail(table, text, whole);
    if (!run) continue;
    const name = run.words.join(' ');
    const key = nameKey(name);
    const well = wellKnownOrganisations[key];
    if (well) {
      add(table.add({ kind: 'Organisation', name: well.name, proposedId: `org:${slug(well.name)}`, aliases: [name, ...(well.aliases ?? [])], ...(well.orgKind ? { orgKind: well.orgKind } : {}), confidence: 0.9, ...(well.country ? { country: well.country } : {}) }), run);
      continue;
    }
    const place = wellKnownPlaces[name];
    if (place) {
      add(table.add({ kind: 'Place', name, proposedId: `place:${slug(name)}`, placeKind: place.placeKind, confidence: 0.85, ...(place.country ? { country: place.country } : {}) }), run);
      continue;
    }
    if (shipPrefix.test(run.words[0]!) && run.words.length > 1) {
      add(table.add({ kind: 'Organisation', name, proposedId: `org:${slug(name)}`, orgKind: 'WARSHIP', confidence: 0.85, reason: 'a ship' }), run);
      continue;
    }
    const headWord = run.words[run.words.length - 1]!.toLowerCase();
    const leadWord = run.words[0]!.toLowerCase();
    if (leadWord in placeHeads && run.words[1] === 'of' && run.words.length > 2) {
      add(table.add({ kind: 'Place', name, proposedId: `place:${slug(name)}`, placeKind: placeHeads[leadWord]!, confidence: 0.7 }), run);
      continue;
    }
    // "Court of Audit", "Bank of England", "Ministry of Defence": a body's head noun first, then what it is of.
    if (leadWord in organisationHeads && leadWord !== 'house' && run.words[1] === 'of' && run.words.length > 2) {
      add(table.add({ kind: 'Organisation', name, proposedId: `org:${slug(name)}`, ...(organisationHeads[leadWord] ? { orgKind: organisationHeads[leadWord] } : {}), confidence: 0.7 }), run);
      continue;
    }
    if (headWord in organisationHeads && run.words.length > 1) {
      add(table.add({ kind: 'Organisation', name, proposedId: `org:${slug(name)}`, ...(organisationHeads[headWord] ? { orgKind: organisationHeads[headWord] } : {}), confidence: 0.75 }), run);
      continue;
    }
    const trailing = trailingOrgWords.exec(run.following);
    if (trailing && !notNames.has(key) && run.words.length <= 3) {
      const full = `${name} ${trailing[1]}`;
      const head = trailing[1]!.split(/\s+/).pop()!;
      const start = run.start;
      const end = text.indexOf(trailing[1]!, run.end) + trailing[1]!.length;
      const entity = table.add({ kind: 'Organisation', name: full, proposedId: `org:${slug(full)}`, ...(organisationHeads[head] ? { orgKind: organisationHeads[head] } : {}), confidence: 0.7 });
      table.mention(entity, { start, end }, run.sentence, 'name');
      continue;
    }
    if (headWord in placeHeads && run.words.length > 1) {
      add(table.add({ kind: 'Place', name, proposedId: `place:${slug(name)}`, placeKind: placeHeads[headWord]!, confidence: 0.7 }), run);
      continue;
    }
    const title = leadingTitle(run.words);
    const honorific = honorifics.has(run.words[0]!.replace(/\.$/, '')) && run.words.length > 1;
    const personWords = title ? run.words.slice(title.title.split(' ').length) : honorific ? run.words.slice(1) : run.words;
    if (personWords.length >= 2 && personWords.length <= 4 && personWords.every(isPersonWord) && !personWords.some((w) => notNames.has(w.toLowerCase()) || notInPersonNames.has(w.toLowerCase()) || (months as readonly string[]).includes(w.toLowerCase()) && w !== 'May')) {
      const personName = personWords.join(' ');
      const person = table.add({ kind: 'Person', name: personName, proposedId: `person:${slug(personName)}`, confidence: title || honorific ? 0.85 : 0.75, reason: title ? `titled ${title.title}` : undefined });
      const nameStart = text.indexOf(personWords[0]!, run.start);
      if (title) {
        const office = officeEntity(table, index, title.office, undefined, undefined);
        table.mention(office, { start: run.start, end: nameStart - 1 }, run.sentence, 'phrase');
        table.link({ type: 'HOLDS_OFFICE', from: person.id, to: office.id, evidence: run });
      }
      table.mention(person, { start: nameStart, end: run.end }, run.sentence, 'name');
      people.set(nameKey(personWords[personWords.length - 1]!), person);
      // Names written family name first ("Xi Jinping", "Li Qiang", "Yoon Suk Yeol") are shortened to their first word.
      const first = nameKey(personWords[0]!);
      if (personWords.length <= 3 && first.length <= 4 && !people.has(first)) people.set(first, person);
      continue;
    }
    if (personWords.length === 1 && (title || honorific)) {
      singles.push({ ...run, start: text.indexOf(personWords[0]!, run.start), words: personWords, initial: false });
      continue;
    }
    if (run.words.length === 1) singles.push(run);
  }
  for (const run of singles) {
    if (table.covered(run)) continue;
    const word = run.words[0]!;
    const key = nameKey(word);
    if (notNames.has(key) || (months as readonly string[]).includes(key)) continue;
    const person = people.get(key);
    if (person) {
      table.mention(person, run, run.sentence, 'surname');
      continue;
    }
    const known = resolveSurname(index, word);
    if (known) {
      const entity = table.add({ kind: 'Person', name: known.name, proposedId: known.id, confidence: 0.6, reason: `surname of ${known.name} in the graph` });
      table.mention(entity, run, run.sentence, 'surname');
      people.set(key, entity);
      continue;
    }
    if (run.initial) continue;
    if (publisherCue.test(run.preceding)) {
      table.mention(table.add({ kind: 'Organisation', name: word, proposedId: `org:${slug(word)}`, orgKind: 'PUBLISHER', confidence: 0.7 }), run, run.sentence, 'name');
    } else if (locative.test(run.preceding)) {
      table.mention(table.add({ kind: 'Place', name: word, proposedId: `place:${slug(word)}`, placeKind: 'CITY', confidence: 0.5, reason: 'a place by its preposition; check the kind' }), run, run.sentence, 'name');
    } else if (/^[A-Z]{2,6}\d*$/.test(word)) {
      table.mention(table.add({ kind: 'Organisation', name: word, proposedId: `org:${slug(word)}`, confidence: 0.4, reason: 'an acronym; check what it names' }), run, run.sentence, 'name');
    }
  }
}
