import type { StartupStatus } from '../startup/progress.js';

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from files and error messages, made inert in HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => escapes[char]!);

/** How often the page asks again: a start moves in seconds, and one small answer costs nothing. */
export const refreshSeconds = 1;

/**
 * What a browser gets at any page while the server starts: the step in words, reloading itself
 * every second, so the same address becomes the page asked for once the server serves it. Nothing
 * to load (no script, no stylesheet, no image): it works under the pages' content policy, and
 * on a closed network. A failed start stops reloading: the process is about to exit.
 */
export function startingPage(status: StartupStatus): string {
  const failed = status.status === 'failed';
  const heading = failed ? 'The server could not start' : 'The server is starting';
  const seconds = Math.floor(status.elapsedMs / 1000);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    ${failed ? '' : `<meta http-equiv="refresh" content="${refreshSeconds}">`}
    <title>${failed ? 'Start-up failed' : 'Starting'} · Diplomatic relations graph</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; margin: 3rem auto; max-width: 40rem; padding: 0 1rem; color: #1d2330; }
      #startup-step { font-size: 1.25rem; padding: 0.75rem 1rem; border-left: 4px solid ${failed ? '#b3261e' : '#2f6fdd'}; background: #f4f6fa; }
      .note { color: #5b6475; }
    </style>
  </head>
  <body>
    <main>
      <h1>${heading}</h1>
      <p id="startup-step" data-step="${escapeHtml(status.step.kind)}" role="status">${escapeHtml(status.message)}</p>
      <p class="note" id="startup-elapsed">${seconds} s since the server began listening.</p>
      <p class="note">${
        failed
          ? 'The reason is also in the server’s output. Fix it and run npm start again.'
          : 'This page reloads by itself every second and turns into the page you asked for once the graph is loaded and the example operations have run. The same progress, as JSON, is at <a href="/status">/status</a>.'
      }</p>
    </main>
  </body>
</html>
`;
}
