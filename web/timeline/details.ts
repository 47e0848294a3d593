import { showAccounts } from '../common/accounts.js';
import type { Credits } from '../common/attribution.js';
import { codedBlock } from '../common/codedEvents.js';
import { byId, h } from '../common/dom.js';
import { evidenceBlock, type SourceRef } from '../common/evidence.js';
import { statusBadge } from '../common/status.js';
import { describeTime } from '../common/time.js';
import type { Happening } from './model.js';
import { factAccounts } from './operations.js';

/**
 * The details panel of a clicked happening: its current view (the latest source's), then each
 * source's account with its quotes once the API gives them (web/common/accounts.ts).
 */
export function showHappening(happening: Happening, sources: ReadonlyMap<string, SourceRef>, credits: Credits): void {
  const panel = byId('details');
  const badge = statusBadge(happening.status);
  const evidence = h(
    'section',
    { class: 'evidence-list' },
    h('h3', {}, 'Evidence'),
    // An imported event has no quote by nature: its coding and report are its evidence.
    happening.coded ? codedBlock(happening.coded, happening.code, credits.get(happening.coded.coding.dataset) ?? []) : '',
    ...happening.evidence.map((item) => evidenceBlock(item, sources)),
    !happening.coded && !happening.evidence.length ? h('p', { class: 'hint' }, 'No quote.') : '',
  );
  delete panel.dataset['accounts'];
  panel.replaceChildren(
    h('h2', {}, happening.title),
    h('p', { class: 'kind' }, `${happening.kind.toLowerCase()}${happening.detail ? ` · ${happening.detail.toLowerCase().replaceAll('_', ' ')}` : ''} `, badge),
    h('p', { class: 'time' }, describeTime(happening.time)),
    // An imported event's code and value are in its coding, under Evidence.
    happening.cameo && !happening.coded ? h('p', { class: 'cameo' }, happening.cameo) : '',
    happening.who.length ? h('p', { class: 'who' }, happening.who.join(', ')) : '',
    evidence,
  );
  // An imported event's one account is its dataset's coding, shown above.
  if (!happening.coded) void showAccounts({ query: factAccounts, id: happening.id, sources, panel, evidence, badge });
}
