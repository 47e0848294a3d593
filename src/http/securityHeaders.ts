import type { RequestHandler } from 'express';

/**
 * Only this server's own pages may frame its pages (clickjacking); merged into each page's own
 * Content-Security-Policy, and sent alone on every other answer.
 */
export const frameAncestors = "frame-ancestors 'self'";

/**
 * Headers every answer carries: no content sniffing (a text or JSON answer is never run as a
 * script or page), and no framing by other sites, for browsers that predate frame-ancestors too.
 * Pages replace the policy with their own, which includes frameAncestors.
 */
export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.setHeader('Content-Security-Policy', frameAncestors);
    next();
  };
}
