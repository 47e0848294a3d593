import { isNode, type Document, type LineCounter } from 'yaml';

/** A place in an annotation, as the parsed document's keys: `['meetings', 0, 'time', 'end']`. */
export type KeyPath = readonly (string | number)[];

/** The line of the file a key path starts on, or undefined (a default the file does not write). */
export type LineOf = (at: KeyPath) => number | undefined;

/**
 * Finds lines from the YAML document itself, so every message can say where to look. A path the
 * file does not spell out (a defaulted field) falls back to its nearest written parent.
 */
export function lineFinder(doc: Document, lines: LineCounter): LineOf {
  return (at) => {
    let node: unknown = doc.getIn(at, true);
    for (let depth = at.length - 1; !isNode(node) && depth >= 0; depth--) node = doc.getIn(at.slice(0, depth), true);
    return isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
  };
}

/** `line 12, ` when the line is known: the prefix of every message about a place in a file. */
export const linePrefix = (line: number | undefined): string => (line ? `line ${line}, ` : '');
