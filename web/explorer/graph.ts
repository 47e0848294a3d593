import { codedOf, type CameoRef, type Coded } from '../common/codedEvents.js';
import type { EvidenceRef } from '../common/evidence.js';
import type { TimeInterval } from '../common/time.js';
import type { ActorAnswer, ActorName, Claim, ClaimTarget, Event, HappeningAnswer, Meeting, PathAnswer, PlaceAnswer } from './model.js';

/** What the picture shows: node kinds drawn apart (shape and colour), see style.ts. */
export type NodeKind = 'person' | 'country' | 'organisation' | 'group' | 'meeting' | 'event' | 'claim' | 'place' | 'other';

export interface NodeFacts {
  id: string;
  kind: NodeKind;
  /** The short text drawn under the node. */
  label: string;
  /** The whole name, title or claim text. */
  name: string;
  status?: string;
  time?: TimeInterval;
  detail?: string;
  description?: string | null;
  aliases?: string[];
  evidence: EvidenceRef[];
  /** An imported event's dataset coding and report, which stand in for its quotes. */
  coded?: Coded;
  cameo?: CameoRef;
  /** True once the node's own neighbourhood has been loaded. */
  expanded: boolean;
  /** Lists the expansion cut short, e.g. "claims made: 20 of 31". */
  more: string[];
}

export interface EdgeFacts {
  id: string;
  source: string;
  target: string;
  /** The role or relationship written on the edge. */
  label: string;
  evidence: EvidenceRef[];
}

const actorKinds: Record<string, NodeKind> = { PERSON: 'person', COUNTRY: 'country', ORGANISATION: 'organisation', GROUP: 'group' };
const typeKinds: Record<string, NodeKind> = { Meeting: 'meeting', Event: 'event', Claim: 'claim', Place: 'place' };

function shorten(text: string, max = 48): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function mergeEvidence(into: EvidenceRef[], more: readonly EvidenceRef[]): void {
  for (const evidence of more) if (!into.some((known) => known.id === evidence.id)) into.push(evidence);
}

/** The nodes and edges drawn so far with their facts; every answer adds to it and nothing is lost. */
export class Neighbourhood {
  readonly nodes = new Map<string, NodeFacts>();
  readonly edges = new Map<string, EdgeFacts>();

