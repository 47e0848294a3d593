import { graphql } from '../common/graphql.js';

interface Source {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly published: { readonly text: string | null; readonly start: string | null; readonly end: string | null } | null;
}

/** The counts shown, in this order, with their labels. */
const countLabels: readonly (readonly [string, string])[] = [
  ['people', 'people'],
  ['countries', 'countries'],
  ['organisations', 'organisations'],
  ['groups', 'groups'],
  ['places', 'places'],
  ['meetings', 'meetings'],
  ['events', 'events'],
  ['claims', 'claims'],
  ['evidence', 'quotes (evidence)'],
  ['sources', 'sources'],
  ['discrepancies', 'discrepancies'],
];

/** The sources listed: the first page, in publication order; the rest are counted. */
const sourcesShown = 100;

const homeQuery = `query Home {
  statistics { ${countLabels.map(([field]) => field).join(' ')} }
  sources(first: ${sourcesShown}) { totalCount nodes { id kind title publisher published { text start end } } }
}`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function showCounts(statistics: Record<string, number>): void {
  const list = document.getElementById('counts')!;
  list.replaceChildren(
    ...countLabels.map(([field, label]) => {
      const item = element('div');
      item.dataset['count'] = field;
      item.append(element('dt', String(statistics[field] ?? 0)), element('dd', label));
      return item;
    }),
  );
}

const published = (source: Source) =>
  source.published?.start && source.published.start === source.published.end
    ? source.published.start
    : [source.published?.start, source.published?.end].filter(Boolean).join(' – ') || '—';

function showSources({ totalCount, nodes }: { totalCount: number; nodes: readonly Source[] }): void {
  const body = document.querySelector('#sources tbody')!;
  const rows = nodes.map((source) => {
    const row = element('tr');
    row.dataset['source'] = source.id;
    row.append(element('td', source.title), element('td', source.publisher ?? '—'), element('td', published(source)), element('td', source.kind.toLowerCase()));
    return row;
  });
  if (totalCount > nodes.length) {
    const more = element('td', `… and ${totalCount - nodes.length} more, listed a page at a time by the API's \`sources\`.`);
    more.colSpan = 4;
    const row = element('tr', undefined, 'more-sources');
    row.append(more);
    rows.push(row);
  }
  body.replaceChildren(...rows);
}

async function showOperations(): Promise<void> {
  const list = document.getElementById('operations')!;
  const response = await fetch('/ide/operations.json', { headers: { accept: 'application/json' } });
  const { operations } = (await response.json()) as { operations: { name: string; description: string }[] };
  list.replaceChildren(
    ...operations.map((operation) => {
      const item = element('li');
      const link = element('a', operation.name);
      link.href = `/ide/?operation=${encodeURIComponent(operation.name)}`;
      item.append(link);
      if (operation.description) item.append(' ', element('span', operation.description, 'question'));
      return item;
    }),
  );
}

/** The discovery document at `/` says whether Neo4j Browser is served here. */
async function showBrowserLink(): Promise<void> {
  const response = await fetch('/', { headers: { accept: 'application/json' } });
  const discovery = (await response.json()) as { browser?: string };
  document.getElementById('browser-card')!.hidden = !discovery.browser;
}

function failed(target: Element, error: unknown): void {
  target.replaceChildren(element('p', `The API did not answer: ${error instanceof Error ? error.message : String(error)}`, 'error'));
}

graphql<{ statistics: Record<string, number>; sources: { totalCount: number; nodes: Source[] } }>(homeQuery)
  .then((data) => {
    showCounts(data.statistics);
    showSources(data.sources);
  })
  .catch((error: unknown) => {
    failed(document.getElementById('counts')!, error);
    failed(document.querySelector('#sources tbody')!, error);
  });
showOperations().catch((error: unknown) => failed(document.getElementById('operations')!, error));
void showBrowserLink().catch(() => undefined);
