import { nameKey } from '../db/nameKey.js';
import { countries, countryByIso3, type CountryEntry } from './countries.js';
import { findCountries } from './countryMentions.js';
import type { Entity, Mentions, Sentence } from './document.js';
import { EntityTable } from './entityTable.js';
import { linkAppositives } from './appositives.js';
import { classifyRuns } from './classifyRuns.js';
import { wellKnownOrganisations } from './lexicon.js';
import { bareOffices, countryPhrases, phraseSlug, type Phrase } from './phraseMentions.js';
import { nameRuns } from './nameRuns.js';
import type { KnownIndex } from './resolve.js';
import { slug } from './slug.js';
import { countryEntity, officeEntity } from './officeEntities.js';

function addPhrase(table: EntityTable, index: KnownIndex, text: string, phrase: Phrase): Entity | undefined {
  const country = phrase.country;
  const owner = country ? countryEntity(table, country, 0.8) : undefined;
  if (country && phrase.countrySpan) table.mention(owner!, phrase.countrySpan, phrase.sentence, 'demonym', true);
  let entity: Entity | undefined;
  switch (phrase.kind) {
    case 'organisation': {
      const wellKnown = wellKnownOrganisations[nameKey(phrase.head)];
      const name = wellKnown && (!wellKnown.country || wellKnown.country === country?.iso3) ? wellKnown.name : phrase.words.replace(/^(\p{Ll})/u, (l) => l.toUpperCase());
      entity = table.add({
        kind: 'Organisation', name, proposedId: `org:${wellKnown && name === wellKnown.name ? slug(name) : phraseSlug(phrase)}`,
        ...(phrase.orgKind ?? wellKnown?.orgKind ? { orgKind: phrase.orgKind ?? wellKnown?.orgKind } : {}), confidence: 0.8,
        ...(country ? { country: country.iso3 } : {}), reason: 'organisation named through its country',
      });
      if (phrase.place) {
        const city = table.add({ kind: 'Place', name: phrase.place, proposedId: `place:${slug(phrase.place)}`, placeKind: 'CITY', confidence: 0.7 });
        const at = text.indexOf(phrase.place, phrase.start);
        table.mention(city, { start: at, end: at + phrase.place.length }, phrase.sentence, 'name', true);
        table.link({ type: 'LOCATED_IN', from: entity.id, to: city.id, evidence: phrase });
      }
      break;
    }
    case 'office':
      entity = officeEntity(table, index, phrase.head, country, phrase.place);
      if (phrase.place && !country) {
        const body = table.add({ kind: 'Organisation', name: phrase.place.replace(/^(\p{Ll})/u, (l) => l.toUpperCase()), proposedId: `org:${slug(phrase.place)}`, confidence: 0.6 });
        table.link({ type: 'OFFICE_OF', from: entity.id, to: body.id, evidence: phrase });
      }
      break;
    case 'group':
      entity = table.add({ kind: 'Group', name: phrase.words, proposedId: `group:${phraseSlug(phrase)}`, named: false, confidence: 0.7, ...(country ? { country: country.iso3 } : {}), reason: 'unnamed group' });
      break;
    case 'person':
      entity = table.add({ kind: 'Person', name: phrase.words, proposedId: `person:${phraseSlug(phrase)}`, named: false, confidence: 0.6, ...(country ? { country: country.iso3 } : {}), reason: 'unnamed person' });
      break;
    case 'counterpart':
      return undefined;
  }
  table.mention(entity, phrase, phrase.sentence, 'phrase');
  if (owner) table.link({ type: entity.kind === 'Office' ? 'OFFICE_OF' : 'BELONGS_TO', from: entity.id, to: owner.id, evidence: phrase });
  return entity;
}

/**
 * The mentions stage: countries (every country of the world, by name, short name and demonym),
 * phrases built on them, offices, then capitalised names (people, organisations, places), then
 * surnames; each resolved to the known graph or given a proposed id.
 */
export function findMentions(text: string, sentences: readonly Sentence[], index: KnownIndex): Mentions & { readonly counterparts: readonly Phrase[] } {
  const table = new EntityTable(index);
  const hits = findCountries(text).filter((hit) => sentences.some((s) => s.start <= hit.start && hit.end <= s.end));
  const phrases = countryPhrases(text, sentences, hits);
  for (const phrase of phrases) addPhrase(table, index, text, phrase);
  for (const hit of hits) {
    const sentence = sentences.find((s) => s.start <= hit.start && hit.end <= s.end)!;
    if (hit.form === 'capital') {
      const place = table.add({ kind: 'Place', name: hit.surface, proposedId: `place:${slug(hit.surface)}`, placeKind: 'CITY', confidence: 0.85, country: hit.country.iso3, reason: `capital of ${hit.country.name}` });
      if (table.mention(place, hit, sentence.index, 'name')) table.link({ type: 'LOCATED_IN', from: place.id, to: `country:${hit.country.iso3.toLowerCase()}`, evidence: hit });
      continue;
    }
    if (table.covered(hit)) continue;
    const entity = countryEntity(table, hit.country, hit.form === 'name' ? 0.95 : 0.7);
    table.mention(entity, hit, sentence.index, hit.form === 'name' ? 'name' : 'demonym');
  }
  for (const phrase of bareOffices(text, sentences, (span) => table.covered(span))) addPhrase(table, index, text, phrase);
  classifyRuns(table, index, text, nameRuns(text, sentences));
  linkAppositives(table, text, phrases.filter((p) => p.kind === 'counterpart'));
  const result = table.result();
  return { ...result, counterparts: phrases.filter((p) => p.kind === 'counterpart') };
}
