import { nameKey } from '../db/nameKey.js';
import type { AssembleContext } from './assembleContext.js';
import { review } from './assembleContext.js';
import type { Entity, EntityLink, Mentions } from './document.js';

const kindOfItem = (entity: Entity) => (entity.kind === 'Place' ? 'place' : entity.kind === 'Office' ? 'office' : 'actor');

/** Actors, places and offices: every entity mentioned, with up to three quotes and the links the words state. */
export function assembleNodes(ctx: AssembleContext, mentions: Mentions) {
  const stated = new Set(mentions.entities.keys());
  const linksFrom = (id: string) =>
    mentions.links
      .filter((link) => link.from === id && ctx.exists(link.to, stated))
      .map((link: EntityLink) => ({
        type: link.type,
        to: link.to,
        ...(link.wording ? { wording: link.wording } : {}),
        ...(link.type === 'HOLDS_OFFICE' ? { current: true } : {}),
        ...(link.type === 'LOCATED_IN' ? { contested: false } : {}),
        evidence: ctx.quotes([link.evidence]),
      }));
  const actors: Record<string, unknown>[] = [];
  const places: Record<string, unknown>[] = [];
  const offices: Record<string, unknown>[] = [];
  for (const entity of mentions.entities.values()) {
    ctx.reserve(entity.id);
    const spans = mentions.mentions.filter((m) => m.entity === entity.id);
    ctx.record(kindOfItem(entity), entity.id, spans);
    const evidence = ctx.quotes(spans.slice(0, 3));
    const links = linksFrom(entity.id);
    const reviewed = review(entity.confidence, entity.reason);
    // Other spellings the text uses for a person or an organisation ("Truss", "NATO") find it later.
    const written = spans.filter((m) => m.form === 'surname' || m.form === 'name').map((m) => ctx.text.slice(m.start, m.end));
    const aliases = entity.kind === 'Person' || entity.kind === 'Organisation'
      ? [...new Set([...entity.aliases, ...written])].filter((alias) => nameKey(alias) !== nameKey(entity.name))
      : entity.aliases;
    if (entity.kind === 'Office') {
      offices.push({ id: entity.id, title: entity.name, evidence, links, review: reviewed });
    } else if (entity.kind === 'Place') {
      places.push({ id: entity.id, name: entity.name, aliases, placeKind: entity.placeKind ?? 'CITY', ...(entity.wikidata ? { wikidata: entity.wikidata } : {}), evidence, links, review: reviewed });
    } else {
      actors.push({
        id: entity.id, kind: entity.kind, name: entity.name, aliases, ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
        ...(entity.iso3 && entity.kind === 'Country' ? { actorCode: entity.iso3 } : {}), named: entity.named,
        ...(entity.kind === 'Country' && entity.iso2 ? { iso2: entity.iso2 } : {}), ...(entity.kind === 'Country' && entity.iso3 ? { iso3: entity.iso3 } : {}),
        ...(entity.orgKind && entity.kind === 'Organisation' ? { orgKind: entity.orgKind } : {}), evidence, links, review: reviewed,
      });
    }
  }
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a['id']).localeCompare(String(b['id']));
  return { actors: actors.sort(byId), places: places.sort(byId), offices: offices.sort(byId) };
}
