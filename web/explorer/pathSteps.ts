import { h } from '../common/dom.js';
import { evidenceBlock, type EvidenceRef, type SourceRef } from '../common/evidence.js';
import type { PathAnswer, PathStep } from './model.js';

/** One hop of a drawn path: its ends in walking order, the edge that draws it, and its quotes. */
export interface StepFacts {
  step: PathStep;
  /** The edge's id in the picture (graph.ts names edges source|label|target). */
  edge: string;
  evidence: EvidenceRef[];
}

export const stepEdgeLabel = (step: Pick<PathStep, 'relationship' | 'role'>) => (step.role ? `${step.relationship} (${step.role})` : step.relationship);

export function stepEdgeId(step: PathStep): string {
  const [source, target] = step.direction === 'OUTGOING' ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
  return `${source}|${stepEdgeLabel(step)}|${target}`;
}

type PathNode = PathAnswer['connections'][number]['nodes'][number];

/**
 * The quotes behind a hop: taking part is backed by the participation's own quote (the
 * happening's where it has none); a hop to or from a claim by the claim's words; any other hop
 * touching a meeting or event by that happening's quotes. Hops between actors, places and
 * offices carry no quote of their own in the graph.
 */
function quotesFor(step: PathStep, nodes: ReadonlyMap<string, PathNode>): EvidenceRef[] {
  const ends = [nodes.get(step.from.id), nodes.get(step.to.id)];
  const claim = ends.find((node) => node?.__typename === 'Claim');
  if (claim) return claim.evidence ?? [];
  const happening = ends.find((node) => node?.__typename === 'Meeting' || node?.__typename === 'Event');
  if (!happening) return [];
  if (step.relationship === 'PARTICIPATED_IN') {
    const actor = happening.id === step.from.id ? step.to.id : step.from.id;
    const own = happening.participants?.find((participant) => participant.actor.id === actor)?.evidence ?? [];
    if (own.length) return own;
  }
  return happening.evidence ?? [];
}

/** Every path of an answer as its list of steps, in walking order. */
export function stepsOf(answer: PathAnswer): StepFacts[][] {
  return answer.connections.map((path) => {
    const nodes = new Map(path.nodes.map((node) => [node.id, node]));
    return path.steps.map((step) => ({ step, edge: stepEdgeId(step), evidence: quotesFor(step, nodes) }));
  });
}

/** The node ids of each path in walking order, for the line layout. */
export const pathNodeIds = (answer: PathAnswer): string[][] => answer.connections.map((path) => path.nodes.map((node) => node.id));

/**
 * The paths as numbered lists of steps beside the picture: "from → relation → to", the hop as a
 * sentence, then its quotes in context. Clicking a step calls `highlight` with it.
 */
export function showPathSteps(section: HTMLElement, paths: readonly StepFacts[][], sources: ReadonlyMap<string, SourceRef>, highlight: (step: StepFacts, item: HTMLElement) => void, close: () => void): void {
  const back = h('button', { type: 'button', id: 'close-path' }, 'Back to the neighbourhood');
  back.addEventListener('click', close);
  const lists = paths.map((steps, index) => {
    const items = steps.map((facts, number) => {
      const { step } = facts;
      const arrow = step.direction === 'OUTGOING' ? '→' : '←';
      const line = h(
        'button',
        { type: 'button', class: 'step-line', 'data-edge': facts.edge, title: 'Show this step in the graph' },
        h('span', { class: 'step-from' }, step.fromName),
        ` ${arrow} `,
        h('span', { class: 'step-relation' }, step.label),
        ` ${arrow} `,
        h('span', { class: 'step-to' }, step.toName),
      );
      const item = h(
        'li',
        { class: 'path-step', 'data-step': String(number + 1) },
        line,
        h('p', { class: 'step-sentence' }, step.sentence),
        ...(facts.evidence.length ? facts.evidence.map((evidence) => evidenceBlock(evidence, sources)) : [h('p', { class: 'hint' }, 'No quote on this link: it is part of the actors’ standing facts.')]),
      );
      line.addEventListener('click', () => highlight(facts, item));
      return item;
    });
    return h('section', { class: 'path' }, h('h3', {}, `Path ${index + 1} (${steps.length} steps)`), h('ol', { class: 'path-steps' }, ...items));
  });
  section.replaceChildren(h('header', { class: 'path-header' }, h('h2', {}, 'Path, step by step'), back), ...lists);
  section.hidden = false;
  section.scrollTop = 0;
}
