import { countryByIso3 } from './countries.js';
import type { AssembleContext } from './assembleContext.js';
import { review } from './assembleContext.js';
import type { FoundClaim } from './claims.js';
import type { Mentions, Span } from './document.js';
import type { FoundEvent } from './events.js';
import type { FoundMeeting } from './meetings.js';
import type { FoundQuantity } from './quantities.js';
import { slug } from './slug.js';
import { speechVerbs } from './speech.js';

type Row = Record<string, unknown>;

const lastName = (name: string) => name.split(/\s+/).pop() ?? name;
const meetingCameo = (m: FoundMeeting) => (m.status !== 'OCCURRED' ? '036' : m.mode === 'VISIT' ? '042' : m.mode === 'THIRD_LOCATION' ? '044' : '040');
const modeWords: Readonly<Record<FoundMeeting['mode'], string>> = { VISIT: 'visit', THIRD_LOCATION: 'meeting', TALKS: 'talks', CALL: 'call' };
const sentenceCase = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** Meetings, claims, events and quantities, with ids in the format's style and every quote verbatim. */
export function assembleFacts(ctx: AssembleContext, mentions: Mentions, found: { meetings: readonly FoundMeeting[]; claims: readonly FoundClaim[]; events: readonly FoundEvent[]; quantities: readonly FoundQuantity[] }) {
  const stated = new Set(mentions.entities.keys());
  const extraActors: Row[] = [];
  const nameOf = (id: string) => mentions.entities.get(id)?.name ?? countryByIso3.get(id.slice(8).toUpperCase())?.name ?? id;
  /** A country the words imply (a capital's) joins the file, so every id it names is stated. */
  const ensure = (id: string): boolean => {
    if (ctx.exists(id, stated)) return true;
    const country = id.startsWith('country:') ? countryByIso3.get(id.slice(8).toUpperCase()) : undefined;
    if (!country) return false;
    stated.add(id);
    extraActors.push({ id, kind: 'Country', name: country.name, aliases: country.aliases, actorCode: country.iso3, iso2: country.iso2, iso3: country.iso3, evidence: [], review: review(0.5, 'implied by a place in it; the text does not name it') });
    return true;
  };
  // The items of each sentence with where their words are, so a figure goes to the nearest one.
  const bySentence = new Map<number, { id: string; at: number }[]>();
  const note = (sentence: number, id: string, at: number) => bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), { id, at }]);
  const shortName = (id: string) => (mentions.entities.get(id)?.kind === 'Person' ? lastName(nameOf(id)) : nameOf(id));

  const meetings = found.meetings.map((m): Row => {
    const names = m.participants.filter((p) => mentions.entities.get(p.entity)?.kind === 'Person').map((p) => nameOf(p.entity));
    const who = (names.length > 0 ? names : m.participants.map((p) => nameOf(p.entity))).slice(0, 3);
    const placeName = m.place ? nameOf(m.place.entity) : undefined;
    const id = ctx.uniqueId(m.knownId ?? `meeting:${ctx.sourceSlug}-${slug(`${who.map(lastName).join(' ')} ${placeName ?? ''} ${modeWords[m.mode]}`)}`);
    m.sentences.forEach((s, i) => note(s, id, m.triggers[i]?.start ?? 0));
    ctx.record('meeting', id, m.triggers);
    const future = m.status !== 'OCCURRED';
    return {
      id, title: `${who.join(' and ')} ${modeWords[m.mode]}${placeName ? ` in ${placeName}` : ''}`, mode: m.mode, status: m.status, cameoCode: meetingCameo(m),
      time: ctx.time(m.time, id, future),
      participants: m.participants.filter((p) => ensure(p.entity)).map((p) => ({ actor: p.entity, role: p.role, evidence: ctx.quotes([p.span]) })),
      evidence: ctx.quotes(m.triggers.map((t) => widen(ctx.text, t))),
      links: m.place && ensure(m.place.entity) ? [{ type: 'TAKES_PLACE_IN', to: m.place.entity, evidence: ctx.quotes([m.place.span]) }] : [],
      review: review(m.confidence, m.reason ?? 'check the participants, their roles and the status'),
    };
  });

  const claims = found.claims.filter((c) => c.speaker && ensure(c.speaker)).map((c): Row => {
    const speaker = nameOf(c.speaker!);
    const words = ctx.text.slice(c.content.start, c.content.end).replace(/\s+/g, ' ').replace(/[.,;:!?”"’]+$/u, '').trim();
    const id = ctx.uniqueId(`claim:${ctx.sourceSlug}-${slug(`${shortName(c.speaker!)} ${c.verbWord} ${words}`, 6)}`);
    note(c.sentence, id, c.verb.start);
    ctx.record('claim', id, [c.verb, c.content]);
    const said = paraphrase(c, speaker, words);
    const speakerSpan = c.speakerSpan ?? c.verb;
    const speakerEvidence = speakerSpan.end <= c.verb.start && c.verb.start - speakerSpan.end < 60 ? [{ start: speakerSpan.start, end: c.verb.end }] : [speakerSpan, c.verb];
    return {
      id, text: said, claimKind: c.kind, mode: c.mode, status: c.planned ? 'PLANNED' : c.alleged ? 'ALLEGED' : 'OCCURRED',
      ...(c.cameo ? { cameoCode: c.cameo } : {}), time: ctx.time(c.time, id, c.planned === true),
      speakers: [{ actor: c.speaker, evidence: ctx.quotes(speakerEvidence.map((s) => ({ ...s }))) }],
      reported: { evidence: ctx.quotes([{ start: Math.min(c.verb.start, c.content.start), end: Math.max(c.verb.end, c.content.end) }]) },
      about: c.about.filter((a) => ensure(a.entity)).map((a) => ({ node: a.entity, role: a.role, evidence: ctx.quotes([a.span]) })),
      evidence: ctx.quotes([c.content]),
      review: review(c.confidence, c.negated ? 'the verb is negated: check what the speaker did not say' : 'check the speaker and what is claimed'),
    };
  });

  const events = found.events.map((e): Row => {
    const id = ctx.uniqueId(`event:${ctx.sourceSlug}-${slug(`${e.participants.map((p) => shortName(p.entity)).join(' ')} ${e.eventKind}`, 6)}`);
    note(e.sentence, id, e.trigger.start);
    ctx.record('event', id, [e.trigger]);
    return {
      id, title: sentenceCase(e.title), eventKind: e.eventKind, status: e.status, cameoCode: e.cameo, time: ctx.time(e.time, id, e.status === 'PLANNED'),
      participants: e.participants.filter((p) => ensure(p.entity)).map((p) => ({ actor: p.entity, role: p.role, evidence: ctx.quotes([p.span]) })),
      evidence: ctx.quotes([widen(ctx.text, e.trigger)]), review: review(e.confidence, 'check the event kind, its code and its participants'),
    };
  });

  const quantities: Row[] = [];
  for (const q of found.quantities) {
    const same = quantities.find((r) => r['value'] === q.value && r['unit'] === q.unit && r['quantityKind'] === q.quantityKind);
    if (same) {
      (same['evidence'] as unknown[]).push(...ctx.quotes([q]));
      ctx.record('quantity', String(same['id']), [q]);
      continue;
    }
    const id = ctx.uniqueId(`qty:${ctx.sourceSlug}-${slug(`${q.value} ${q.unit}`)}`);
    ctx.record('quantity', id, [q]);
    const owner = (bySentence.get(q.sentence) ?? []).reduce<{ id: string; at: number } | undefined>((best, item) => (!best || Math.abs(item.at - q.start) < Math.abs(best.at - q.start) ? item : best), undefined)?.id;
    const role = q.quantityKind === 'DURATION' ? 'DURATION' : q.quantityKind === 'MONEY' && /bill|cost|spent|paid/i.test(ctx.text.slice(Math.max(0, q.start - 60), q.end + 40)) ? 'COST' : 'AMOUNT';
    quantities.push({
      id, value: q.value, unit: q.unit, ...(q.currency ? { currency: q.currency } : {}), quantityKind: q.quantityKind, text: q.text, evidence: ctx.quotes([q]),
      links: owner ? [{ type: 'HAS_QUANTITY', from: owner, role, evidence: ctx.quotes([q]) }] : [], review: review(q.confidence),
    });
  }
  return { meetings, claims, events, quantities, extraActors };
}

/** The words around a trigger (a few either side), so a quote reads as a phrase, not one word. */
function widen(text: string, span: Span): Span {
  const before = text.slice(Math.max(0, span.start - 50), span.start).split(/(?<=[.!?\n])/).pop() ?? '';
  const words = before.split(/\s+/).filter(Boolean).slice(-3);
  const start = span.start - (words.length ? before.length - before.indexOf(words[0]!) : 0);
  const after = /^[^.!?\n]{0,40}?(?=[,;.!?\n]|$)/.exec(text.slice(span.end, span.end + 60));
  return { start: Math.max(0, start), end: span.end + (after ? after[0].length : 0) };
}

/** Verbs after which what was said is a clause, written with "that" in the claim's own words. */
const clauseVerbs = new Set(['say', 'add', 'state', 'note', 'explain', 'write', 'report', 'confirm', 'claim', 'insist', 'believe', 'argue']);
const pastOf: Readonly<Record<string, string>> = { say: 'said', tell: 'said', write: 'wrote', deny: 'denied', believe: 'believed', fear: 'feared', claim: 'claimed', accuse: 'accused' };
const baseForm: Readonly<Record<string, string>> = { tell: 'tell', say: 'say', add: 'add', write: 'write', believe: 'believe', fear: 'fear' };
const opener = /^(The|A|An|This|That|These|Those|Its|His|Her|Their|Our|It|They|He|She|We|There)\b/;

/**
 * The claim's text in the drafter's own words: "<speaker> <verb> that <what was said>", the
 * speaker first whatever the source's order, without its dangling punctuation; a direct quote
 * is quoted. A reviewer reads it as a summary, never as the source's sentence.
 */
function paraphrase(c: FoundClaim, speaker: string, words: string): string {
  const whole = c.mode === 'DIRECT_QUOTE' && /^[“"‘]|^$/u.test(words.slice(0, 1)) || c.mode === 'DIRECT_QUOTE' && !/[“"]/u.test(words);
  let said = clipWords(words.replace(/^[“"‘]|[”"’]$/gu, '').replace(/[\s,;:–—-]+$/u, ''), 25);
  if (whole) return `${sentenceCase(speaker)} said: “${said}”.`;
  // A quote cut at the end of the clause keeps its closing mark.
  if ((said.match(/"/g) ?? []).length % 2 === 1) said += '"';
  if ((said.match(/“/g) ?? []).length > (said.match(/”/g) ?? []).length) said += '”';
  const lexeme = c.verbWord === 'according to' ? undefined : speechVerbs.get(c.verbWord.toLowerCase().replace(/\s+/g, ' ')) ?? speechVerbs.get(c.verbWord.toLowerCase().split(/\s+/)[0]!);
  const lemma = lexeme?.lemma ?? 'say';
  // "told reporters" and "according to" become "said": who was told is not what was said.
  const word = c.verbWord.toLowerCase().replace(/\s+/g, ' ');
  // "adding that…" reads as "added that…" once the speaker is put first.
  const verb = c.verbWord === 'according to' || lemma === 'tell' ? 'said' : /ing$/.test(word) ? pastOf[lemma] ?? `${lemma.replace(/e$/, '')}ed` : word;
  // A saying to come reads "will warn", whatever the source's modal ("is expected to warn").
  const negatedVerb = c.negated ? `did not ${baseForm[lemma] ?? lemma}` : c.planned ? `will ${lemma === 'tell' ? 'say' : word}` : verb;
  // "that" where the source had it, where what was said came before the verb, or after a verb that takes a clause.
  const before = c.content.start < c.verb.start || c.verbWord === 'according to';
  const clause = !/^(?:to|of|for|on|that|whether|if)\b/i.test(c.subjectWords ?? said) && /\s/.test(said) && (before || c.hadThat === true || clauseVerbs.has(lemma));
  // A coordinated part ("…and would B") takes the subject it shares with the part before.
  const joined = c.subjectWords && !said.startsWith(c.subjectWords) ? `${c.subjectWords} ${said}` : said;
  const body = opener.test(joined) ? joined.replace(opener, (w) => w.toLowerCase()) : joined;
  return `${sentenceCase(speaker)} ${negatedVerb}${clause ? ' that' : ''} ${body}.`;
}

function clipWords(words: string, max: number): string {
  const list = words.split(' ');
  return list.length <= max ? words : `${list.slice(0, max).join(' ')}…`;
}
