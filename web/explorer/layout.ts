import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';

export type LayoutName = 'clusters' | 'rings';

/** Node labels are drawn this size (style.ts); the picture never opens so small that they read under minLabelPx. */
export const nodeFontSize = 12;
export const minLabelPx = 11;
const readableZoom = minLabelPx / nodeFontSize;

/** Happenings on the inner ring, the actors and places they bring on the outer one. */
const ringOf = (root: string | null) => (node: NodeSingular): number =>
  node.id() === root ? 3 : ['meeting', 'event', 'claim'].includes(String(node.data('kind'))) ? 2 : 1;

/**
 * Lays out what is shown (never what filters keep out). `clusters` is fcose: force-directed with
 * a spectral start, so the groups around each expanded actor come apart; from scratch when
 * `fresh`, otherwise from where nodes are, so an expansion moves the rest little. Pinned nodes
 * stay where they were put, whichever layout runs.
 */
export function runLayout(cy: Core, name: LayoutName, fresh: boolean, root: string | null, pinned: ReadonlyMap<string, Position>): void {
  const shown = cy.elements(':visible');
  if (shown.empty()) return;
  const fixed = [...pinned].filter(([id]) => shown.getElementById(id).nonempty()).map(([nodeId, position]) => ({ nodeId, position: { ...position } }));
  if (name === 'rings') {
    shown.layout({ name: 'concentric', concentric: ringOf(root), levelWidth: () => 1, minNodeSpacing: 24, spacingFactor: 0.85, nodeDimensionsIncludeLabels: true, animate: false, fit: false }).run();
  } else {
    shown
      .layout({
        name: 'fcose',
        quality: 'proof',
        randomize: fresh,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        packComponents: false,
        nodeSeparation: 90,
        idealEdgeLength: () => 95,
        nodeRepulsion: () => 14000,
        gravity: 0.4,
        numIter: 2500,
        ...(fixed.length ? { fixedNodeConstraint: fixed } : {}),
      } as unknown as LayoutOptions)
      .run();
  }
  for (const [id, position] of pinned) cy.getElementById(id).position({ ...position });
  readableFit(cy, root);
}

/**
 * Fits what is shown, but never below the zoom at which node labels read at minLabelPx: a large
 * picture opens centred on its root at that zoom instead, and the analyst pans to the rest.
 */
export function readableFit(cy: Core, root: string | null, padding = 24): void {
  const shown = cy.elements(':visible');
  cy.fit(shown, padding);
  if (cy.zoom() >= readableZoom) return;
  const centre = root ? cy.getElementById(root) : cy.collection();
  cy.zoom(readableZoom);
  cy.center(centre.nonempty() && centre.visible() ? centre : shown);
}

/**
 * A path drawn as a line, left to right from its start: every node of a shortest path is as many
 * hops from the start on each path it lies on, so that distance is its column; nodes sharing a
 * column stack apart, far enough that labels never meet.
 */
export function pathLayout(cy: Core, paths: readonly (readonly string[])[], root: string | null): void {
  const columns = new Map<number, string[]>();
  for (const path of paths) {
    path.forEach((id, column) => {
      const ids = columns.get(column) ?? [];
      if (!ids.includes(id)) ids.push(id);
      columns.set(column, ids);
    });
  }
  const placed = new Set<string>();
  for (const [column, ids] of columns) {
    ids.forEach((id, row) => {
      if (placed.has(id)) return;
      placed.add(id);
      cy.getElementById(id).position({ x: column * 240, y: (row - (ids.length - 1) / 2) * 130 });
    });
  }
  readableFit(cy, root, 60);
}
