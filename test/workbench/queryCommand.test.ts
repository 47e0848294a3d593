import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { freePort } from '../support/ports.js';
import { runOperation } from '../support/operations.js';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run query -- <args>` as a terminal runs it: its own process, against the test server. */
function query(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/query.ts', ...args], { cwd: projectRoot, env: { ...process.env, GRAPHQL_URL: inject('graphqlUrl') } }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run query: an operation file from a terminal', () => {
  it('prints the answer as JSON, with the variables typed by the operation', async () => {
    const run = await query('operations/TrussMeetings.graphql', '--var', 'name=Sergei Lavrov');
    expect(run).toEqual({ code: 0, stdout: `${JSON.stringify(await runOperation('TrussMeetings', { name: 'Sergei Lavrov' }), null, 2)}\n`, stderr: '' });
  }, 30_000);

  it('prints a table with --table: one row per meeting, with the actor beside it', async () => {
    const run = await query('operations/TrussMeetings.graphql', '--var', 'name=Sergei Lavrov', '--table');
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([
      'actorsByName (2 rows)',
      'id                   | name          | meetings.totalCount | meetings.title                  | meetings.status | meetings.time.text        | meetings.time.start | meetings.time.end | meetings.time.precision | meetings.time.inferred | meetings.place.name | meetings.participants                                        | meetings.evidence',
      '---------------------|---------------|---------------------|---------------------------------|-----------------|---------------------------|---------------------|-------------------|-------------------------|------------------------|---------------------|--------------------------------------------------------------|-------------------------------------------------------------',
      'person:sergei-lavrov | Sergei Lavrov | 2                   | Boris Johnson’s visit to Moscow | OCCURRED        | December 2017             | 2017-12-01          | 2017-12-31        | MONTH                   | false                  | Moscow              | VISITOR Boris Johnson; HOST Russia; HOST Sergei Lavrov; VIS… | British foreign secretary; Moscow was Boris Johnson; Decemb…',
      'person:sergei-lavrov | Sergei Lavrov | 2                   | Truss–Lavrov talks in Moscow    | OCCURRED        | Thursday 10 February 2022 | 2022-02-10          | 2022-02-10        | DAY                     | false                  | Moscow              | VISITOR British delegation; VISITOR Liz Truss; HOST Russia;… | Truss and Lavrov hold talks in Moscow; Truss will meet Lavr…',
      '',
    ]);
  }, 30_000);

  it('says so when the file is missing (exit 2)', async () => {
    expect(await query('operations/Nope.graphql')).toEqual({ code: 2, stdout: '', stderr: 'No operation file at operations/Nope.graphql; the examples are in operations/.\n' });
  }, 30_000);

  it('says so when a variable does not fit its type (exit 2)', async () => {
    const run = await query('operations/TrussMeetings.graphql', '--var', 'nam=Lavrov');
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('the operation has no variable $nam; it takes $name: String!');
  }, 30_000);

  it('says so when no server answers (exit 1)', async () => {
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    expect(await query('operations/ActorById.graphql', '--url', url)).toEqual({
      code: 1,
      stdout: '',
      stderr: `No server answers at ${url}: start it with npm start, or point --url (or GRAPHQL_URL) at one.\n`,
    });
  }, 30_000);

  it('prints the API errors with their codes (exit 1)', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'query-')), 'Bad.graphql');
    writeFileSync(file, '{ actor(id: "person:liz-truss") { nme } }');
    expect(await query(file)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error GRAPHQL_VALIDATION_FAILED: Cannot query field "nme" on type "Actor". Did you mean "name" or "named"?\n',
    });
  }, 30_000);
});
