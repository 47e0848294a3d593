import './accounts.css';
import { h } from './dom.js';
import { evidenceBlock, evidenceFields, type EvidenceRef, type SourceRef } from './evidence.js';
import { graphql } from './graphql.js';
import { withRetry } from './retry.js';
import { isStatus, statusBadge, statusLabel } from './status.js';
import { describeTime, timeIntervalFields, type TimeInterval } from './time.js';

/**
 * Each source's account of a fact (the API's `history` on meetings, events and claims): what it
 * said of the fact, in publication order, so a page shows how the record changed from an
 * announcement to a readout instead of the latest view alone. The explorer and the timeline draw
 * accounts with this module, so both read alike.
 */

export interface AccountSource {
  id: string;
  title: string;
  publisher: string | null;
  kind: string;
}

export interface Account {
  source: AccountSource;
  published: TimeInterval | null;
  status: string | null;
  time: TimeInterval | null;
  /** An event's title or a claim's text as this source gives it. */
  title?: string | null;
  text?: string | null;
  participants?: { role: string; actor: { id: string; name: string } }[];
  /** This source's words (events and claims); a meeting's are its own evidence from this source. */
  evidence?: EvidenceRef[];
}

export interface FactAccounts {
  __typename: 'Meeting' | 'Event' | 'Claim';
  id: string;
  status: string;
  title?: string;
  text?: string;
  evidence: EvidenceRef[];
  history: Account[];
}

const accountFields = `source { id title publisher kind } published { ${timeIntervalFields} } status time { ${timeIntervalFields} }`;
const participants = 'participants { role actor { id name } }';

/**
 * The selection under `node(id:)` that answers FactAccounts. Each page's operations.ts wraps it in
 * a named query. The kinds are aliased: an event's and a claim's `kind` are different enums.
 */
export const accountsSelection = `__typename id
    ... on Meeting { status title evidence { ${evidenceFields} } history { ${accountFields} ${participants} } }
    ... on Event { status title evidence { ${evidenceFields} } history { ${accountFields} title ${participants} evidence { ${evidenceFields} } } }
    ... on Claim { status text evidence { ${evidenceFields} } history { ${accountFields} text evidence { ${evidenceFields} } } }`;

const asked = new Map<string, Promise<FactAccounts | null>>();