  private node(id: string, kind: NodeKind, name: string, extra: Partial<NodeFacts> = {}): NodeFacts {
    let facts = this.nodes.get(id);
    if (!facts) {
      facts = { id, kind, name, label: shorten(name), evidence: [], expanded: false, more: [] };
      this.nodes.set(id, facts);
    }
    const { evidence, more, ...rest } = extra;
    Object.assign(facts, Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)));
    if (evidence) mergeEvidence(facts.evidence, evidence);
    if (more) facts.more = more;
    return facts;
  }

  private edge(source: string, target: string, label: string, evidence: readonly EvidenceRef[] = []): void {
    const id = `${source}|${label}|${target}`;
    const known = this.edges.get(id);
    if (known) mergeEvidence(known.evidence, evidence);
    else this.edges.set(id, { id, source, target, label, evidence: [...evidence] });
  }

  private actor(actor: ActorName): void {
    this.node(actor.id, actorKinds[actor.kind] ?? 'other', actor.name);
  }

  private meetingOrEvent(item: Meeting | Event, kind: 'meeting' | 'event'): void {
    this.node(item.id, kind, item.title, {
      status: item.status,
      time: item.time,
      description: item.summary,
      detail: 'eventKind' in item ? item.eventKind : item.cameo?.label,
      evidence: item.evidence,
      coded: ('eventKind' in item ? codedOf(item) : null) ?? undefined,
      cameo: item.cameo ?? undefined,
    });
    for (const participation of item.participants) {
      this.actor(participation.actor);
      this.edge(participation.actor.id, item.id, participation.role, participation.evidence);
    }
    if (item.place) {
      this.node(item.place.id, 'place', item.place.name);
      this.edge(item.id, item.place.id, 'HELD IN');
    }
  }

  private target(target: ClaimTarget['node']): void {
    const kind = target.kind ? actorKinds[target.kind] : typeKinds[target.__typename];
    const name = target.name ?? target.title ?? target.text ?? target.id;
    this.node(target.id, kind ?? 'other', name, { status: target.status });
  }

  private claim(claim: Claim): void {
    this.node(claim.id, 'claim', claim.text, { status: claim.status, time: claim.time, detail: claim.claimKind, evidence: claim.evidence });
    for (const speaker of claim.speakers) {
      this.actor(speaker);
      this.edge(speaker.id, claim.id, 'SPEAKER', claim.evidence);
    }
    for (const about of claim.about) {
      this.target(about.node);
      this.edge(claim.id, about.node.id, about.role);
    }
  }

  addActor(answer: ActorAnswer): boolean {
    const actor = answer.actor;
    if (!actor) return false;
    const lists = { meetings: actor.meetings, events: actor.events, 'claims made': actor.claimsMade, 'claims about': actor.claimsAbout };
    this.node(actor.id, actorKinds[actor.kind] ?? 'other', actor.name, {
      aliases: actor.aliases,
      description: actor.description,
      evidence: actor.evidence,
      expanded: true,
      more: Object.entries(lists)
        .filter(([, list]) => list.totalCount > list.nodes.length)
        .map(([name, list]) => `${name}: ${list.nodes.length} of ${list.totalCount} drawn`),
    });
    if (actor.country) {
      this.actor(actor.country);
      this.edge(actor.id, actor.country.id, 'COUNTRY');
    }
    for (const counterpart of actor.counterparts ?? []) {
      this.actor(counterpart);
      this.edge(actor.id, counterpart.id, 'COUNTERPART');
    }
    for (const meeting of actor.meetings.nodes) this.meetingOrEvent(meeting, 'meeting');
    for (const event of actor.events.nodes) this.meetingOrEvent(event, 'event');
    for (const claim of [...actor.claimsMade.nodes, ...actor.claimsAbout.nodes]) this.claim(claim);
    return true;
  }

  addHappening(answer: HappeningAnswer): boolean {
    const node = answer.node;
    if (!node) return false;
    if (node.__typename === 'Claim') this.claim(node);
    else {
      this.meetingOrEvent(node, node.__typename === 'Meeting' ? 'meeting' : 'event');
      for (const claim of node.claimsOn) this.claim(claim);
    }
    this.node(node.id, typeKinds[node.__typename] ?? 'other', this.nodes.get(node.id)?.name ?? node.id, { expanded: true });
    return true;
  }

  addPlace(answer: PlaceAnswer): boolean {
    const place = answer.place;
    if (!place) return false;
    this.node(place.id, 'place', place.name, { evidence: place.evidence, expanded: true });
    for (const meeting of place.meetings.nodes) this.meetingOrEvent(meeting, 'meeting');
    for (const event of place.events.nodes) this.meetingOrEvent(event, 'event');
    for (const claim of place.claimsAbout.nodes) this.claim(claim);
    return true;
  }

  /** Adds the paths' nodes and hops; returns their ids so the picture can mark them. */
  addPaths(answer: PathAnswer): { nodes: string[]; edges: string[] } {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const path of answer.connections) {
      for (const node of path.nodes) {
        this.target(node);
        nodes.add(node.id);
      }
      for (const step of path.steps) {
        const [source, target] = step.direction === 'OUTGOING' ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
        const label = step.role ? `${step.relationship} (${step.role})` : step.relationship;
        this.edge(source, target, label);
        edges.add(`${source}|${label}|${target}`);
      }
    }
    return { nodes: [...nodes], edges: [...edges] };
  }
}

/** The datasets the picture holds imported events from, for their credits. */
export function datasetsOf(graph: Neighbourhood): string[] {
  return [...graph.nodes.values()].flatMap((node) => (node.coded ? [node.coded.coding.dataset] : []));
}

/** Which expansion query a node takes, by the kind its id names (ids are `kind:slug`). */
export function expansionOf(id: string): 'actor' | 'happening' | 'place' | null {
  const prefix = id.slice(0, id.indexOf(':'));
  if (['person', 'country', 'org', 'group'].includes(prefix)) return 'actor';
  if (['meeting', 'event', 'claim'].includes(prefix)) return 'happening';
  if (prefix === 'place') return 'place';
  return null;
}
