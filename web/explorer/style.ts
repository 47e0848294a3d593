import type { StylesheetJson } from 'cytoscape';
import { h } from '../common/dom.js';
import { statusColour, statusLabel, statuses } from '../common/status.js';
import type { NodeKind } from './graph.js';
import { nodeFontSize } from './layout.js';

/**
 * Actors and places by colour and shape; meetings, events and claims by shape, filled with their
 * status's colour. (Cytoscape 3.34's plain 'diamond' misses clicks on its own centre: hence round-diamond.)
 */
export const kinds: { kind: NodeKind; label: string; shape: string; colour: string | null }[] = [
  { kind: 'person', label: 'person', shape: 'ellipse', colour: '#f0e442' },
  { kind: 'country', label: 'country', shape: 'round-octagon', colour: '#8c6bb1' },
  { kind: 'organisation', label: 'organisation', shape: 'round-rectangle', colour: '#9fb3c8' },
  { kind: 'group', label: 'group', shape: 'barrel', colour: '#c7b299' },
  { kind: 'place', label: 'place', shape: 'round-tag', colour: '#a6761d' },
  { kind: 'meeting', label: 'meeting', shape: 'round-diamond', colour: null },
  { kind: 'event', label: 'event', shape: 'round-triangle', colour: null },
  { kind: 'claim', label: 'claim', shape: 'round-rectangle', colour: null },
];

export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': nodeFontSize,
        'font-family': 'system-ui, sans-serif',
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        width: 22,
        height: 22,
        'background-color': '#cccccc',
        'border-width': 1,
        'border-color': '#555555',
      },
    },
    ...kinds.map((kind) => ({
      selector: `node[kind = "${kind.kind}"]`,
      style: { shape: kind.shape as 'ellipse', ...(kind.colour ? { 'background-color': kind.colour } : {}) },
    })),
    { selector: 'node[kind = "claim"]', style: { width: 18, height: 14 } },
    ...statuses.map((status) => ({ selector: `node[status = "${status}"]`, style: { 'background-color': statusColour[status] } })),
    { selector: 'node[?expanded]', style: { 'border-width': 2.5, 'border-color': '#222222' } },
    { selector: 'node.root', style: { width: 34, height: 34, 'font-size': 14, 'font-weight': 'bold', 'border-width': 4 } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#a0a0a0',
        'target-arrow-color': '#a0a0a0',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 10,
        color: '#444444',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    { selector: 'edge.path', style: { width: 3.5, 'line-color': '#d62728', 'target-arrow-color': '#d62728', color: '#b01010', 'font-size': 11, 'z-index': 10 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#d62728' } },
    { selector: 'node:selected', style: { 'overlay-color': '#0072b2', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: '.faded', style: { opacity: 0.25 } },
    // Pinned: a double border, so the analyst sees which nodes layouts leave in place.
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#0072b2' } },
    { selector: 'edge.step', style: { width: 6, 'line-color': '#0072b2', 'target-arrow-color': '#0072b2', color: '#004f7c', 'z-index': 20 } },
    { selector: 'node.step', style: { 'border-width': 5, 'border-color': '#0072b2' } },
    // Kept out by a filter, hidden one by one, or off the path being shown: not drawn (their edges neither).
    { selector: '.filtered, .hidden-node, .off-path', style: { display: 'none' } },
  ];
}

/** The legend: each kind's shape and colour, and each status's colour. */
export function legend(): HTMLElement {
  const swatch = (shape: string, colour: string) => {
    const mark = h('span', { class: `swatch shape-${shape}` });
    mark.style.background = colour;
    return mark;
  };
  return h(
    'div',
    { class: 'legend' },
    h('h3', {}, 'Kinds'),
    h('ul', {}, ...kinds.map((kind) => h('li', {}, swatch(kind.shape, kind.colour ?? '#dddddd'), kind.label))),
    h('h3', {}, 'Status (meetings, events, claims)'),
    h('ul', {}, ...statuses.map((status) => h('li', {}, swatch('ellipse', statusColour[status]), statusLabel[status]))),
    h('p', { class: 'hint' }, 'Thick border: neighbourhood loaded. Double border: pinned. Double-click a node to expand it.'),
  );
}
