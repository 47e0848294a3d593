/**
 * The drafter on texts it was not built from (test/draft/dev/): the people it must name, the
 * meetings with their exact participants, roles, status, place and time, and the time
 * expressions resolved against the publication. The known graph is empty, as for a new source.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftSource } from '../../src/draft/index.js';
import { devTexts } from './dev/meetings.expected.js';

const dir = path.join(import.meta.dirname, 'dev');

type Row = Record<string, any>;

describe('the drafter on the development set: actors, meetings, times', () => {
  for (const dev of devTexts) {
    const text = readFileSync(path.join(dir, dev.file), 'utf8');
    const { annotation } = draftSource({ text, published: dev.published, file: dev.file }, []);
    const meetings = (annotation.meetings ?? []) as Row[];
    const roles = (m: Row) => Object.fromEntries((m['participants'] as Row[]).map((p) => [p['actor'], p['role']]));
    const placeOf = (m: Row) => (m['links'] as Row[] | undefined)?.find((l) => l['type'] === 'TAKES_PLACE_IN')?.['to'];

    it(`${dev.file}: names the people`, () => {
      const ids = (annotation.actors ?? []).map((a) => a.id);
      for (const person of dev.people) expect(ids, person).toContain(person);
    });

    dev.meetings.forEach((want, i) => {
      it(`${dev.file}: meeting ${i + 1} (${want.status}, ${Object.keys(want.participants).filter((p) => p.startsWith('person:')).join(' + ')})`, () => {
        const wanted = Object.keys(want.participants).filter((p) => p.startsWith('person:')).sort().join();
        // Two trips of the same people (one after the other) are told apart by their place.
        const same = meetings.filter((m) => Object.keys(roles(m)).filter((p) => p.startsWith('person:')).sort().join() === wanted && m['status'] === want.status);
        const found = same.find((m) => !want.place || placeOf(m) === want.place) ?? same[0];
        expect(found, `no ${want.status} meeting of ${wanted}; drafted: ${JSON.stringify(meetings.map((m) => [m['status'], roles(m)]))}`).toBeDefined();
        expect(roles(found!)).toEqual(want.participants);
        if (want.mode) expect(found!['mode']).toBe(want.mode);
        if (want.place) expect(placeOf(found!)).toBe(want.place);
        if (want.time) expect({ start: found!['time']['start'], end: found!['time']['end'], precision: found!['time']['precision'] }).toEqual(want.time);
      });
    });

    if (dev.absent) {
      it(`${dev.file}: drafts no meeting the text does not report`, () => {
        for (const no of dev.absent!) {
          const wrong = meetings.filter((m) => no.participants.every((p) => p in roles(m)) && (!no.status || m['status'] === no.status));
          expect(wrong.map((m) => m['id'])).toEqual([]);
        }
      });
    }

    it(`${dev.file}: resolves the time expressions`, () => {
      const times = new Map<string, unknown>();
      const walk = (v: unknown) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          const o = v as Row;
          if (typeof o['text'] === 'string' && 'precision' in o) times.set(o['text'], [o['start'] ?? null, o['end'] ?? null, o['precision']]);
          Object.values(o).forEach(walk);
        }
      };
      walk(annotation);
      const { findTimes } = timesModule;
      const all = new Map(findTimes(text, splitSentences(text), { start: dev.published.start, end: dev.published.end ?? dev.published.start }).map((t) => [t.text, [t.startDay ?? null, t.endDay ?? null, t.precision]]));
      for (const [words, want] of Object.entries(dev.times)) expect(all.get(words) ?? times.get(words), words).toEqual(want);
    });
  }
});

import * as timesModule from '../../src/draft/times.js';
import { splitSentences } from '../../src/draft/sentences.js';
