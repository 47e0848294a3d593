import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { ErrorCode } from '../errors.js';
import { parseAnnotation, readAnnotationFile } from '../ingest/parse.js';
import { listSourceFiles } from '../ingest/sources.js';
import { sendGraphQLError } from './errorResponses.js';

interface TextMeta {
  readonly file: string;
  readonly sha256: string;
}

/** Each source's text, by source id, as its annotation file names it. */
function textsBySource(sourcesDir: string): Map<string, TextMeta> {
  const texts = new Map<string, TextMeta>();
  for (const file of listSourceFiles(sourcesDir)) {
    const { source } = parseAnnotation(file, readAnnotationFile(file));
    if (source.text) texts.set(source.id, { file: source.text.file, sha256: source.text.sha256 });
  }
  return texts;
}

/**
 * Serves each source's text at /sources/<id>/text, read from the texts folder (never the
 * repository, which holds only short quotes), so an analyst can follow an evidence's offsets:
 * `start` and `end` count code points in exactly this text. A text that is absent, or not the one
 * the offsets were placed in (its SHA-256 differs), is not served.
 */
export function sourceTextRoutes(sourcesDir: string, textsDir: string): Router {
  const router = express.Router();
  const texts = textsBySource(sourcesDir);
  router.get('/sources/:id/text', (req, res) => {
    const id = String(req.params['id']);
    const meta = texts.get(id);
    if (!meta) {
      sendGraphQLError(res, 404, ErrorCode.NotFound, `No source with a text has the id ${id}; the sources with one are ${[...texts.keys()].join(', ')}.`);
      return;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(textsDir, meta.file));
    } catch {
      sendGraphQLError(res, 404, ErrorCode.NotFound, `The text of ${id} (${meta.file}) is not in this server's texts folder (SOURCE_TEXTS_DIR).`);
      return;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== meta.sha256) {
      sendGraphQLError(res, 404, ErrorCode.NotFound, `The texts folder holds a different ${meta.file} than the one ${id}'s evidence offsets count in.`);
      return;
    }
    res.type('text/plain; charset=utf-8').send(bytes);
  });
  return router;
}
