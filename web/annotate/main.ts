import { byId, h } from '../common/dom.js';
import { download } from '../common/download.js';
import '../common/page.css';
import { addFromSelection, type NewKind } from './addItem.js';
import { requestDraft, loadText, loadTextNames } from './api.js';
import type { EditorHost } from './editor.js';
import { renderItems } from './itemList.js';
import './main.css';
import { acceptAll, sections, slugOf, unreviewed, itemsOf, type Annotation, type Draft } from './model.js';
import { entityKinds, happeningKinds, kindLabel, markSelected, renderText, selectedRange } from './textView.js';
import { annotationYaml, yamlFileName } from './yamlFile.js';

type State = 'loading' | 'ready' | 'drafting' | 'drafted' | 'error';

/** What the browser tests read: the draft as edited, and the YAML the page would download. */
declare global {
  interface Window {
    annotate: { annotation(): Annotation | null; yaml(): string | null };
  }
}

let draft: Draft | null = null;
let selected: string | null = null;
/** The last words selected in the text view: clicking a button must not lose them. */
let selection: { start: number; end: number } | null = null;

const textView = byId('text-view');
const itemsView = byId('items');
const fileInput = byId<HTMLInputElement>('text-file');
const textInput = byId<HTMLTextAreaElement>('text');

function say(message: string, state: State): void {
  byId('status').textContent = message;
  document.body.dataset['state'] = state;
}

/** The annotation as it will be downloaded: with the text file name the reviewer chose. */
function finalAnnotation(): Annotation | null {
  if (!draft) return null;
  const file = fileInput.value.trim();
  const source = draft.annotation.source;
  return source.text && file ? { ...draft.annotation, source: { ...source, text: { ...source.text, file } } } : draft.annotation;
}

window.annotate = {
  annotation: finalAnnotation,
  yaml: () => {
    const annotation = finalAnnotation();
    return annotation ? annotationYaml(annotation) : null;
  },
};

const host: EditorHost = {
  draft: () => draft!,
  apply(next, select) {
    draft = next;
    if (select !== undefined) selected = select;
    render();
  },
  say: (message, error) => say(message, error ? 'error' : 'drafted'),
};

function renderLegend(): void {
  const counts = new Map<string, number>();
  for (const span of draft?.spans ?? []) counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1);
  byId('legend').replaceChildren(
    ...[...entityKinds, ...happeningKinds].map((kind) =>
      h(
        'span',
        { class: 'legend-item', 'data-kind': kind },
        h('span', { class: `swatch ${(entityKinds as readonly string[]).includes(kind) ? 'fill' : 'line'}-${kind}` }),
        ` ${kindLabel[kind]} (${counts.get(kind) ?? 0})`,
      ),
    ),
  );
}

function renderCounts(): void {
  const waiting = draft ? unreviewed(draft.annotation).length : 0;
  const total = draft ? sections.reduce((sum, section) => sum + itemsOf(draft!.annotation, section.key).length, 0) : 0;
  byId('unreviewed').textContent = `${total} items, ${waiting} unreviewed`;
}

/** Shows the selection in both panes, scrolling each to it. */
function showSelected(scroll: boolean): void {
  const entry = renderItems(itemsView, host, selected, (id) => choose(id, true));
  const piece = markSelected(textView, selected);
  if (scroll) {
    entry?.scrollIntoView({ block: 'nearest' });
    piece?.scrollIntoView({ block: 'nearest' });
  }
}

function render(): void {
  if (!draft) return;
  renderText(textView, draft.text, draft.spans);
  renderLegend();
  renderCounts();
  showSelected(true);
}

function choose(id: string, scroll: boolean): void {
  selected = id;
  showSelected(scroll);
}

// A click on the text selects the innermost item there; clicking again steps outwards (a name, then its claim).
textView.addEventListener('click', (event) => {
  const piece = (event.target as HTMLElement).closest<HTMLElement>('span.span');
  if (!piece || !document.getSelection()?.isCollapsed) return;
  const items = (piece.dataset['items'] ?? '').split(' ').filter(Boolean);
  if (items.length === 0) return;
  const at = selected ? items.indexOf(selected) : -1;
  choose(items[(at + 1) % items.length]!, true);
});

document.addEventListener('selectionchange', () => {
  const range = selectedRange(textView);
  if (range) selection = range;
  for (const id of ['add-actor', 'add-place']) byId<HTMLButtonElement>(id).disabled = !range && !selection;
});

