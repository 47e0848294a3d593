import { h } from '../common/dom.js';
import { statuses } from '../common/status.js';
import { findInGraph, searchable, type Found } from './graphSearch.js';
import { accepted, idPattern, reject, rename, update, type Draft, type Item, type Section } from './model.js';

/** What the editor changes: the draft as a whole, and which item is selected. */
export interface EditorHost {
  draft(): Draft;
  apply(next: Draft, select?: string | null): void;
  say(message: string, error?: boolean): void;
}

const actorKinds = ['Person', 'Country', 'Organisation', 'Group'];
const placeKinds = ['CITY', 'DISTRICT', 'PENINSULA', 'REGION'];
const precisions = ['DAY', 'WEEK', 'MONTH', 'YEAR', 'UNKNOWN'];
const participantRoles = ['VISITOR', 'HOST', 'PARTICIPANT', 'SOURCE', 'TARGET', 'BENEFICIARY', 'VICTIM', 'PERPETRATOR', 'INSTRUMENT', 'AUTHOR'];
const aboutRoles = ['TARGET', 'SUBJECT'];

function select(name: string, options: readonly string[], value: string | undefined, onChange: (value: string) => void): HTMLSelectElement {
  const element = h('select', { name, 'aria-label': name });
  for (const option of options) element.append(h('option', { value: option }, option));
  if (value !== undefined && !options.includes(value)) element.append(h('option', { value }, value));
  element.value = value ?? '';
  element.addEventListener('change', () => onChange(element.value));
  return element;
}

function field(label: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}

/** The id row: type one, or search the graph for the node this item really is. */
function idEditor(host: EditorHost, section: Section, item: Item): HTMLElement {
  const idInput = h('input', { class: 'id-input', name: 'id', value: item.id, spellcheck: 'false', 'aria-label': 'id' });
  const setId = h('button', { type: 'button', class: 'set-id' }, 'Set id');
  const renameTo = (to: string, changes: Partial<Item> = {}) => {
    try {
      host.apply(rename(host.draft(), item.id, to, changes), to);
      host.say(`${item.id} is now ${to} everywhere the draft names it.`);
    } catch (error) {
      host.say((error as Error).message, true);
    }
  };
  setId.addEventListener('click', () => {
    const to = idInput.value.trim();
    if (!idPattern.test(to)) return host.say(`${to} is not an id such as person:liz-truss (lower case, digits, hyphens).`, true);
    renameTo(to);
  });
  const box = h('div', { class: 'id-editor' }, h('div', { class: 'row' }, idInput, setId));
  if (!searchable(section.key)) return box;

  const query = h('input', { class: 'graph-search', type: 'search', name: 'find', placeholder: 'find it in the graph', 'aria-label': 'find in the graph' });
  query.value = typeof item['name'] === 'string' ? item['name'] : '';
  const find = h('button', { type: 'submit' }, 'Find');
  const choices = h('ul', { class: 'choices' });
  const form = h('form', { class: 'row search-row' }, query, find);
  const choose = (found: Found) => {
    // A node of another kind keeps the format valid only with its kind: an actor found as a country is one.
    const changes: Partial<Item> = found.kind === undefined ? {} : section.key === 'actors' ? { kind: found.kind } : section.key === 'places' ? { placeKind: found.kind } : {};
    renameTo(found.id, changes);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = query.value.trim();
    if (!text) return;
    choices.replaceChildren(h('li', { class: 'hint' }, 'Searching…'));
    findInGraph(section.key, text).then(
      (found) => {
        if (found.length === 0) return choices.replaceChildren(h('li', { class: 'hint' }, `Nothing in the graph is called “${text}”.`));
        choices.replaceChildren(
          ...found.map((node) => {
            const button = h('button', { type: 'button', 'data-id': node.id }, h('strong', {}, node.label), ' ', h('code', {}, node.id), h('small', {}, ` ${node.detail}`));
            button.addEventListener('click', () => choose(node));
            return h('li', {}, button);
          }),
        );
      },
      (error: Error) => choices.replaceChildren(h('li', { class: 'hint' }, `The API did not answer: ${error.message}`)),
    );
  });
  box.append(form, choices);
  return box;
}

