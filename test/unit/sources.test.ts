/**
 * The annotation files without a database: the committed generated files are current, quotes
 * place the same with the text as from the stored anchors, and the format speaks the schema's
 * enum values.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config.js';
import { loaderFingerprint } from '../../src/db/seed.js';
import * as format from '../../src/ingest/format.js';
import { annotationJsonSchema } from '../../src/ingest/jsonSchema.js';
import { anchorQuote, quoteSpec } from '../../src/ingest/quotes.js';
import { anchorsText, listSourceFiles, loadGroups, prepareSource } from '../../src/ingest/sources.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

const config = loadConfig({});
const files = listSourceFiles(config.sourcesDir);
const textsPresent = existsSync(path.join(config.sourceTextsDir, 'truss-lavrov.txt'));

describe('the annotation files', () => {
  it('are the article, the readout and the background', () => {
    expect(files.map((file) => path.basename(file))).toEqual(['background.yaml', 'moscow-talks-readout.yaml', 'truss-lavrov.yaml']);
  });

  it('load in an order where every reference is written first: the article and background together, then the readout', () => {
    const groups = loadGroups(files.map((file) => prepareSource(file, config.sourceTextsDir, loaderFingerprint())));
    expect(groups.map((group) => group.map((source) => source.compiled.sourceId))).toEqual([
      ['src:background', 'src:article'],
      ['src:moscow-talks-readout'],
    ]);
  });

  it('have a committed JSON Schema that matches the format (npm run sources:schema)', () => {
    expect(readFileSync(path.join(projectRoot, 'sources', 'annotation.schema.json'), 'utf8')).toBe(annotationJsonSchema());
  });

  it.skipIf(!textsPresent && !process.env['CI'])('have committed anchors that match their texts (npm run ingest -- --check)', () => {
    for (const file of files) {
      const source = prepareSource(file, config.sourceTextsDir, 'any');
      if (source.quotesFrom !== 'text') continue;
      expect(readFileSync(source.anchorsFile, 'utf8'), path.basename(source.anchorsFile)).toBe(
        anchorsText(source, String(source.compiled.source['textSha256'])),
      );
    }
  });

  it.skipIf(!textsPresent && !process.env['CI'])('place every quote the same from the stored anchors when the texts are absent', () => {
    const noTexts = mkdtempSync(path.join(os.tmpdir(), 'no-texts-'));
    for (const file of files) {
      const withText = prepareSource(file, config.sourceTextsDir, 'any');
      const withoutText = prepareSource(file, noTexts, 'any');
      expect(withoutText.quotesFrom).toBe(withText.quotesFrom === 'text' ? 'anchors' : 'none');
      const placed = (rows: typeof withText.compiled.evidence) => rows.map(({ context: _context, ...rest }) => rest);
      expect(placed(withoutText.compiled.evidence)).toEqual(placed(withText.compiled.evidence));
      // Without the text, a quote's context is what the anchors file keeps of it (see reuse).
      const kept = new Map(Object.values(withText.compiled.anchors).map((at) => [`${at[0]}-${at[1]}`, [at[2] ?? '', at[3] ?? '']]));
      expect(withoutText.compiled.evidence.map((row) => [`${row.start}-${row.end}`, [row.context.prefix, row.context.suffix]])).toEqual(
        withoutText.compiled.evidence.map((row) => [`${row.start}-${row.end}`, kept.get(`${row.start}-${row.end}`)]),
      );
      expect(withoutText.compiled.rels).toEqual(withText.compiled.rels);
    }
  });

  it.skipIf(!textsPresent && !process.env['CI'])('count as changed when their text arrives, so the loader reloads them without --force', () => {
    const noTexts = mkdtempSync(path.join(os.tmpdir(), 'no-texts-'));
    for (const file of files) {
      const withText = prepareSource(file, config.sourceTextsDir, 'any');
      const withoutText = prepareSource(file, noTexts, 'any');
      expect(prepareSource(file, config.sourceTextsDir, 'any').annotationSha256).toBe(withText.annotationSha256);
      if (withText.quotesFrom === 'text') expect(withoutText.annotationSha256, path.basename(file)).not.toBe(withText.annotationSha256);
      else expect(withoutText.annotationSha256, path.basename(file)).toBe(withText.annotationSha256);
    }
  });
});

describe('placing a quote', () => {
  const text = 'Truss met Lavrov. Lavrov met Truss in Moscow.';
  it('gives code-point offsets of words that occur once', () => {
    expect(anchorQuote(text, quoteSpec('in Moscow'))).toMatchObject({ start: 35, end: 44 });
  });
  it('refuses words that occur twice unless a prefix, suffix or occurrence says which', () => {
    expect(anchorQuote(text, quoteSpec('Lavrov'))).toBe('occurs 2 times in the text; add a prefix, a suffix or an occurrence number to say which');
    expect(anchorQuote(text, quoteSpec({ exact: 'Lavrov', prefix: 'met ' }))).toMatchObject({ start: 10, end: 16 });
    expect(anchorQuote(text, quoteSpec({ exact: 'Lavrov', occurrence: 2 }))).toMatchObject({ start: 18, end: 24 });
    expect(anchorQuote(text, quoteSpec({ exact: 'Lavrov', occurrence: 3 }))).toBe('has occurrence 3, but the words occur 2 time(s)');
  });
  it('refuses words that are not there, and quotes over the limits', () => {
    expect(anchorQuote(text, quoteSpec('in Kyiv'))).toBe('is not in the text');
    expect(anchorQuote(text, quoteSpec('one two three four five six seven eight nine ten eleven twelve thirteen'))).toBe(
      'is 13 words long; a quote is at most 12 words',
    );
    expect(anchorQuote(text, quoteSpec({ exact: 'Truss', prefix: 'Lavrov met Lavrov met ' }))).toMatch(/prefix of 22 characters; at most 16/);
  });
  it('counts a character outside the Basic Multilingual Plane as one code point', () => {
    expect(anchorQuote('🇬🇧 Truss', quoteSpec('Truss'))).toMatchObject({ start: 3, end: 8 });
  });
});

/** Values only `npm run import` writes: a dataset source and its coded events are never annotated by hand. */
const importedOnly = new Set(['DATASET', 'CODED']);

describe('the format and the GraphQL schema', () => {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const values = (name: string) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
    return type.getValues().map((value) => value.name).sort();
  };
  it.each([
    ['Status', format.statuses],
    ['TimePrecision', format.precisions],
    ['SourceKind', format.sourceKinds],
    ['OrganisationKind', format.organisationKinds],
    ['PlaceKind', format.placeKinds],
    ['MeetingMode', format.meetingModes],
    ['EventKind', format.eventKinds],
    ['ClaimKind', format.claimKinds],
    ['ClaimMode', format.claimModes],
    ['ParticipantRole', format.participantRoles],
    ['ClaimTargetRole', format.claimTargetRoles],
    ['QuantityKind', format.quantityKinds],
    ['DiscrepancyKind', format.discrepancyKinds],
  ] as const)('spell %s the same way', (name, allowed) => {
    expect([...allowed].sort()).toEqual(values(name).filter((value) => !importedOnly.has(value)));
  });
});
