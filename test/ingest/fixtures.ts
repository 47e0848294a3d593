import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Small annotation files written to a folder of a test's own: a background file stating two
 * people, their countries and a meeting, and a text an article file quotes. Line numbers in the
 * tests' messages count from these headers (the article's body starts on line 11).
 */
export const storyText =
  'Liz Truss met Sergei Lavrov in Moscow on 10 February. Truss’s visit was the first in five years — a “frosty” meeting.\n';

export const background = `source:
  id: src:bg
  kind: BACKGROUND
  title: Background
  published: { start: 2022-01-01, end: 2022-01-01, precision: DAY }
actors:
  - id: country:gbr
    kind: Country
    name: United Kingdom
  - id: country:rus
    kind: Country
    name: Russia
  - id: person:liz-truss
    kind: Person
    name: Liz Truss
    links:
      - { type: NATIONAL_OF, to: country:gbr }
  - id: person:sergei-lavrov
    kind: Person
    name: Sergei Lavrov
    links:
      - { type: NATIONAL_OF, to: country:rus }
meetings:
  - id: meeting:truss-lavrov-talks
    mode: TALKS
    title: Truss and Lavrov talk
    status: OCCURRED
    time: { start: 2022-02-10, end: 2022-02-10, precision: DAY }
    participants:
      - { actor: person:liz-truss, role: PARTICIPANT }
      - { actor: person:sergei-lavrov, role: PARTICIPANT }
`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The article's first ten lines: its source block, pointing at the story text. */
export const articleHeader = `source:
  id: src:story
  kind: ARTICLE
  title: A story
  published: { start: 2022-02-10, end: 2022-02-10, precision: DAY }
  text:
    file: story.txt
    length: ${[...storyText].length}
    sha256: ${sha256(storyText)}
# the body follows
`;

export interface Folder {
  readonly dir: string;
  /** Writes `article.yaml` (the header, then `body`) and returns its path. */
  article(body: string, name?: string): string;
  write(name: string, text: string): string;
}

/** A sources folder holding the background and the story text. */
export function sourcesFolder(): Folder {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'annotation-checks-'));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  write('background.yaml', background);
  write('story.txt', storyText);
  return { dir, write, article: (body, name = 'article.yaml') => write(name, articleHeader + body) };
}
