import { findActors } from '../common/actorSearch.js';
import { graphql } from '../common/graphql.js';

/** A node of the graph an item may really be. `kind` is the format's spelling (Person, CITY...). */
export interface Found {
  readonly id: string;
  readonly label: string;
  readonly kind?: string;
  readonly detail: string;
}

const searchOperation = `
query FindNode($text: String!, $kinds: [SearchKind!]) {
  search(text: $text, kinds: $kinds, first: 10) {
    nodes { node { id __typename ... on Place { name kind } ... on Meeting { title } ... on Event { title } ... on Claim { text } } }
  }
}`;

interface SearchAnswer {
  search: { nodes: { node: { id: string; __typename: string; name?: string; kind?: string | null; title?: string; text?: string } }[] };
}

/** The API's actor kinds (PERSON) as the annotation format spells them (Person). */
const actorKind = (kind: string): string => kind.charAt(0) + kind.slice(1).toLowerCase();

const searchKinds: Record<string, string> = { places: 'PLACE', meetings: 'MEETING', events: 'EVENT', claims: 'CLAIM' };

/** Whether the graph can be searched for an item of this section (offices and amounts cannot). */
export const searchable = (section: string): boolean => section === 'actors' || section in searchKinds;

/**
 * The nodes of the graph a spelling finds, of the kind an item of this section is: actors by
 * whole name and alias first (actorsByName), then ranked full-text hits (search).
 */
export async function findInGraph(section: string, text: string): Promise<Found[]> {
  if (section === 'actors') {
    return (await findActors(text)).map((actor) => ({
      id: actor.id,
      label: actor.name,
      kind: actorKind(actor.kind),
      detail: [actor.kind.toLowerCase(), ...actor.aliases.slice(0, 3)].join(' · '),
    }));
  }
  const kind = searchKinds[section];
  if (!kind) return [];
  const answer = await graphql<SearchAnswer>(searchOperation, { text, kinds: [kind] });
  return answer.search.nodes.map(({ node }) => ({
    id: node.id,
    label: node.name ?? node.title ?? node.text ?? node.id,
    ...(node.__typename === 'Place' && node.kind ? { kind: node.kind } : {}),
    detail: node.__typename.toLowerCase(),
  }));
}