/** A fact's accounts, asked once per page and fact (a failed answer is asked again next time). */
export function loadAccounts(query: string, id: string): Promise<FactAccounts | null> {
  let answer = asked.get(id);
  if (!answer) {
    answer = withRetry(() => graphql<{ node: FactAccounts | null }>(query, { id })).then(({ node }) => (node && node.history ? node : null));
    answer.catch(() => asked.delete(id));
    asked.set(id, answer);
  }
  return answer;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-02-10` as `10 Feb 2022` (the API's days are calendar days: no time zone applies). */
function parts(day: string): { d: number; m: string; y: string } {
  const [y = '', m = '1', d = '1'] = day.split('-');
  return { d: Number(d), m: months[Number(m) - 1] ?? m, y };
}

function dayText(day: string): string {
  const { d, m, y } = parts(day);
  return `${d} ${m} ${y}`;
}

/** Two days as briefly as reads clearly: `24–30 Jan 2022`, `24 Jan – 13 Feb 2022`. */
function spanText(start: string, end: string): string {
  if (start === end) return dayText(start);
  const a = parts(start);
  const b = parts(end);
  if (a.y !== b.y) return `${dayText(start)} – ${dayText(end)}`;
  if (a.m !== b.m) return `${a.d} ${a.m} – ${dayText(end)}`;
  return `${a.d}–${dayText(end)}`;
}

/** When a source was published, e.g. `24–30 Jan 2022`; empty when the API gives no day. */
export function publishedText(published: TimeInterval | null): string {
  if (!published?.start && !published?.end) return '';
  if (published.start && published.end) return spanText(published.start, published.end);
  return published.start ? `from ${dayText(published.start)}` : `by ${dayText(published.end!)}`;
}

/** The time an account gives, as a phrase: `on 10 Feb 2022`, `between 24 Jan and 13 Feb 2022`. */
function whenText(time: TimeInterval | null): string {
  if (!time?.start && !time?.end) return '';
  if (time.start && time.end) {
    if (time.start === time.end) return `on ${dayText(time.start)}`;
    const a = parts(time.start);
    return `between ${a.y === parts(time.end).y ? `${a.d} ${a.m}` : dayText(time.start)} and ${dayText(time.end)}`;
  }
  return time.start ? `from ${dayText(time.start)}` : `by ${dayText(time.end!)}`;
}

/** How a source is named in a sentence: a newspaper by its publisher, a readout as "the readout". */
export function sourceName(source: AccountSource): string {
  if (source.kind === 'ARTICLE') return source.publisher ?? source.title;
  if (source.kind === 'READOUT') return 'the readout';
  if (source.kind === 'BACKGROUND') return 'background knowledge';
  return source.title;
}

/** `the readout, 11 Feb 2022`: a source and when it was published. */
function sourceAndDay(account: Account): string {
  const day = publishedText(account.published);
  return day ? `${sourceName(account.source)}, ${day}` : sourceName(account.source);
}

const label = (status: string | null) => (status === null ? 'no status given' : isStatus(status) ? statusLabel[status] : status.toLowerCase());

/** What an account states of the fact's standing, e.g. `occurred on 10 Feb 2022`. */
function statement(account: Account): string {
  const when = whenText(account.time);
  return when ? `${label(account.status)} ${when}` : label(account.status);
}

/** The account's own quotes: an event's or claim's words, or a meeting's evidence from that source. */
function quotesOf(fact: FactAccounts, account: Account): EvidenceRef[] {
  return account.evidence ?? fact.evidence.filter((quote) => quote.source.id === account.source.id);
}

/** True when the source says something of the fact rather than only naming it among those it supports. */
function states(fact: FactAccounts, account: Account): boolean {
  return account.status !== null || account.time !== null || Boolean(account.participants?.length) || quotesOf(fact, account).length > 0;
}

/** The accounts that state something, in the API's order (oldest publication first). */
export function statedAccounts(fact: FactAccounts): Account[] {
  return fact.history.filter((account) => states(fact, account));
}

/**
 * What changed between the accounts, oldest first, built from their statuses and times:
 * `announced, unconfirmed between 24 Jan and 13 Feb 2022 (The Guardian, 24–30 Jan 2022) → occurred
 * on 10 Feb 2022 (the readout, 11 Feb 2022)`. Sources in a row that say the same share a step.
 * Null when fewer than two sources give a status or a time.
 */
export function changeLine(fact: FactAccounts): string | null {
  const giving = statedAccounts(fact).filter((account) => account.status !== null || account.time !== null);
  if (giving.length < 2) return null;
  const steps: { said: string; by: string[] }[] = [];
  for (const account of giving) {
    const said = statement(account);
    const last = steps.at(-1);
    if (last?.said === said) last.by.push(sourceAndDay(account));
    else steps.push({ said, by: [sourceAndDay(account)] });
  }
  const written = steps.map((step) => `${step.said} (${step.by.join('; ')})`);
  return steps.length === 1 ? `Every source agrees: ${written[0]}` : written.join(' → ');
}

/**
 * Whose view the fact's badge shows: the latest source that gives a status, when it gives the
 * status shown (the API's current view is the latest source's). Null when no source gives one.
 */
export function latestNote(fact: FactAccounts): string | null {
  const giving = fact.history.filter((account) => account.status !== null);
  const latest = giving.at(-1);
  if (!latest || latest.status !== fact.status) return null;
  return `per ${sourceAndDay(latest)} (${giving.length === 1 ? 'its only source' : 'the latest source'})`;
}

function accountItem(fact: FactAccounts, account: Account, sources: ReadonlyMap<string, SourceRef>): HTMLElement {
  const { source } = account;
  const day = publishedText(account.published);
  const about = [source.publisher, day ? `published ${day}` : null].filter(Boolean).join(', ');
  const own = account.title ?? account.text ?? null;
  const current = fact.title ?? fact.text ?? null;
  const people = account.participants ?? [];
  const quotes = quotesOf(fact, account);
  return h(
    'li',
    { class: 'account', 'data-source': source.id },
    h('p', { class: 'account-source' }, h('cite', {}, source.title), about ? ` — ${about}` : ''),
    h(
      'p',
      { class: 'account-says' },
      account.status ? statusBadge(account.status) : h('span', { class: 'account-none' }, 'no status given'),
      ' ',
      h('span', { class: 'account-time' }, account.time ? describeTime(account.time) : 'no time given'),
    ),
    own && own !== current ? h('p', { class: 'account-wording' }, `As this source puts it: ${own}`) : null,
    people.length ? h('p', { class: 'account-participants' }, `Taking part: ${people.map((p) => `${p.actor.name} (${p.role.toLowerCase()})`).join(', ')}`) : null,
    ...quotes.map((quote) => evidenceBlock(quote, sources)),
    quotes.length ? null : h('p', { class: 'hint' }, source.kind === 'BACKGROUND' ? 'Background knowledge has no text to quote.' : 'No quote of its own.'),
  );
}

/**
 * Every source's account of the fact, oldest publication first, with the line of what changed;
 * sources that only name the fact are listed after, and any quote no account holds last, so no
 * quote of the fact is lost.
 */
export function accountsSection(fact: FactAccounts, sources: ReadonlyMap<string, SourceRef>): HTMLElement {
  const stated = statedAccounts(fact);
  const mentions = fact.history.filter((account) => !stated.includes(account));
  const shown = new Set(stated.flatMap((account) => quotesOf(fact, account).map((quote) => quote.id)));
  const rest = fact.evidence.filter((quote) => !shown.has(quote.id));
  const change = changeLine(fact);
  return h(
    'section',
    { class: 'accounts', 'data-accounts': String(stated.length) },
    h('h3', {}, stated.length === 1 ? 'Its source’s account' : `Each source’s account (${stated.length}), oldest first`),
    change ? h('p', { class: 'account-change' }, change) : null,
    h('ol', { class: 'account-list' }, ...stated.map((account) => accountItem(fact, account, sources))),
    mentions.length ? h('p', { class: 'hint account-mentions' }, `Also named, without an account of its own, by: ${mentions.map((account) => account.source.title).join('; ')}.`) : null,
    rest.length ? h('div', { class: 'account-rest' }, h('h4', {}, 'Other quotes'), ...rest.map((quote) => evidenceBlock(quote, sources))) : null,
  );
}

/** The note beside a fact's badge saying whose view it is; null when no source gives a status. */
export function latestBadgeNote(fact: FactAccounts): HTMLElement | null {
  const note = latestNote(fact);
  return note ? h('span', { class: 'badge-source' }, note) : null;
}

/**
 * Draws a fact's accounts into a panel once they arrive: they take the place of `evidence` (the
 * fact's quotes, which they group by source) and the badge gains whose view it is. Nothing changes
 * when the panel has moved on meanwhile (`evidence` is no longer on the page), or when the API
 * does not answer: the quotes then stay as they were, with a note. The panel's data-accounts says
 * which (loading, shown, failed) for the browser tests.
 */
export async function showAccounts(options: {
  query: string;
  id: string;
  sources: ReadonlyMap<string, SourceRef>;
  panel: HTMLElement;
  /** The fact's quotes as first drawn. */
  evidence: HTMLElement;
  badge: HTMLElement | null;
}): Promise<void> {
  const { query, id, sources, panel, evidence, badge } = options;
  panel.dataset['accounts'] = 'loading';
  let fact: FactAccounts | null;
  try {
    fact = await loadAccounts(query, id);
  } catch (error) {
    if (!evidence.isConnected) return;
    evidence.after(h('p', { class: 'hint' }, `Each source’s account could not be loaded: ${(error as Error).message}`));
    panel.dataset['accounts'] = 'failed';
    return;
  }
  if (!evidence.isConnected) return;
  if (fact && fact.history.length) {
    evidence.replaceWith(accountsSection(fact, sources));
    const note = latestBadgeNote(fact);
    if (note && badge) badge.after(' ', note);
  }
  panel.dataset['accounts'] = 'shown';
}
