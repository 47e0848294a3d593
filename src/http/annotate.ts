import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type RequestHandler, type Router } from 'express';
import type { RunnerFactory } from '../context.js';
import { draftSource } from '../draft/index.js';
import type { KnownMeeting, KnownNode } from '../draft/types.js';
import { AppError, ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { checkDraftBody } from './annotateInput.js';
import { bodyErrors, sendGraphQLError } from './errorResponses.js';
import { sameOriginProblem } from './sameOrigin.js';

/** The code of a refused cross-site request (ErrorCode has none: the API itself never refuses one). */
const forbidden = 'FORBIDDEN';

/** JSON escapes non-ASCII text as \uXXXX (6 bytes a character), so the body may be six times the text's 40 000 characters. */
const bodyLimit = '256kb';

export interface AnnotateOptions {
  readonly makeRunner: RunnerFactory;
  readonly logger: Logger;
  /** The texts folder (SOURCE_TEXTS_DIR) the page may open a text from. */
  readonly textsDir: string;
}

interface KnownRow {
  id: string;
  kind: string | null;
  name: string | null;
  aliases: string[] | null;
  wikidata: string | null;
  iso2: string | null;
  iso3: string | null;
  country: string | null;
  meeting: { status: string | null; start: string | null; end: string | null; precision: string | null; participants: { actor: string; role: string }[] } | null;
}

/** What the graph already holds, as the drafter resolves names against it. */
function knownNode(row: KnownRow): KnownNode {
  return {
    id: row.id,
    kind: row.kind ?? 'Node',
    name: row.name ?? row.id,
    aliases: row.aliases ?? [],
    ...(row.wikidata ? { wikidata: row.wikidata } : {}),
    ...(row.iso2 ? { iso2: row.iso2 } : {}),
    ...(row.iso3 ? { iso3: row.iso3 } : {}),
    ...(row.country ? { country: row.country } : {}),
    ...(row.meeting ? { meeting: knownMeeting(row.meeting) } : {}),
  };
}

function knownMeeting(meeting: NonNullable<KnownRow['meeting']>): KnownMeeting {
  return {
    status: meeting.status ?? 'OCCURRED',
    ...(meeting.start ? { start: meeting.start } : {}),
    ...(meeting.end ? { end: meeting.end } : {}),
    ...(meeting.precision ? { precision: meeting.precision } : {}),
    participants: meeting.participants.filter((p) => p.actor && p.role),
  };
}

/** The text files of the texts folder, by name: the only names GET /annotate/texts/:name serves. */
export function listTexts(dir: string): { name: string; bytes: number }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && !name.startsWith('.'))
    .map((name) => ({ name, stat: statSync(path.join(dir, name), { throwIfNoEntry: false }) }))
    .filter(({ stat }) => stat?.isFile())
    .map(({ name, stat }) => ({ name, bytes: stat!.size }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A browser sends Origin with every cross-origin POST, so a request without one is a tool's
 * (curl, a script), which a page in another tab cannot be; one naming another site is refused.
 */
function foreignOrigin(req: Request): string | null {
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  return sameOriginProblem(req) ? `Only this server's own pages may ask for a draft; this request came from ${origin}.` : null;
}

/**
 * The review page's server side: a draft of a pasted text (POST /annotate/draft) and the texts
 * of the texts folder to draft from. Nothing here writes: the page downloads the reviewed YAML
 * and the CLI (npm run ingest) loads it.
 */
export function annotateRoutes({ makeRunner, logger, textsDir }: AnnotateOptions): Router {
  const router = express.Router();

  const guard: RequestHandler = (req, res, next) => {
    const problem = foreignOrigin(req);
    if (problem) return sendGraphQLError(res, 403, forbidden, problem);
    // A cross-site form can send only form and text bodies without a preflight; JSON needs one, which this route never grants.
    if (!req.is('application/json')) {
      return sendGraphQLError(res, 415, ErrorCode.UnsupportedMediaType, 'Send the draft request as JSON, with Content-Type: application/json.');
    }
    next();
  };

  const draft: RequestHandler = async (req, res, next) => {
    const checked = checkDraftBody(req.body);
    if (!checked.ok) return sendGraphQLError(res, 400, ErrorCode.BadRequest, checked.message);
    try {
      // Read once for this request: the graph may have changed since the last draft (an ingest).
      const runner = makeRunner(() => undefined, logger.child({ requestId: String(res.locals['requestId']) }));
      const known = (await runner.read<KnownRow>('knownNodes')).map(knownNode);
      const { annotation, yaml, spans } = draftSource(checked.input, known);
      res.json({ annotation, yaml, spans });
    } catch (error) {
      // The database down or slow is the client's to retry; anything else is a bug (a masked 500).
      const code = error instanceof AppError ? error.extensions['code'] : undefined;
      if (code === ErrorCode.ServiceUnavailable || code === ErrorCode.QueryTimeout) {
        return sendGraphQLError(res, 503, String(code), (error as AppError).message);
      }
      next(error);
    }
  };

  router.post('/annotate/draft', guard, express.json({ limit: bodyLimit, strict: false }), bodyErrors(), draft);

  router.get('/annotate/texts', (_req, res) => {
    res.json({ texts: listTexts(textsDir) });
  });

  router.get('/annotate/texts/:name', (req, res) => {
    const name = String(req.params['name']);
    const texts = listTexts(textsDir);
    // Only a name of the listing is joined to the folder, so no path can lead outside it.
    if (!texts.some((text) => text.name === name)) {
      const names = texts.map((text) => text.name).join(', ') || 'none';
      return sendGraphQLError(res, 404, ErrorCode.NotFound, `No text is called ${JSON.stringify(name.slice(0, 200))} in the texts folder; its texts are: ${names}.`);
    }
    res.type('text/plain; charset=utf-8').send(readFileSync(path.join(textsDir, name)));
  });

  return router;
}
