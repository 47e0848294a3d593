import { h } from './dom.js';
import { graphql } from './graphql.js';

/** Whole names and aliases (actorsByName) and ranked full-text hits (search), so any spelling finds an actor. */
export const searchActorsOperation = `
query FindActor($text: String!) {
  search(text: $text, kinds: [ACTOR], first: 10) {
    nodes { score node { id ... on Actor { name kind aliases } } }
  }
  actorsByName(name: $text) { id name kind aliases }
}`;

interface FoundActor {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
}

interface SearchAnswer {
  search: { nodes: { score: number; node: { id: string; name?: string; kind?: string; aliases?: string[] } }[] };
  actorsByName: FoundActor[];
}

/** The actors a spelling finds: exact name and alias matches first, then search hits by relevance. */
export async function findActors(text: string): Promise<FoundActor[]> {
  const answer = await graphql<SearchAnswer>(searchActorsOperation, { text });
  const found = new Map<string, FoundActor>();
  for (const actor of answer.actorsByName) found.set(actor.id, actor);
  for (const { node } of answer.search.nodes) {
    if (node.name && !found.has(node.id)) found.set(node.id, { id: node.id, name: node.name, kind: node.kind ?? '', aliases: node.aliases ?? [] });
  }
  return [...found.values()];
}

/** Fills a result list with one button per actor found; returns how many were found. */
export async function showActorChoices(text: string, list: HTMLElement, choose: (id: string) => void): Promise<number> {
  list.replaceChildren(h('li', { class: 'hint' }, 'Searching…'));
  try {
    const actors = await findActors(text);
    if (actors.length === 0) {
      list.replaceChildren(h('li', { class: 'hint' }, `No actor is called “${text}”.`));
      return 0;
    }
    list.replaceChildren(
      ...actors.map((actor) => {
        const button = h('button', { type: 'button', 'data-id': actor.id }, h('strong', {}, actor.name), ` ${actor.kind.toLowerCase()}`);
        if (actor.aliases.length) button.append(h('small', {}, ` (${actor.aliases.slice(0, 3).join(', ')})`));
        button.addEventListener('click', () => {
          list.replaceChildren();
          choose(actor.id);
        });
        return h('li', {}, button);
      }),
    );
    return actors.length;
  } catch (error) {
    list.replaceChildren(h('li', { class: 'hint' }, `The API did not answer: ${(error as Error).message}`));
    return 0;
  }
}

/** Wires a search form: submitting it lists the actors its input finds. */
export function actorSearchForm(form: HTMLElement, input: HTMLInputElement, list: HTMLElement, choose: (id: string) => void): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text) void showActorChoices(text, list, choose);
  });
}
