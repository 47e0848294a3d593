import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import { graphStyle } from './browserStyle.js';
import { namedQueryDocuments } from './queryFavorites.js';

const plannedDir = path.join(projectRoot, 'cypher', 'planned');
const folders = [
  { id: 'diplomatic-graph', name: 'Diplomatic graph: example operations', expanded: true },
  { id: 'diplomatic-graph-queries', name: 'Diplomatic graph: named queries', expanded: false },
];

/**
 * A script that runs before Neo4j Browser starts and puts this project's queries into its
 * favorites (kept in localStorage): the statement each example operation runs, and each named
 * query with example parameters, all with their parameters as :param lines, so a click runs
 * them as the API would. It also hides the Browser's sample scripts, which create data and
 * belong to another graph.
 */
export function favoritesScript(): string {
  const planned = readdirSync(plannedDir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => ({ id: `${folders[0]!.id}:${file}`, folder: folders[0]!.id, content: readFileSync(path.join(plannedDir, file), 'utf8') }));
  const named = namedQueryDocuments().map(({ name, content }) => ({ id: `${folders[1]!.id}:${name}`, folder: folders[1]!.id, content }));
  return `(function () {
  var ours = ${JSON.stringify([...planned, ...named])};
  var folders = ${JSON.stringify(folders)};
  var ids = folders.map(function (f) { return f.id; });
  function stored(key) {
    try { var value = JSON.parse(localStorage.getItem('neo4j.' + key)); return Array.isArray(value) ? value : []; } catch (e) { return []; }
  }
  var documents = stored('documents').filter(function (d) { return !(d && ids.indexOf(d.folder) >= 0 && typeof d.id === 'string' && d.id.indexOf(d.folder + ':') === 0); });
  localStorage.setItem('neo4j.documents', JSON.stringify(ours.concat(documents)));
  var others = stored('folders').filter(function (f) { return f && ids.indexOf(f.id) < 0; });
  localStorage.setItem('neo4j.folders', JSON.stringify(folders.concat(others)));
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

/** Where the project's guide is served, under /browser. */
export const guideFile = 'diplomatic-graph-guide.html';

/**
 * A script that runs before Neo4j Browser starts and makes it open on this graph: its style sheet
 * (captions and colours, see browserStyle.ts) and, once connected, the project's guide instead of
 * Neo4j's start frame. Both are kept in localStorage, where the Browser keeps them; an analyst's
 * own style or start command stays until this project's sheet changes.
 */
export function startScript(): string {
  const style = JSON.stringify(graphStyle);
  return `(function () {
  var style = ${style};
  var version = ${JSON.stringify(String(hash(style)))};
  function storedValue(key) { try { return JSON.parse(localStorage.getItem('neo4j.' + key)); } catch (e) { return null; } }
  if (localStorage.getItem('diplomatic-graph.grass') !== version) {
    localStorage.setItem('neo4j.grass', JSON.stringify(style));
    localStorage.setItem('diplomatic-graph.grass', version);
  }
  var guide = ':play ' + location.origin + '/browser/${guideFile}';
  var settings = storedValue('settings') || {};
  var initCmd = settings.initCmd;
  if (!initCmd || initCmd === ':play start' || initCmd.indexOf('/browser/${guideFile}') >= 0) {
    settings.initCmd = guide;
    localStorage.setItem('neo4j.settings', JSON.stringify(settings));
  }
})();
`;
}

/** A short, stable fingerprint of the style sheet, so a changed sheet replaces the stored one. */
function hash(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = (value * 31 + text.charCodeAt(i)) | 0;
  return value >>> 0;
}

/** The Browser's index.html with this project's scripts loaded first. */
export function withProjectScripts(indexHtml: string): string {
  return indexHtml.replace(
    '<head>',
    '<head><script src="project-offline.js"></script><script src="project-favorites.js"></script><script src="project-start.js"></script>',
  );
}
