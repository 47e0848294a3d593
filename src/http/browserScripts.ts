import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';

const plannedDir = path.join(projectRoot, 'cypher', 'planned');
const folder = { id: 'diplomatic-graph', name: 'Diplomatic graph: example operations', expanded: true };

/**
 * A script that runs before Neo4j Browser starts and puts this project's queries into its
 * favorites (kept in localStorage): the statement each example operation runs, with its
 * parameters as :param lines, so a click runs it as the API would. It also hides the Browser's
 * sample scripts, which create data and belong to another graph.
 */
export function favoritesScript(): string {
  const documents = readdirSync(plannedDir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => ({ id: `${folder.id}:${file}`, folder: folder.id, content: readFileSync(path.join(plannedDir, file), 'utf8') }));
  return `(function () {
  var ours = ${JSON.stringify(documents)};
  var folder = ${JSON.stringify(folder)};
  function stored(key) {
    try { var value = JSON.parse(localStorage.getItem('neo4j.' + key)); return Array.isArray(value) ? value : []; } catch (e) { return []; }
  }
  var documents = stored('documents').filter(function (d) { return !(d && typeof d.id === 'string' && d.id.indexOf(folder.id + ':') === 0); });
  localStorage.setItem('neo4j.documents', JSON.stringify(ours.concat(documents)));
  var folders = stored('folders').filter(function (f) { return f && f.id !== folder.id; });
  localStorage.setItem('neo4j.folders', JSON.stringify([folder].concat(folders)));
  // Neo4j's sample folders (they create example data, in another graph's terms) are hidden.
  var samples = ['Sample Scripts', 'Basic Queries', 'Example Graphs', 'Data Profiling', 'Common Procedures'];
  function hideSamples() {
    var leaves = document.querySelectorAll('div, span, h4, h5, h6, button, a');
    for (var i = 0; i < leaves.length; i++) {
      var leaf = leaves[i];
      var name = leaf.childElementCount === 0 ? (leaf.textContent || '').trim() : '';
      if (samples.indexOf(name) < 0) continue;
      // The folder's own block: the largest ancestor whose text still begins with its name.
      var block = leaf;
      while (block.parentElement && (block.parentElement.textContent || '').trim().indexOf(name) === 0) block = block.parentElement;
      if (block.style.display !== 'none') block.style.display = 'none';
    }
  }
  new MutationObserver(hideSamples).observe(document.documentElement, { childList: true, subtree: true });
})();
`;
}

/**
 * A script that runs before Neo4j Browser starts and takes the place of its outside services:
 * the Browser loads Segment analytics and the Canny feedback widget only when they are not there
 * already, so harmless stand-ins keep it from trying (the page's Content-Security-Policy would
 * refuse them anyway).
 */
export const offlineScript = `(function () {
  var noop = function () {};
  var analytics = {};
  ['trackSubmit', 'trackClick', 'trackLink', 'trackForm', 'pageview', 'identify', 'reset', 'group', 'track', 'ready', 'alias',
   'debug', 'page', 'once', 'off', 'on', 'addSourceMiddleware', 'addIntegrationMiddleware', 'setAnonymousId',
   'addDestinationMiddleware', 'load'].forEach(function (name) { analytics[name] = noop; });
  analytics.initialize = true;
  window.analytics = analytics;
  window.Canny = noop;
})();
`;

/** The Browser's index.html with this project's scripts loaded first. */
export function withProjectScripts(indexHtml: string): string {
  return indexHtml.replace('<head>', '<head><script src="project-offline.js"></script><script src="project-favorites.js"></script>');
}
