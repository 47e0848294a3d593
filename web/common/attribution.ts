import { h } from './dom.js';
import { everySource } from './sourceList.js';

/**
 * The credit the datasets' terms ask for wherever their facts are served. The exact line is each
 * dataset Source's `dataset.attribution`; these stand in only if the server cannot say (it always
 * can when it serves imported events), so a page never shows imported facts uncredited.
 */
const fallback: Readonly<Record<string, string>> = {
  GDELT: 'Event data: The GDELT Project',
  ICEWS: 'ICEWS coded event data (Boschee et al., Harvard Dataverse)',
};

let known: Promise<Map<string, Set<string>>> | null = null;

/** Every dataset's attribution lines by dataset name, asked once per page and only when needed. */
function datasetLines(): Promise<Map<string, Set<string>>> {
  known ??= everySource<{ dataset: { name: string; attribution: string } | null }>('PageDatasets', 'dataset { name attribution }')
    .then((sources) => {
      const lines = new Map<string, Set<string>>();
      for (const { dataset } of sources) if (dataset) lines.set(dataset.name, (lines.get(dataset.name) ?? new Set()).add(dataset.attribution));
      return lines;
    })
    .catch(() => new Map());
  return known;
}

/** Each dataset's credits, by dataset name (GDELT, ICEWS). */
export type Credits = ReadonlyMap<string, readonly string[]>;

/** The attribution lines of these datasets; asks the server only when there is one. */
export async function creditsFor(datasets: Iterable<string>): Promise<Credits> {
  const wanted = [...new Set(datasets)].sort();
  if (wanted.length === 0) return new Map();
  const lines = await datasetLines();
  return new Map(wanted.map((name) => [name, [...(lines.get(name) ?? [fallback[name] ?? `Event data: ${name}`])]]));
}

/** Fills the page's credits line with every dataset's, or hides it when nothing shown comes from a dataset. */
export function showAttribution(element: HTMLElement, credits: Credits): void {
  const lines = [...new Set([...credits.values()].flat())];
  element.hidden = lines.length === 0;
  element.replaceChildren(...lines.map((line) => h('span', { class: 'attribution' }, line)));
}

/** Every line, once, for an export. */
export function allCredits(credits: Credits): string[] {
  return [...new Set([...credits.values()].flat())];
}
