import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedCredentials, passwordFile } from '../../src/db/credentials.js';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'credentials-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the embedded Neo4j’s password file', () => {
  it('is generated on a data folder’s first use, owner-only, and kept after', () => {
    const dir = path.join(scratch(), 'data');
    const first = embeddedCredentials(dir);
    expect(first).toEqual({ username: 'neo4j', password: expect.stringMatching(/^[0-9a-f]{32}$/), tightened: false });
    expect(statSync(passwordFile(dir)).mode & 0o777).toBe(0o600);
    expect(readFileSync(passwordFile(dir), 'utf8')).toBe(`${first.password}\n`);
    expect(embeddedCredentials(dir)).toEqual(first);
    expect(embeddedCredentials(scratch()).password).not.toBe(first.password);
  });

  it('is made owner-only when others could read it, and says so', () => {
    const dir = scratch();
    writeFileSync(passwordFile(dir), 'a-password-of-mine\n');
    chmodSync(passwordFile(dir), 0o644);
    expect(embeddedCredentials(dir)).toEqual({ username: 'neo4j', password: 'a-password-of-mine', tightened: true });
    expect(statSync(passwordFile(dir)).mode & 0o777).toBe(0o600);
  });

  it('refuses a file that holds no usable password, saying how to get a new one', () => {
    const dir = scratch();
    writeFileSync(passwordFile(dir), 'short\n', { mode: 0o600 });
    expect(() => embeddedCredentials(dir)).toThrow(
      `${passwordFile(dir)} must hold one password of 8 to 256 printable characters without spaces; delete it so that a new password is generated at the next start`,
    );
  });
});
