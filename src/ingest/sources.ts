import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { anchorsFinder, compileAnnotation, textFinder, type CompiledSource, type StoredAnchor } from './compile.js';
import type { Annotation } from './format.js';
import type { LineOf } from './lines.js';
import { AnnotationError, assertSizeWithin, displayPath, maxSourceTextBytes, parseAnnotationWithLines, readAnnotationFile } from './parse.js';
import { unreviewedItems, type UnreviewedItem } from './review.js';

/** Bump when the loader writes the same annotation differently, so every source is reloaded. */
const loaderVersion = '3';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface PreparedSource {
  readonly compiled: CompiledSource;
  /**
   * Identifies what was loaded: the annotation, the loader's statements and version, and where
   * the quotes were placed (the text's digest, or the stored anchors'), so a text that arrives
   * after its source was loaded from anchors reloads the source, its quotes checked in it.
   */
  readonly annotationSha256: string;
  /** How the quotes were placed: in the text itself, from stored anchors, or none to place. */
  readonly quotesFrom: 'text' | 'anchors' | 'none';
  readonly anchorsFile: string;
  /** The file as validated, with its lines, for the checks that read it again. */
  readonly annotation: Annotation;
  readonly lineOf: LineOf;
  /** Items still as drafted: the loader refuses the file while there are any (review.ts). */
  readonly unreviewed: readonly UnreviewedItem[];
}

export interface StoredAnchors {
  readonly text: string;
  readonly quotes: Readonly<Record<string, StoredAnchor>>;
}

/** The annotation files of a folder, by name. */
export function listSourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => path.join(dir, file));
}

export const anchorsFileOf = (file: string): string => file.replace(/\.ya?ml$/, '.anchors.json');

/**
 * Reads, validates and compiles one annotation file. Quotes are placed in the source's text
 * when it is in the texts folder (its hash must match); otherwise in the anchors stored the last
 * time it was, so a checkout without the texts still loads the same evidence.
 */
export function prepareSource(file: string, textsDir: string, loaderFingerprint: string): PreparedSource {
  const yamlText = readAnnotationFile(file);
  const { annotation: doc, lineOf } = parseAnnotationWithLines(file, yamlText);
  const loadedFrom = (placement: string) => sha256(`${loaderVersion}\n${loaderFingerprint}\n${yamlText}${placement}`);
  const anchorsFile = anchorsFileOf(file);
  const read = { anchorsFile, annotation: doc, lineOf, unreviewed: unreviewedItems(doc, lineOf) };
  const meta = doc.source.text;
  if (!meta) return { ...read, annotationSha256: loadedFrom(''), compiled: compileAnnotation(file, doc, null, lineOf), quotesFrom: 'none' };

  const textPath = path.join(textsDir, meta.file);
  if (existsSync(textPath)) {
    assertSizeWithin(textPath, maxSourceTextBytes, 'source.text.file', file);
    const text = readFileSync(textPath, 'utf8');
    const problems: string[] = [];
    if (sha256(text) !== meta.sha256) {
      problems.push(`source.text.sha256: ${displayPath(textPath)} has SHA-256 ${sha256(text)}, not ${meta.sha256}: the text changed, so its quotes must be checked again`);
    }
    if ([...text].length !== meta.length) problems.push(`source.text.length: ${displayPath(textPath)} has ${[...text].length} code points, not ${meta.length}`);
    if (problems.length > 0) throw new AnnotationError(file, problems);
    return { ...read, annotationSha256: loadedFrom(`\ntext ${meta.sha256}`), compiled: compileAnnotation(file, doc, textFinder(text), lineOf), quotesFrom: 'text' };
  }
  if (!existsSync(anchorsFile)) {
    throw new AnnotationError(file, [
      `source.text.file: ${displayPath(textPath)} is absent and there are no stored anchors (${displayPath(anchorsFile)}); set SOURCE_TEXTS_DIR to the folder of the texts`,
    ]);
  }
  const storedText = readFileSync(anchorsFile, 'utf8');
  const stored = JSON.parse(storedText) as StoredAnchors;
  if (stored.text !== meta.sha256) {
    throw new AnnotationError(file, [`source.text.sha256: the stored anchors are for another version of the text (${stored.text})`]);
  }
  return {
    ...read,
    annotationSha256: loadedFrom(`\nanchors ${sha256(storedText)}`),
    compiled: compileAnnotation(file, doc, anchorsFinder(stored.quotes), lineOf),
    quotesFrom: 'anchors',
  };
}

/** The anchors file a source's quotes would be stored in, as text (stable, one quote a line). */
export function anchorsText(prepared: PreparedSource, textSha256: string): string {
  const lines = Object.entries(prepared.compiled.anchors).map(([key, at]) => `    ${JSON.stringify(key)}: ${JSON.stringify(at)}`);
  return `{\n  "text": ${JSON.stringify(textSha256)},\n  "quotes": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/**
 * Stores where a source's quotes were found, when they were placed in the text itself and the
 * anchors file says otherwise. Returns the file written, or null when it was already current.
 */
export function refreshAnchors(prepared: PreparedSource): string | null {
  const textSha = prepared.compiled.source['textSha256'];
  if (prepared.quotesFrom !== 'text' || typeof textSha !== 'string') return null;
  const wanted = anchorsText(prepared, textSha);
  if (existsSync(prepared.anchorsFile) && readFileSync(prepared.anchorsFile, 'utf8') === wanted) return null;
  writeFileSync(prepared.anchorsFile, wanted);
  return prepared.anchorsFile;
}

/**
 * Orders sources so that each loads after the sources whose nodes it refers to (a readout refers
 * to the meeting an article announced). Sources that refer to each other (background knowledge
 * names the article's actors; the article's own-voice claims name its publisher, known from the
 * background) form one group, loaded together in one transaction. Tarjan's algorithm gives the
 * groups in dependency order.
 */
export function loadGroups(sources: readonly PreparedSource[]): PreparedSource[][] {
  // A node several sources state is first stated by the earliest published of them: later ones
  // restate it, so they depend on that one (and never the other way round).
  const published = (source: PreparedSource) => String(source.compiled.source['publishedEnd'] ?? '9999');
  const byPublication = [...sources].sort((a, b) => published(a).localeCompare(published(b)));
  const definedBy = new Map<string, PreparedSource>();
  for (const source of byPublication) for (const node of source.compiled.nodes) if (!definedBy.has(node.id)) definedBy.set(node.id, source);
  const dependsOn = (source: PreparedSource) =>
    [...new Set([...source.compiled.references.keys()].map((id) => definedBy.get(id)).filter((other) => other && other !== source))] as PreparedSource[];

  const index = new Map<PreparedSource, number>();
  const low = new Map<PreparedSource, number>();
  const stack: PreparedSource[] = [];
  const groups: PreparedSource[][] = [];
  const connect = (source: PreparedSource) => {
    index.set(source, index.size);
    low.set(source, index.get(source)!);
    stack.push(source);
    for (const other of dependsOn(source)) {
      if (!index.has(other)) {
        connect(other);
        low.set(source, Math.min(low.get(source)!, low.get(other)!));
      } else if (stack.includes(other)) {
        low.set(source, Math.min(low.get(source)!, index.get(other)!));
      }
    }
    if (low.get(source) === index.get(source)) {
      const group: PreparedSource[] = [];
      let member: PreparedSource;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== source);
      groups.push(group.sort((a, b) => a.compiled.file.localeCompare(b.compiled.file)));
    }
  };
  for (const source of sources) if (!index.has(source)) connect(source);
  return groups;
}
