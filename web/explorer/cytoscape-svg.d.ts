// cytoscape-svg ships no types: the extension registers Core.svg(), which returns the picture as SVG text.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}

declare namespace cytoscape {
  interface Core {
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
