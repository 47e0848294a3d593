import { nameKey } from '../db/nameKey.js';
import type { Entity, EntityKind, EntityLink, Mention, MentionForm, Mentions, Span } from './document.js';
import { resolveName, type KnownIndex } from './resolve.js';

export interface EntityDraft {
  readonly kind: EntityKind;
  readonly name: string;
  /** The id to propose when the known graph has no such node. */
  readonly proposedId: string;
  readonly aliases?: readonly string[];
  readonly iso2?: string;
  readonly iso3?: string;
  readonly orgKind?: string;
  readonly placeKind?: Entity['placeKind'];
  readonly named?: boolean;
  readonly confidence: number;
  readonly reason?: string;
  readonly country?: string;
}

/**
 * Collects entities and their mentions: the same thing named twice is one entity (by id, after
 * resolving to the known graph), and two mentions of one span keep the first (the stages run
 * from most to least specific).
 */
export class EntityTable {
  private readonly entities = new Map<string, Entity>();
  private readonly mentions: Mention[] = [];
  private readonly nested: Mention[] = [];
  private readonly links: EntityLink[] = [];
  private readonly linkKeys = new Set<string>();

  constructor(private readonly index: KnownIndex) {}

  add(draft: EntityDraft): Entity {
    const names = [draft.name, ...(draft.aliases ?? [])];
    const known = this.index.byId.get(draft.proposedId) ?? resolveName(this.index, draft.kind, names);
    const id = known?.id ?? draft.proposedId;
    const existing = this.entities.get(id);
    if (existing) {
      const aliases = [...new Set([...existing.aliases, ...names])].filter((a) => nameKey(a) !== nameKey(existing.name));
      const merged: Entity = { ...existing, aliases, confidence: Math.max(existing.confidence, draft.confidence) };
      this.entities.set(id, merged);
      return merged;
    }
    const name = known && known.kind === draft.kind ? known.name : draft.name;
    const aliases = [...new Set(names)].filter((a) => nameKey(a) !== nameKey(name));
    const knownKind = known && (['Person', 'Country', 'Organisation', 'Group'] as const).find((k) => k === known.kind);
    const entity: Entity = {
      id,
      kind: knownKind && draft.kind !== 'Place' && draft.kind !== 'Office' ? knownKind : draft.kind,
      name,
      aliases,
      named: draft.named ?? true,
      confidence: known ? Math.max(draft.confidence, 0.9) : draft.confidence,
      ...(known ? { known } : {}),
      ...(draft.iso2 ?? known?.iso2 ? { iso2: draft.iso2 ?? known?.iso2 } : {}),
      ...(draft.iso3 ?? known?.iso3 ? { iso3: draft.iso3 ?? known?.iso3 } : {}),
      ...(known?.wikidata ? { wikidata: known.wikidata } : {}),
      ...(draft.orgKind ? { orgKind: draft.orgKind } : {}),
      ...(draft.placeKind ? { placeKind: draft.placeKind } : {}),
      ...(draft.country ? { country: draft.country } : {}),
      ...(known ? { reason: `matches ${known.id} in the graph` } : draft.reason ? { reason: draft.reason } : {}),
    };
    this.entities.set(id, entity);
    return entity;
  }

  /**
   * Records a mention unless an earlier one already covers any of its span; a nested mention (the
   * country inside "the Russian embassy") is kept inside its phrase and covers nothing itself.
   */
  mention(entity: Entity, span: Span, sentence: number, form: MentionForm, nested = false): boolean {
    if (nested) {
      this.nested.push({ entity: entity.id, start: span.start, end: span.end, sentence, form });
      return true;
    }
    if (this.covered(span)) return false;
    this.mentions.push({ entity: entity.id, start: span.start, end: span.end, sentence, form });
    return true;
  }

  covered(span: Span): boolean {
    return this.mentions.some((m) => m.start < span.end && span.start < m.end);
  }

  /** The mentions so far, in text order (nested ones included). */
  list(): Mention[] {
    return [...this.mentions, ...this.nested].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  link(link: EntityLink): void {
    const key = `${link.from}|${link.type}|${link.to}`;
    if (link.from === link.to || this.linkKeys.has(key)) return;
    this.linkKeys.add(key);
    this.links.push({ ...link, evidence: { start: link.evidence.start, end: link.evidence.end } });
  }

  linksTo(id: string, type: EntityLink['type']): boolean {
    return this.links.some((link) => link.to === id && link.type === type);
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  all(): Entity[] {
    return [...this.entities.values()];
  }

  result(): Mentions {
    return { entities: new Map(this.entities), mentions: this.list(), links: [...this.links] };
  }
}
