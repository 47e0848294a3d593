import { displayPath } from './parse.js';

/**
 * What a check says about a file that does not stop it loading: a warning (probably a mistake)
 * or a notice (a state to know of, such as a draft not yet reviewed). `--check`, `npm run ingest`
 * and the start-up loader all report them through `noticeText`, so each reads the same everywhere.
 */
export interface Notice {
  readonly level: 'warning' | 'notice';
  readonly file: string;
  readonly line: number | undefined;
  /** Where in the file, as `actors[3]`, and which item. */
  readonly at: string | undefined;
  readonly message: string;
}

export function noticeText(notice: Notice): string {
  const where = [displayPath(notice.file), notice.line ? `line ${notice.line}` : '', notice.at ?? ''].filter(Boolean).join(', ');
  return `${notice.level}: ${where}: ${notice.message}`;
}

export type NoticeListener = (notice: Notice) => void;
