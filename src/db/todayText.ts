/**
 * A read statement's text for today's view (`$asOf` null), without what only an answer as of a
 * day needs. Neo4j plans a statement once for every value of its parameters, so a statement that
 * can answer as of a day pays for that on every first run, although most questions ask about
 * today: measured on the example operations' composed statements, first runs took 53% longer
 * with the as-of checks in. The named queries keep their as-of parts in forms this drops:
 *
 * - a condition `$asOf IS NULL OR <rest>` (or with the variable `asOf`, which a statement only
 *   ever binds to `date($asOf)`), whole in parentheses or the whole of a WHERE, becomes `true`;
 * - lines from `// as of a day {` to `// }` go; a `// } today {` line between them starts
 *   commented-out lines that take their place, uncommented, up to the closing `// }`.
 *
 * Pasted into Neo4j Browser the file runs as written, the as-of parts included; with `$asOf` null
 * both texts give the same rows, which test/db/todayText.test.ts checks on every named query.
 */
export function todayText(text: string): string {
  return tidy(dropOptionalConditions(dropBlocks(text)));
}

/**
 * `X AND true` is X, and a WHERE whose whole condition is `true` filters nothing: both go, so
 * the text reads as if written for today alone (and a line left empty goes with them).
 */
function tidy(text: string): string {
  return text
    .replace(/\s+AND true(?=[\s)\]}]|$)/g, '')
    .replace(/(\(|\bWHERE )true\s+AND\s+/g, '$1')
    .replace(/[ \t]*\bWHERE true(?=[\s)\]}]|$)/g, '')
    .replace(/\n[ \t]*(?=\n)/g, '');
}

const open = /^\s*\/\/ as of a day \{\s*$/;
const otherwise = /^\s*\/\/ \} today \{\s*$/;
const close = /^\s*\/\/ \}\s*$/;

function dropBlocks(text: string): string {
  const out: string[] = [];
  let state: 'outside' | 'asOf' | 'today' = 'outside';
  text.split('\n').forEach((line, index) => {
    const where = `line ${index + 1}`;
    if (open.test(line)) {
      if (state !== 'outside') throw new Error(`${where}: "// as of a day {" inside another as-of block`);
      state = 'asOf';
    } else if (otherwise.test(line)) {
      if (state !== 'asOf') throw new Error(`${where}: "// } today {" outside an as-of block`);
      state = 'today';
    } else if (close.test(line) && state !== 'outside') {
      state = 'outside';
    } else if (state === 'today') {
      const uncommented = /^(\s*)\/\/ ?(.*)$/.exec(line);
      if (!uncommented) throw new Error(`${where}: the lines after "// } today {" must be comments`);
      out.push(`${uncommented[1]}${uncommented[2]}`);
    } else if (state === 'outside') {
      out.push(line);
    }
  });
  if (state !== 'outside') throw new Error('an as-of block is not closed with "// }"');
  return out.join('\n');
}

const condition = /(\(|\bWHERE )\$?asOf IS NULL OR /g;
/** Words that start a clause: a WHERE's condition ends before them. */
const clauseWords = /^(RETURN|WITH|MATCH|OPTIONAL|CALL|UNWIND|ORDER|UNION|SKIP|LIMIT|CREATE|MERGE|SET|DELETE|DETACH|REMOVE|FOREACH)\b/;

function dropOptionalConditions(text: string): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(condition)) {
    if (match.index! < from || inComment(text, match.index!)) continue;
    const parenthesised = match[1] === '(';
    const end = conditionEnd(text, match.index! + match[0].length, parenthesised);
    out += text.slice(from, match.index!) + (parenthesised ? 'true' : 'WHERE true');
    from = parenthesised ? end + 1 : end;
  }
  return out + text.slice(from);
}

/**
 * Where the condition started at `start` ends: at the parenthesis closing it, or (for a WHERE's)
 * before a bracket closing what holds the WHERE or a clause word; strings and comments
 * skipped (a condition may go on after a comment).
 */
function conditionEnd(text: string, start: number, parenthesised: boolean): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) break;
      i = lineEnd;
    } else if (c === "'" || c === '"') {
      const closing = text.indexOf(c, i + 1);
      if (closing < 0) break;
      i = closing;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        if (parenthesised && c !== ')') break;
        return parenthesised ? i : trimmedEnd(text, start, i);
      }
      depth--;
    } else if (!parenthesised && depth === 0 && /\s/.test(c) && clauseWords.test(text.slice(i + 1, i + 12))) {
      return trimmedEnd(text, start, i);
    }
  }
  if (!parenthesised) return trimmedEnd(text, start, text.length);
  throw new Error(`no closing parenthesis for the as-of condition at: ${text.slice(start, start + 60)}`);
}

function inComment(text: string, index: number): boolean {
  return text.slice(text.lastIndexOf('\n', index) + 1, index).includes('//');
}

/** The end of the condition without the whitespace before what follows it. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
