import type { Request, RequestHandler } from 'express';
import type { IdeMode } from '../config.js';
import { frameAncestors } from '../http/securityHeaders.js';

/** The hosts embedded Apollo Sandbox loads from: its script, and the frame it draws the IDE in. */
export const sandboxScript = 'https://embeddable-sandbox.cdn.apollographql.com/v2/embeddable-sandbox.umd.production.min.js';
export const sandboxFrameOrigin = 'https://sandbox.embed.apollographql.com';

/** Nothing but this server and the two Sandbox hosts: no fonts, analytics or other CDNs. */
const landingPolicy = [
  "default-src 'self'",
  `script-src 'self' ${new URL(sandboxScript).origin}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  `frame-src ${sandboxFrameOrigin}`,
  frameAncestors,
].join('; ');

export interface LandingOptions {
  readonly ide: IdeMode;
  /** The operation Sandbox opens with (the bundled IDE opens the same one), and its variables. */
  readonly operation: string;
  readonly document: string;
  readonly variables: Record<string, unknown>;
}

/** As Apollo decides: a browser's GET (text/html preferred over JSON) wants a page, not an answer. */
export function prefersHtml(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/** JSON inside a <script> element: no "</script>" or comment opener can end it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

function landingHtml({ operation, document, variables }: LandingOptions): string {
  const sandbox = {
    target: '#embeddableSandbox',
    initialState: { document, variables, headers: {}, includeCookies: false },
    endpointIsEditable: false,
    hideCookieToggle: true,
    // The operations analysts run here are nobody else's business: Sandbox reports nothing.
    runTelemetry: false,
    allowDynamicStyles: false,
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>GraphQL API · Diplomatic relations graph</title>
    <link rel="stylesheet" href="/ide/ide.css" />
    <!-- The bundled IDE, fetched while Sandbox loads, so a fallback opens it from the cache. -->
    <link rel="prefetch" href="/ide/main.js" />
    <link rel="prefetch" href="/ide/main.css" />
    <script type="application/json" id="sandbox-config">${scriptJson({ script: sandboxScript, operation, sandbox })}</script>
    <script type="module" src="/ide/landing.js"></script>
  </head>
  <body>
    <header class="bar">
      <a class="home" href="/">Diplomatic relations graph</a>
      <span class="title">GraphQL API</span>
      <span id="status" role="status">Loading Apollo Sandbox (telemetry off). If it cannot load within 1.5 s, the bundled IDE opens.</span>
      <nav><a href="/ide/">Bundled IDE</a> <a href="/">Index</a></nav>
    </header>
    <main id="embeddableSandbox"></main>
  </body>
</html>
`;
}

/**
 * The browser view of /graphql, outside production: Apollo Sandbox for connected analysts, loaded
 * by a small script of ours that opens the bundled IDE instead when Sandbox cannot load (the
 * script fails, or has not arrived 1.5 s after the page was asked for), so the page is never blank or a dead end.
 * With IDE=bundled, the bundled IDE straight away and nothing is asked of another host.
 */
export function graphqlLanding(options: LandingOptions): RequestHandler {
  const html = landingHtml(options);
  return (req, res, next) => {
    if (!prefersHtml(req)) return next();
    if (options.ide === 'bundled') return res.redirect(302, '/ide/');
    res.setHeader('Content-Security-Policy', landingPolicy);
    res.type('html').send(html);
  };
}
