/**
 * The drafter on the claims development set (test/draft/dev/claims-*.txt, texts written for it):
 * exactly the claims expected (speaker, kind, mode, the words said, the targets) and exactly the
 * quantities, and every claim's text a short sentence of the drafter's own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftSource } from '../../src/draft/index.js';
import type { Quote } from '../../src/ingest/format.js';
import { claimsCases, type ExpectedClaim } from './dev/claims.expected.js';

const dir = path.join(import.meta.dirname, 'dev');
const exact = (quote: Quote) => (typeof quote === 'string' ? quote : quote.exact);

describe('claims and quantities on unseen texts', () => {
  for (const [name, expected] of Object.entries(claimsCases)) {
    const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
    const { annotation } = draftSource({ text, published: { start: expected.published }, file: `${name}.txt` }, []);
    const said = (claim: (typeof annotation.claims)[number]) => [...claim.evidence, ...claim.reported.evidence].map(exact).join(' … ');
    const row = (claim: (typeof annotation.claims)[number]): string =>
      [claim.speakers.map((s) => s.actor).join('+'), claim.claimKind, claim.mode, claim.about.filter((a) => a.role === 'TARGET').map((a) => a.node).join('+')].join(' ');
    const expectedRow = ([speaker, kind, mode, , targets]: ExpectedClaim) => [speaker, kind, mode, targets.join('+')].join(' ');

    it(`${name}: the claims expected, each on its words`, () => {
      const drafted = annotation.claims.map((claim) => ({ row: row(claim), said: said(claim) }));
      for (const want of expected.claims) {
        // Two speakers may hold the same words ("X echoed Y's warning that…"): the one expected first.
        const found = drafted.find((d) => d.said.includes(want[3]) && d.row === expectedRow(want)) ?? drafted.find((d) => d.said.includes(want[3]));
        expect(found?.row, `a claim on “${want[3]}”`).toBe(expectedRow(want));
      }
      expect(drafted.map((d) => d.row).sort()).toEqual(expected.claims.map(expectedRow).sort());
    });

    it(`${name}: pending claims are absent or right, never another speaker's`, () => {
      for (const want of expected.pending ?? []) {
        const found = annotation.claims.filter((claim) => said(claim).includes(want[3]));
        for (const claim of found) expect(claim.speakers.map((s) => s.actor)).toEqual([want[0]]);
      }
    });

    it(`${name}: every claim's text is the drafter's own short sentence`, () => {
      for (const claim of annotation.claims) {
        const speaker = annotation.actors.find((a) => a.id === claim.speakers[0]!.actor);
        expect(claim.text).toMatch(/^\S.*[.”]$/u);
        // No dangling punctuation ("…on Tuesday,."), the speaker first whatever the source's order.
        expect(claim.text, claim.text).not.toMatch(/[,;:]\s*[.”]$|\s[,.]|,\./u);
        expect(claim.text.toLowerCase().startsWith((speaker?.name ?? '').toLowerCase()), claim.text).toBe(true);
        expect(claim.text.split(/\s+/).length).toBeLessThanOrEqual(32);
      }
    });

    it(`${name}: claims said to come are PLANNED, and only those`, () => {
      const planned = annotation.claims.filter((claim) => claim.status === 'PLANNED').map(said);
      for (const words of expected.planned ?? []) expect(planned.filter((p) => p.includes(words)), words).toHaveLength(1);
      expect(planned).toHaveLength(expected.planned?.length ?? 0);
    });

    it(`${name}: the quantities expected`, () => {
      expect(annotation.quantities.map((q) => `${q.quantityKind} ${q.value} ${q.unit}`).sort()).toEqual([...expected.quantities].sort());
    });
  }
});
