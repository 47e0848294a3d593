/**
 * From a new text to answers: a news text written for this test (not one of the sources) is
 * drafted with `draftSource`, its items accepted as drafted (`--accept-drafts`), the YAML and
 * the text written to folders of their own, loaded with `npm run ingest` into a Neo4j of this
 * file's own (the repository's sources first, as the graph the drafter resolves names against),
 * and asked for through the API: the meeting with its participants and status, the claims with
 * their speakers, and the quotes, each with its place in the text.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { applySeed } from '../../src/db/seed.js';
import { draftSource, knownFromSources } from '../../src/draft/index.js';
import type { DraftResult } from '../../src/draft/types.js';
import { askApi, startApiServer, type ApiServer } from '../support/apiServer.js';
import { seedOptions } from '../support/neo4j.js';
import { runIngest, startScratchNeo4j, type ScratchNeo4j } from '../support/scratchNeo4j.js';

// Our own words: a plausible meeting that did not take place as told here.
const text = `Baerbock and Kuleba hold talks in Berlin
Germany pledges €200m in humanitarian aid for Ukraine

Annalena Baerbock, Germany's foreign minister, met Dmytro Kuleba, Ukraine's foreign minister, in Berlin on Tuesday 14 March 2023.

The talks at the German foreign office lasted about three hours and covered air defence, the repair of Ukraine's power grid and the next round of sanctions against Russia.

Speaking at a joint press conference afterwards, Baerbock said: "Germany will stand by Ukraine for as long as it takes."

She announced that Germany would provide a further €200m in humanitarian aid for Ukraine this year, most of it for generators and repairs to substations damaged by Russian missile strikes.

Kuleba thanked his host for the aid and urged the European Union to speed up its deliveries of artillery ammunition to Ukraine. He said the coming weeks would decide whether Ukraine could launch a counteroffensive in the spring.

Russia's foreign ministry did not comment on the talks.`;

const sourceId = 'src:baerbock-kuleba-berlin-talks';
const textFile = 'baerbock-kuleba-berlin-talks.txt';
const quote = 'Germany will stand by Ukraine for as long as it takes.';

interface Evidence {
  readonly exact: string;
  readonly start: number;
  readonly end: number;
}
interface ActorRef {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}
interface MeetingAnswer {
  readonly id: string;
  readonly status: string;
  readonly time: { readonly start: string | null; readonly end: string | null; readonly precision: string };
  readonly participants: readonly { readonly role: string; readonly actor: ActorRef }[];
  readonly evidence: readonly Evidence[];
}
interface ClaimAnswer {
  readonly id: string;
  readonly mode: string;
  readonly status: string;
  readonly speakers: readonly ActorRef[];
  readonly evidence: readonly Evidence[];
}
interface SourceAnswer {
  readonly source: {
    readonly kind: string;
    readonly meetings: { readonly nodes: readonly MeetingAnswer[] };
    readonly claims: { readonly nodes: readonly ClaimAnswer[] };
  } | null;
}

const sourceQuery = `query DraftedSource($id: ID!) {
  source(id: $id) {
    kind
    meetings: supports(kinds: [MEETING], first: 50) {
      nodes { ... on Meeting { id status time { start end precision } participants { role actor { id name kind } } evidence { exact start end } } }
    }
    claims: supports(kinds: [CLAIM], first: 50) {
      nodes { ... on Claim { id mode status speakers { id name kind } evidence { exact start end } } }
    }
  }
}`;

let db: ScratchNeo4j;
let api: ApiServer;
let work: string;
let drafted: DraftResult;
let answer: NonNullable<SourceAnswer['source']>;

const graphql = <Data>(query: string, variables: Record<string, unknown>): Promise<Data> => askApi<Data>(api, query, variables);

/** The words at an evidence's place in the text (code points; the text is all in the BMP). */
const at = (evidence: Evidence) => [...text].slice(evidence.start, evidence.end).join('');
const people = (actors: readonly ActorRef[]) => [...new Set(actors.filter((a) => a.kind === 'PERSON').map((a) => a.name))].sort();

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'diplomatic-graph-draft-e2e-'));
  const sourcesDir = path.join(work, 'sources');
  const textsDir = path.join(work, 'texts');
  mkdirSync(sourcesDir);
  mkdirSync(textsDir);
  writeFileSync(path.join(textsDir, textFile), text);

  const config = loadConfig({});
  const known = await Promise.resolve(knownFromSources(config.sourcesDir, config.sourceTextsDir));
  drafted = draftSource(
    { text, published: { start: '2023-03-14' }, id: sourceId, kind: 'ARTICLE', title: 'Baerbock and Kuleba hold talks in Berlin', publisher: 'Test wire', file: textFile },
    known,
  );
  const draftFile = path.join(sourcesDir, 'baerbock-kuleba-berlin-talks.yaml');
  writeFileSync(draftFile, drafted.yaml);

  db = await startScratchNeo4j();
  // The repository's sources first, in process as start-up loads them: the draft refers to the
  // nodes it resolved names to.
  await applySeed(seedOptions({}, db.driver));
  const load = await runIngest(db, [draftFile, '--accept-drafts'], { env: { SOURCES_DIR: sourcesDir, SOURCE_TEXTS_DIR: textsDir } });
  if (load.code !== 0) throw new Error(`npm run ingest -- <draft> --accept-drafts failed (${load.code}):\n${load.stdout}${load.stderr}\n--- draft:\n${drafted.yaml}`);

  api = await startApiServer({}, db.driver);
  const data = await graphql<SourceAnswer>(sourceQuery, { id: sourceId });
  if (!data.source) throw new Error(`${sourceId} is not in the graph after ingest`);
  answer = data.source;
}, 300_000);

