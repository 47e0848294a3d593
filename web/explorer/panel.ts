import { showAccounts } from '../common/accounts.js';
import { byId, h } from '../common/dom.js';
import type { Credits } from '../common/attribution.js';
import { codedBlock } from '../common/codedEvents.js';
import { evidenceBlock, type SourceRef } from '../common/evidence.js';
import { statusBadge } from '../common/status.js';
import { describeTime } from '../common/time.js';
import { factsAbout } from './facts.js';
import type { Neighbourhood } from './graph.js';
import { factAccounts } from './operations.js';

export interface PanelActions {
  expand(id: string): void;
  open(id: string): void;
}

/** The side panel: a node's facts, each with its quotes in context and their sources. */
export function showFacts(id: string, graph: Neighbourhood, sources: ReadonlyMap<string, SourceRef>, actions: PanelActions, credits: Credits = new Map()): void {
  const panel = byId('facts');
  const node = graph.nodes.get(id);
  if (!node) return;
  const badge = node.status ? statusBadge(node.status) : null;
  const header = h(
    'header',
    {},
    h('h2', {}, node.name),
    h('p', { class: 'kind' }, node.kind, node.detail ? ` · ${node.detail.toLowerCase().replaceAll('_', ' ')}` : '', ' ', badge),
    node.time ? h('p', { class: 'time' }, describeTime(node.time)) : null,
    node.description ? h('p', { class: 'description' }, node.description) : null,
    node.aliases?.length ? h('p', { class: 'aliases' }, `Also: ${node.aliases.join(', ')}`) : null,
    h('p', { class: 'node-id' }, h('code', {}, node.id)),
  );
  const buttons = h('div', { class: 'panel-actions' });
  if (!node.expanded) {
    const expand = h('button', { type: 'button', id: 'expand-node' }, 'Expand: draw its neighbourhood');
    expand.addEventListener('click', () => actions.expand(id));
    buttons.append(expand);
  }
  const open = h('button', { type: 'button' }, 'Open on its own');
  open.addEventListener('click', () => actions.open(id));
  buttons.append(open);

  // An imported event has no quote by nature: its coding and report are its evidence.
  const own = node.coded
    ? h('section', { class: 'own-evidence' }, h('h3', {}, 'Evidence'), codedBlock(node.coded, node.cameo ?? null, credits.get(node.coded.coding.dataset) ?? []), ...node.evidence.map((item) => evidenceBlock(item, sources)))
    : node.evidence.length
      ? h('section', { class: 'own-evidence' }, h('h3', {}, 'Evidence'), ...node.evidence.map((item) => evidenceBlock(item, sources)))
      : h('p', { class: 'hint' }, node.expanded ? 'No quote supports this node itself.' : 'Expand it to load its own evidence.');

  const links = factsAbout(id, graph, sources).map((fact) => {
    const other = 'value' in fact.object ? fact.object.value : fact.object.id === id ? fact.subject.name : fact.object.name;
    const outgoing = fact.subject.id === id;
    const line = outgoing ? `${fact.relation} → ${other}` : `${other} → ${fact.relation}`;
    const item = h('li', { class: 'fact' }, h('p', { class: 'fact-line' }, line));
    const edge = [...graph.edges.values()].find((known) => known.source === fact.subject.id && known.target === ('id' in fact.object ? fact.object.id : '') && known.label === fact.relation);
    for (const evidence of edge?.evidence ?? []) item.append(evidenceBlock(evidence, sources));
    return item;
  });
  delete panel.dataset['accounts'];
  panel.replaceChildren(
    header,
    buttons,
    own,
    links.length ? h('section', { class: 'links' }, h('h3', {}, `Links (${links.length})`), h('ul', {}, ...links)) : '',
    node.more.length ? h('p', { class: 'hint' }, `Not all drawn: ${node.more.join('; ')}.`) : '',
  );
  panel.scrollTop = 0;
  // Each source's account replaces the quotes once it arrives, grouping them by source; an
  // imported event's one account is its dataset's coding, already shown.
  if (['meeting', 'event', 'claim'].includes(node.kind) && !node.coded) {
    void showAccounts({ query: factAccounts, id, sources, panel, evidence: own, badge });
  }
}
