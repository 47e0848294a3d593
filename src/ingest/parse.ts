import path from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { projectRoot } from '../config.js';
import { annotationSchema, type Annotation } from './format.js';

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
  return issue.message;
}

/** Reads an annotation file: YAML with line numbers, validated against the annotation schema. */
export function parseAnnotation(file: string, text: string): Annotation {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new AnnotationError(file, doc.errors.map((error) => `line ${error.linePos?.[0]?.line ?? '?'}: ${error.message.split('\n')[0]}`));
  }
  const result = annotationSchema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const keyPath = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    let node: unknown = doc.getIn(keyPath, true);
    for (let depth = keyPath.length - 1; !isNode(node) && depth >= 0; depth--) node = doc.getIn(keyPath.slice(0, depth), true);
    const line = isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
    return `${line ? `line ${line}, ` : ''}${pathText(keyPath) || '(top level)'}: ${describeIssue(issue)}`;
  });
  throw new AnnotationError(file, problems);
}
