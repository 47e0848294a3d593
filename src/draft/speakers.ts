import type { Entity, EntityLink, Mention, Mentions, Sentence, Span } from './document.js';
import { countryByIso3 } from './countries.js';
import { speechVerbPattern } from './speech.js';
import { slug } from './slug.js';

/**
 * Unnamed speakers the mentions stage leaves out because no country is in their words: "a ministry
 * spokesperson", "a spokesperson for the commission", "a senior European diplomat", and the
 * definite phrase that takes one up again ("the official"). Only a phrase that speaks (right
 * before a verb of saying, or after "according to") is made a person: elsewhere such words are
 * too often nobody in particular. The person belongs to the organisation its words name, when
 * the text names one whose name shares the head ("the commission" → European Commission).
 * Also capitals standing for their government ("Beijing insisted…"): a capital as a speaker is
 * the country's voice, so claims get a mention of the country there.
 */
const heads = 'spokesperson|spokesman|spokeswoman|official|diplomat|source|negotiator|minister|officer|adviser|advisor|aide|envoy|ambassador';
const qualifier = String.raw`(?:(?:senior|top|former|junior|high-ranking|unnamed|anonymous|government|military|defence|defense|foreign|security|intelligence|ministry|embassy|commission|kremlin|[\p{Lu}][\p{L}-]+)\s+){0,3}`;
const owner = String.raw`(?:\s+(?:for|of|at|from|in)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,3}?(?:ministry|commission|department|office|government|embassy|kremlin|council|agency|administration|presidency|alliance|union|[\p{Lu}][\p{L}-]+)))?`;
const auxiliaries = String.raw`(?:\s+(?:has|have|had|also|later|then|on \w+|did not|does not|has not|would not|didn['’]t|doesn['’]t))*`;
const phraseBeforeVerb = new RegExp(String.raw`\b(a|an|one|the)\s+(${qualifier})(${heads})${owner}(?=,?${auxiliaries}\s+(?:${speechVerbPattern.source}))`, 'giu');
/** The head nouns of a body taken up again by a common noun ("the ministry said", "according to the committee"). */
const bodyHeads = 'ministry|commission|embassy|department|agency|government|committee|council|institute|court|office|alliance|bank|union|group';
/** "the group's report said": the body's document speaks for it. */
const bodyDocument = String.raw`(?:['’]s\s+(?:(?:latest|new|annual|own|final)\s+)?(?:report|study|statement|analysis|survey|review|assessment))?`;
const bodyBeforeVerb = new RegExp(String.raw`\b(the)\s+(${bodyHeads})(?=${bodyDocument},?${auxiliaries}\s+(?:${speechVerbPattern.source}))`, 'giu');
const bodyAfterAccording = new RegExp(String.raw`\baccording to\s+(the)\s+(${bodyHeads})(?=\s*[,.;]|$)`, 'giu');
/**
 * Unnamed groups that speak: "officials said", "Western diplomats told reporters", "according to
 * sources close to the talks". A group the mentions stage names (a country's: "UK officials") is its own.
 */
const groupHeads = 'officials|diplomats|sources|negotiators|analysts|experts|investigators|observers|aides|insiders|lawmakers|legislators';
const groupQualifier = String.raw`(?:(?:senior|top|western|european|arab|african|asian|foreign|government|military|defence|defense|security|intelligence|administration|ministry|opposition|unnamed|anonymous|other|several|two|three|some)\s+){0,2}`;
const groupBeforeVerb = new RegExp(String.raw`\b(${groupQualifier})(${groupHeads})(?=(?:\s+(?:in|at|from|close to|familiar with)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)*)?,?${auxiliaries}\s+(?:${speechVerbPattern.source}))`, 'giu');
const groupAfterAccording = new RegExp(String.raw`\baccording to\s+()(${groupQualifier})(${groupHeads})\b`, 'giu');
const phraseAfterAccording = new RegExp(String.raw`\baccording to\s+(a|an|one|the)\s+(${qualifier})(${heads})${owner}(?=\s*[,.;]|$)`, 'giu');

