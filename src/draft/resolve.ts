import { nameKey } from '../db/nameKey.js';
import type { EntityKind } from './document.js';
import type { KnownNode } from './types.js';

/** The known graph indexed for lookup by id, by the name key of every name and alias, and by surname. */
export interface KnownIndex {
  readonly byId: ReadonlyMap<string, KnownNode>;
  readonly byKey: ReadonlyMap<string, readonly KnownNode[]>;
  readonly bySurname: ReadonlyMap<string, readonly KnownNode[]>;
  readonly byWikidata: ReadonlyMap<string, KnownNode>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
};

export function indexKnown(known: readonly KnownNode[]): KnownIndex {
  const byId = new Map<string, KnownNode>();
  const byKey = new Map<string, KnownNode[]>();
  const bySurname = new Map<string, KnownNode[]>();
  const byWikidata = new Map<string, KnownNode>();
  for (const node of known) {
    byId.set(node.id, node);
    if (node.wikidata) byWikidata.set(node.wikidata, node);
    for (const name of [node.name, ...node.aliases]) {
      const key = nameKey(name);
      if (!key) continue;
      push(byKey, key, node);
      const words = key.split(' ');
      if (node.kind === 'Person' && words.length > 1) push(bySurname, words[words.length - 1]!, node);
    }
  }
  return { byId, byKey, bySurname, byWikidata };
}

/** Which known labels an entity of a kind may resolve to (a Country is never a Place). */
const compatible: Readonly<Record<EntityKind, readonly string[]>> = {
  Person: ['Person'],
  Country: ['Country'],
  Organisation: ['Organisation', 'Group'],
  Group: ['Group', 'Organisation'],
  Place: ['Place'],
  Office: ['Office'],
};

/** The known node a name means, when exactly one of the right kind has it. */
export function resolveName(index: KnownIndex, kind: EntityKind, names: readonly string[]): KnownNode | undefined {
  for (const name of names) {
    const found = (index.byKey.get(nameKey(name)) ?? []).filter((node) => compatible[kind].includes(node.kind));
    if (found.length === 1) return found[0];
  }
  return undefined;
}

/** The known person a surname alone means, when exactly one has it. */
export function resolveSurname(index: KnownIndex, surname: string): KnownNode | undefined {
  const found = index.bySurname.get(nameKey(surname)) ?? [];
  return found.length === 1 ? found[0] : undefined;
}