function addItem(kind: NewKind): void {
  if (!draft || !selection) return say('Select the words that name it in the text first.', 'error');
  try {
    const added = addFromSelection(draft, kind, selection.start, selection.end);
    selection = null;
    document.getSelection()?.removeAllRanges();
    host.apply(added.draft, added.id);
    say(`Added ${added.id}; give it the graph's id if it is already there.`, 'drafted');
  } catch (error) {
    say((error as Error).message, 'error');
  }
}
byId('add-actor').addEventListener('click', () => addItem('actor'));
byId('add-place').addEventListener('click', () => addItem('place'));

byId('accept-all').addEventListener('click', () => {
  if (draft) host.apply(acceptAll(draft));
});

function warnUnreviewed(): string {
  const waiting = draft ? unreviewed(draft.annotation).length : 0;
  return waiting ? ` ${waiting} items are still unreviewed: npm run ingest refuses the file until each is accepted or rejected.` : '';
}

byId('download').addEventListener('click', () => {
  const annotation = finalAnnotation();
  if (!annotation) return;
  download(yamlFileName(annotation), annotationYaml(annotation), 'application/yaml');
  say(`Downloaded ${yamlFileName(annotation)}; put it in sources/ and the text in the texts folder as ${annotation.source.text?.file ?? 'its file'}.${warnUnreviewed()}`, 'drafted');
});

byId('copy').addEventListener('click', () => {
  const annotation = finalAnnotation();
  if (!annotation) return;
  navigator.clipboard.writeText(annotationYaml(annotation)).then(
    () => say(`Copied the YAML.${warnUnreviewed()}`, 'drafted'),
    (error: Error) => say(`The browser did not allow copying: ${error.message}`, 'error'),
  );
});

/** Until the reviewer types a file name, it follows the source id, the title or the text's first words. */
function suggestFileName(): void {
  if (fileInput.dataset['typed']) return;
  const id = byId<HTMLInputElement>('source-id').value.trim().replace(/^src:/, '');
  const title = byId<HTMLInputElement>('source-title').value.trim();
  const words = textInput.value.trim().split(/\s+/).slice(0, 6).join(' ');
  fileInput.value = id || title || words ? `${slugOf(id || title || words)}.txt` : '';
}
fileInput.addEventListener('input', () => (fileInput.dataset['typed'] = fileInput.value ? 'yes' : ''));
for (const id of ['source-id', 'source-title', 'text']) byId(id).addEventListener('input', suggestFileName);

byId<HTMLSelectElement>('text-choice').addEventListener('change', async (event) => {
  const name = (event.target as HTMLSelectElement).value;
  if (!name) return;
  say(`Opening ${name}…`, 'loading');
  try {
    textInput.value = await loadText(name);
    fileInput.value = name;
    fileInput.dataset['typed'] = 'yes';
    say(`Opened ${name}. Enter its publication date and draft it.`, 'ready');
  } catch (error) {
    say((error as Error).message, 'error');
  }
});

byId('draft-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = textInput.value;
  const value = (id: string) => byId<HTMLInputElement>(id).value.trim() || undefined;
  say('Drafting…', 'drafting');
  try {
    const answer = await requestDraft({
      text,
      published: { start: value('published-start') ?? '', ...(value('published-end') ? { end: value('published-end')! } : {}) },
      kind: byId<HTMLSelectElement>('source-kind').value as 'ARTICLE' | 'READOUT',
      ...(value('source-id') ? { id: value('source-id')! } : {}),
      ...(value('source-title') ? { title: value('source-title')! } : {}),
      ...(value('source-publisher') ? { publisher: value('source-publisher')! } : {}),
      ...(value('text-file') ? { file: value('text-file')! } : {}),
    });
    draft = { annotation: answer.annotation, spans: [...answer.spans], text };
    selected = null;
    byId('review').hidden = false;
    render();
    const waiting = unreviewed(draft.annotation).length;
    const total = sections.reduce((sum, section) => sum + itemsOf(answer.annotation, section.key).length, 0);
    say(`Drafted ${total} items from the text; ${waiting} wait for review. Click a highlight or an item to review it.`, 'drafted');
  } catch (error) {
    say((error as Error).message, 'error');
  }
});

async function start(): Promise<void> {
  try {
    const names = await loadTextNames();
    byId('text-choice').append(...names.map((text) => h('option', { value: text.name }, text.name)));
    say(names.length ? 'Choose a text of the texts folder or paste one, enter its publication date, then Draft.' : 'Paste a text, enter its publication date, then Draft.', 'ready');
  } catch (error) {
    say(`The server did not list its texts: ${(error as Error).message}. You can still paste a text.`, 'ready');
  }
}
void start();