afterAll(async () => {
  await api?.close();
  await db?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a new text, drafted, accepted, ingested and asked for', () => {
  it('drafts the file the ingest loads, with the source as given', () => {
    expect(drafted.annotation.source).toMatchObject({ id: sourceId, kind: 'ARTICLE', text: { file: textFile, length: [...text].length } });
    expect(readFileSync(path.join(work, 'sources', 'baerbock-kuleba-berlin-talks.yaml'), 'utf8')).toBe(drafted.yaml);
    expect(answer.kind).toBe('ARTICLE');
  });

  it('finds the Berlin meeting: the two ministers, Baerbock hosting, held on 14 March 2023', () => {
    const held = answer.meetings.nodes.filter((m) => people(m.participants.map((p) => p.actor)).join() === 'Annalena Baerbock,Dmytro Kuleba');
    expect(held).toHaveLength(1);
    const [meeting] = held;
    expect(meeting!.status).toBe('OCCURRED');
    const roles = meeting!.participants.filter((p) => p.actor.kind === 'PERSON').map((p) => `${p.actor.name}: ${p.role}`);
    expect(roles.sort()).toEqual(['Annalena Baerbock: HOST', 'Dmytro Kuleba: VISITOR']);
    expect(meeting!.time).toMatchObject({ start: '2023-03-14', end: '2023-03-14', precision: 'DAY' });
    for (const evidence of meeting!.evidence) expect(at(evidence)).toBe(evidence.exact);
    expect(meeting!.evidence.length).toBeGreaterThan(0);
  });

  it('finds Baerbock’s claim with her direct quote, placed where the text has it', () => {
    const hers = answer.claims.nodes.filter((c) => people(c.speakers).join() === 'Annalena Baerbock');
    const quoted = hers.filter((c) => c.evidence.some((e) => e.exact.includes('stand by Ukraine for as long as it takes')));
    expect(quoted).toHaveLength(1);
    const [claim] = quoted;
    expect(claim!.status).toBe('OCCURRED');
    expect(claim!.mode).toBe('DIRECT_QUOTE');
    const words = claim!.evidence.find((e) => e.exact.includes('stand by Ukraine'))!;
    expect(at(words)).toBe(words.exact);
    // The quoted sentence's place, counted in code points as the API counts.
    const quoteStart = [...text.slice(0, text.indexOf(quote))].length;
    expect(words.start).toBeLessThanOrEqual(quoteStart + 'Germany will '.length);
    expect(words.end).toBeGreaterThanOrEqual(quoteStart + quote.length - 1);
  });

  it('finds Kuleba’s claims as his, and no claim the text does not attribute to a minister', () => {
    const his = answer.claims.nodes.filter((c) => people(c.speakers).join() === 'Dmytro Kuleba');
    expect(his.length).toBeGreaterThanOrEqual(1);
    const speakers = new Set(answer.claims.nodes.flatMap((c) => people(c.speakers)));
    expect([...speakers].sort()).toEqual(['Annalena Baerbock', 'Dmytro Kuleba']);
    for (const claim of answer.claims.nodes) for (const evidence of claim.evidence) expect(at(evidence)).toBe(evidence.exact);
  });

  it('keeps the figures: €200m of aid and talks of about three hours', async () => {
    const rows = await db.read<{ value: number; kind: string; currency: string | null; unit: string }>(
      `MATCH (q:Quantity)-[:SUPPORTED_BY]->(:Source {id: $id})
       RETURN q.value AS value, q.quantityKind AS kind, q.currency AS currency, q.unit AS unit`,
      { id: sourceId },
    );
    expect(rows).toContainEqual(expect.objectContaining({ value: 200_000_000, kind: 'MONEY', currency: 'EUR' }));
    expect(rows.filter((row) => row.kind === 'DURATION').map((row) => [row.value, row.unit.replace(/s$/, '')])).toEqual([[3, 'hour']]);
  });
});