/** Status and time of a meeting, event or claim. */
function happeningEditor(host: EditorHost, item: Item): HTMLElement[] {
  const edit = (change: (copy: Item) => void) => host.apply(update(host.draft(), item.id, (copy) => (change(copy), copy)), item.id);
  const time = (item['time'] ?? { precision: 'UNKNOWN' }) as Record<string, unknown>;
  const setTime = (key: string, value: string) =>
    edit((copy) => {
      const next = { ...((copy['time'] as Record<string, unknown>) ?? { precision: 'UNKNOWN' }) };
      if (value) next[key] = value;
      else delete next[key];
      copy['time'] = next;
    });
  const date = (key: 'start' | 'end') => {
    const input = h('input', { type: 'date', name: `time-${key}`, value: typeof time[key] === 'string' ? (time[key] as string) : '' });
    input.addEventListener('change', () => setTime(key, input.value));
    return input;
  };
  return [
    field('Status', select('status', statuses, item['status'] as string | undefined, (value) => edit((copy) => void (copy['status'] = value)))),
    h(
      'div',
      { class: 'row time-row' },
      field('From', date('start')),
      field('to', date('end')),
      field('precision', select('precision', precisions, time['precision'] as string | undefined, (value) => setTime('precision', value))),
    ),
  ];
}

/** The roles of the actors taking part (meetings, events) or spoken about (claims). */
function rolesEditor(host: EditorHost, item: Item, list: 'participants' | 'about'): HTMLElement | null {
  const entries = Array.isArray(item[list]) ? (item[list] as Record<string, unknown>[]) : [];
  if (entries.length === 0) return null;
  const key = list === 'participants' ? 'actor' : 'node';
  const roles = list === 'participants' ? participantRoles : aboutRoles;
  return h(
    'div',
    { class: 'roles' },
    h('h4', {}, list === 'participants' ? 'Participants' : 'About'),
    ...entries.map((entry, index) =>
      h(
        'div',
        { class: 'row role-row', 'data-ref': String(entry[key]) },
        h('code', {}, String(entry[key])),
        select('role', roles, entry['role'] as string | undefined, (value) =>
          host.apply(
            update(host.draft(), item.id, (copy) => {
              (copy[list] as Record<string, unknown>[])[index]!['role'] = value;
              return copy;
            }),
            item.id,
          ),
        ),
      ),
    ),
  );
}

const quoteText = (quote: unknown): string => (typeof quote === 'string' ? quote : String((quote as { exact?: string }).exact ?? ''));

/** The controls of the selected item: accept, reject, its id, and the fields a reviewer most often corrects. */
export function editorFor(host: EditorHost, section: Section, item: Item): HTMLElement {
  const acceptButton = h('button', { type: 'button', class: 'accept' }, 'Accept');
  acceptButton.addEventListener('click', () => host.apply(update(host.draft(), item.id, accepted), item.id));
  const rejectButton = h('button', { type: 'button', class: 'reject' }, 'Reject');
  rejectButton.addEventListener('click', () => {
    host.apply(reject(host.draft(), item.id), null);
    host.say(`Rejected ${item.id}, and removed every reference to it.`);
  });
  const parts: (HTMLElement | null)[] = [h('div', { class: 'row actions' }, acceptButton, rejectButton), idEditor(host, section, item)];
  const set = (key: string) => (value: string) => host.apply(update(host.draft(), item.id, (copy) => ((copy[key] = value), copy)), item.id);
  if (section.key === 'actors') parts.push(field('Kind', select('kind', actorKinds, item['kind'] as string | undefined, set('kind'))));
  if (section.key === 'places') parts.push(field('Kind', select('placeKind', placeKinds, item['placeKind'] as string | undefined, set('placeKind'))));
  if (['meetings', 'events', 'claims'].includes(section.key)) parts.push(...happeningEditor(host, item));
  parts.push(rolesEditor(host, item, 'participants'), rolesEditor(host, item, 'about'));
  const evidence = Array.isArray(item['evidence']) ? (item['evidence'] as unknown[]) : [];
  if (evidence.length > 0) parts.push(h('ul', { class: 'quotes' }, ...evidence.map((quote) => h('li', {}, `“${quoteText(quote)}”`))));
  return h('div', { class: 'editor' }, ...parts);
}
