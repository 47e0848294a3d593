// cytoscape-fcose ships no types: the extension registers the 'fcose' layout (options in layout.ts).
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
