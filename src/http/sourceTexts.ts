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

interface Parsed {
  /** The file as it was read: a file whose text differs is parsed again. */
  readonly yaml: string;
  readonly source: { readonly id: string; readonly text: TextMeta | null } | null;
}

/**
 * Each source's text, by source id, as the annotation files of the folder name them now: a
 * source added (and ingested) while the server runs is served at once. Each file is read on every
 * call (a few kB) but parsed again only when it changed; one that does not parse names no text
 * (the loader refuses it too).
 */
function textsBySource(sourcesDir: string): () => Map<string, TextMeta> {
  const parsed = new Map<string, Parsed>();
  return () => {
    const files = listSourceFiles(sourcesDir);
    const texts = new Map<string, TextMeta>();
    for (const file of files) {
      let yaml: string;
      try {
        yaml = readAnnotationFile(file);
      } catch {
        continue;
      }
      let entry = parsed.get(file);
      if (entry?.yaml !== yaml) {
        let source: Parsed['source'] = null;
        try {
          const doc = parseAnnotation(file, yaml).source;
          source = { id: doc.id, text: doc.text ? { file: doc.text.file, sha256: doc.text.sha256 } : null };
        } catch {
          // Not a source (yet): the checks and the loader say why.
        }
        entry = { yaml, source };
        parsed.set(file, entry);
      }
      if (entry.source?.text) texts.set(entry.source.id, entry.source.text);
    }
    for (const file of parsed.keys()) if (!files.includes(file)) parsed.delete(file);
    return texts;
  };
}

/** A text's file name names a file of the texts folder itself, never one elsewhere. */
const plainFileName = (name: string): boolean => name === path.basename(name) && name !== '.' && name !== '..' && !name.includes('\\');

/**
 * Serves each source's text at /sources/<id>/text, read from the texts folder (never the
 * repository, which holds only short quotes), so an analyst can follow an evidence's offsets:
 * `start` and `end` count code points in exactly this text. Only a text an annotation file of
 * the sources folder names is served; one that is absent, or not the one the offsets were placed
 * in (its SHA-256 differs), is not.
 */
export function sourceTextRoutes(sourcesDir: string, textsDir: string): Router {
  const router = express.Router();
  const currentTexts = textsBySource(sourcesDir);
  router.get('/sources/:id/text', (req, res) => {
    const id = String(req.params['id']);
    const texts = currentTexts();
    const meta = texts.get(id);
    if (!meta) {
      sendGraphQLError(res, 404, ErrorCode.NotFound, `No source with a text has the id ${id}; the sources with one are ${[...texts.keys()].join(', ')}.`);
      return;
    }
    if (!plainFileName(meta.file)) {
      sendGraphQLError(res, 404, ErrorCode.NotFound, `The text of ${id} is not a file of this server's texts folder (SOURCE_TEXTS_DIR).`);
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
