import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { projectRoot } from '../config.js';
import { annotationSchema, type Annotation } from './format.js';
import { lineFinder, linePrefix, type LineOf } from './lines.js';

/** A source that cannot be loaded; every problem names the file, the place in it and what is allowed. */
export class AnnotationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${displayPath(file)} cannot be loaded:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'AnnotationError';
  }
}

export function displayPath(file: string): string {
  const relative = path.relative(projectRoot, file);
  return relative.startsWith('..') ? file : relative;
}

/** `meetings[2].participants[0].role`, the way an analyst finds the place in the file. */
export function pathText(at: readonly PropertyKey[]): string {
  return at.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (see sources/annotation.schema.json for the fields allowed here)`;
  }
  // zod names the allowed values; the value written is what the reader looks for in the file.
  if (issue.code === 'invalid_value' && issue.input !== undefined) return `${issue.message} (got ${JSON.stringify(issue.input)})`;
  return issue.message;
}

/**
 * The largest annotation file read: the largest now is 70 kB. A file past this is a mistake
 * (a text pasted in, a generated file), and loading it would take minutes and then fail on the
 * database's memory for one transaction; it is refused here, naming the limit, before any of that.
 */
export const maxAnnotationBytes = 2 * 1024 * 1024;
/** The largest source text quotes are placed in: texts now are a few kB, a book is about 1 MB. */
export const maxSourceTextBytes = 5 * 1024 * 1024;

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Refuses a file past its limit from its size alone, before it is read. */
export function assertSizeWithin(file: string, limit: number, field: string, owner: string = file): void {
  const size = statSync(file).size;
  if (size <= limit) return;
  throw new AnnotationError(owner, [
    `${field}: ${displayPath(file)} is ${megabytes(size)}; at most ${megabytes(limit)} can be loaded. Split the source into several files, or shorten it.`,
  ]);
}

/** An annotation file's text, refused before it is read when it is over maxAnnotationBytes. */
export function readAnnotationFile(file: string): string {
  assertSizeWithin(file, maxAnnotationBytes, 'size');
  return readFileSync(file, 'utf8');
}

/** A parsed annotation with the way back to its lines, for checks made after validation. */
export interface ParsedAnnotation {
  readonly annotation: Annotation;
  readonly lineOf: LineOf;
}

/** Reads an annotation file: YAML with line numbers, validated against the annotation schema. */
export function parseAnnotation(file: string, text: string): Annotation {
  return parseAnnotationWithLines(file, text).annotation;
}

export function parseAnnotationWithLines(file: string, text: string): ParsedAnnotation {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new AnnotationError(file, doc.errors.map((error) => `line ${error.linePos?.[0]?.line ?? '?'}: ${error.message.split('\n')[0]}`));
  }
  const lineOf = lineFinder(doc, lines);
  const result = annotationSchema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return { annotation: result.data, lineOf };
  const problems = result.error.issues.map((issue) => {
    const keyPath = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    return `${linePrefix(lineOf(keyPath))}${pathText(keyPath) || '(top level)'}: ${describeIssue(issue)}`;
  });
  throw new AnnotationError(file, problems);
}