export function withUnnamedSpeakers(text: string, sentences: readonly Sentence[], mentions: Mentions): Mentions {
  const entities = new Map<string, Entity>(mentions.entities);
  const added: Mention[] = [];
  const links: EntityLink[] = [...mentions.links];
  const sentenceOf = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end);
  const covered = (span: Span) => mentions.mentions.some((m) => m.start < span.end && span.start < m.end && m.end - m.start >= 3 && entities.get(m.entity)?.kind !== 'Place');
  const orgNamed = (words: string, before: number): Mention | undefined => {
    const head = words.toLowerCase().split(/\s+/).pop()!;
    const orgs = mentions.mentions.filter((m) => m.start < before && entities.get(m.entity)?.kind === 'Organisation' && entities.get(m.entity)!.name.toLowerCase().split(/\s+/).includes(head));
    return orgs[orgs.length - 1];
  };
  const add = (m: RegExpMatchArray, skip: number) => {
    const article = m[1]!.toLowerCase();
    const start = m.index! + skip;
    const end = m.index! + m[0].length;
    // A body named in the phrase ("a spokesperson for the Japanese foreign ministry") is whose the person is.
    const ownerStart = m[4] ? end - m[4].length : end;
    const inOwner = m[4] ? mentions.mentions.filter((x) => x.start >= ownerStart - 4 && x.end <= end && entities.get(x.entity)?.kind === 'Organisation').pop() : undefined;
    if (covered({ start, end: inOwner ? Math.min(ownerStart, inOwner.start) : end })) return;
    const sentence = sentenceOf(start);
    if (!sentence || sentence.heading) return;
    const qualifierWords = m[2]!.trim();
    const head = m[3]!.toLowerCase();
    if (article === 'the' && !qualifierWords && !m[4]) {
      // "the official": the unnamed person last named with that head.
      const earlier = [...added].reverse().find((x) => x.start < start && entities.get(x.entity)!.name.toLowerCase().endsWith(head))
        ?? [...mentions.mentions].reverse().find((x) => x.start < start && entities.get(x.entity)?.kind === 'Person' && entities.get(x.entity)?.named === false && entities.get(x.entity)!.name.toLowerCase().endsWith(head));
      if (earlier) added.push({ entity: earlier.entity, start: start + m[1]!.length + 1, end, sentence: sentence.index, form: 'phrase' });
      return;
    }
    const ownerWords = m[4] ?? (/\b(ministry|commission|department|embassy|kremlin|government)\b/i.exec(qualifierWords)?.[1]);
    let org = inOwner ?? (ownerWords ? orgNamed(ownerWords, start) : undefined);
    if (!org && m[4] && /^(?:[\p{Ll}-]+\s+){1,3}(?:ministry|department|agency|commission|embassy)$/u.test(m[4])) {
      // "a spokesperson for the finance ministry": the body is named only here, and may speak again ("the ministry said").
      const at = end - m[4].length;
      const orgName = m[4].replace(/\s+/g, ' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      const orgId = `org:${slug(orgName)}`;
      if (!entities.has(orgId)) entities.set(orgId, { id: orgId, kind: 'Organisation', name: orgName, aliases: [], named: false, confidence: 0.5, ...(/ministry|department/i.test(orgName) ? { orgKind: 'MINISTRY' } : /embassy/i.test(orgName) ? { orgKind: 'EMBASSY' } : {}), reason: 'named only by a common noun: which country’s is for the reviewer' });
      org = { entity: orgId, start: at, end, sentence: sentence.index, form: 'phrase' };
      added.push(org);
    }
    const words = text.slice(start + m[1]!.length + 1, end).replace(/\s+/g, ' ');
    const name = org && !m[4] ? `${org ? entities.get(org.entity)!.name : ''} ${head}` : words;
    let id = `person:${slug(name)}`;
    for (let n = 2; entities.has(id) && entities.get(id)!.name !== name; n++) id = `person:${slug(name)}-${n}`;
    const country = org ? entities.get(org.entity)?.country : undefined;
    if (!entities.has(id)) {
      entities.set(id, { id, kind: 'Person', name, aliases: [], named: false, confidence: 0.5, ...(country ? { country } : {}), reason: 'unnamed speaker' });
    }
    added.push({ entity: id, start: start + m[1]!.length + 1, end, sentence: sentence.index, form: 'phrase' });
    if (org) links.push({ type: 'BELONGS_TO', from: id, to: org.entity, evidence: { start: start + m[1]!.length + 1, end } });
  };
  for (const m of text.matchAll(phraseBeforeVerb)) add(m, 0);
  // "The ministry also said…": the organisation last named with that head speaks again.
  for (const m of text.matchAll(bodyBeforeVerb)) {
    const start = m.index + m[1]!.length + 1;
    const end = m.index + m[0].length;
    const sentence = sentenceOf(start);
    if (!sentence || covered({ start, end })) continue;
    const head = m[2]!.toLowerCase();
    const earlier = [...mentions.mentions, ...added].filter((x) => x.end <= start && entities.get(x.entity)?.kind === 'Organisation' && [entities.get(x.entity)!.name.toLowerCase().split(/\s+/)].some((w) => w[0] === head || w[w.length - 1] === head)).sort((a, b) => a.start - b.start).pop();
    if (earlier) added.push({ entity: earlier.entity, start, end, sentence: sentence.index, form: 'phrase' });
  }
  for (const m of text.matchAll(phraseAfterAccording)) add(m, /^according to\s+/i.exec(m[0])![0].length);
  for (const m of text.matchAll(bodyAfterAccording)) {
    const start = m.index + m[0].length - m[2]!.length - m[1]!.length - 1;
    const end = m.index + m[0].length;
    const sentence = sentenceOf(start);
    if (!sentence || covered({ start, end })) continue;
    const head = m[2]!.toLowerCase();
    const earlier = [...mentions.mentions, ...added].filter((x) => x.end <= start && entities.get(x.entity)?.kind === 'Organisation' && [entities.get(x.entity)!.name.toLowerCase().split(/\s+/)].some((w) => w[0] === head || w[w.length - 1] === head)).sort((a, b) => a.start - b.start).pop();
    if (earlier) added.push({ entity: earlier.entity, start: start + m[1]!.length + 1, end, sentence: sentence.index, form: 'phrase' });
  }
  const addGroup = (m: RegExpMatchArray, at: number) => {
    const words = `${m[at]!}${m[at + 1]!}`.replace(/\s+/g, ' ').trim();
    const start = m.index! + m[0].length - words.length;
    const end = m.index! + m[0].length;
    const sentence = sentenceOf(start);
    if (!sentence || sentence.heading || covered({ start, end })) return;
    // A group named by a country or body right before its words ("Ukrainian officials", "the ministry's officials") is the mentions stage's.
    if (mentions.mentions.some((x) => x.end <= start && /^(?:['’]s)?\s*$/.test(text.slice(x.end, start)))) return;
    const name = words.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const id = `group:${slug(name)}`;
    if (!entities.has(id)) entities.set(id, { id, kind: 'Group', name, aliases: [], named: false, confidence: 0.4, reason: 'unnamed speakers: whose they are is for the reviewer' });
    added.push({ entity: id, start, end, sentence: sentence.index, form: 'phrase' });
  };
  for (const m of text.matchAll(groupBeforeVerb)) {
    // Only the words before any "in Beijing": the lookahead holds the rest.
    addGroup(m, 1);
  }
  for (const m of text.matchAll(groupAfterAccording)) addGroup(m, 2);
  if (added.length === 0) return mentions;
  return { entities, mentions: [...mentions.mentions, ...added].sort((a, b) => a.start - b.start), links };
}

/** Capitals that are better known as the seat of an international body. */
const seats = new Set(['Brussels']);

/** A capital's mention as the country it speaks for ("Beijing has insisted…"), for finding speakers. */
export function capitalAsCountry(entity: Entity | undefined): string | undefined {
  if (entity?.kind !== 'Place' || !entity.country) return undefined;
  const country = countryByIso3.get(entity.country);
  // Brussels speaks for the European Union more often than for Belgium: it stands for no country.
  return country?.capitals.includes(entity.name) && !seats.has(entity.name) ? `country:${country.iso3.toLowerCase()}` : undefined;
}
