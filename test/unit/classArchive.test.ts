import { mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveKey, classArchive } from '../../src/db/classArchive.js';
import { silentLogger } from '../../src/logger.js';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A class path of a launcher jar and a folder of jars, and an empty archive folder. */
function setUp() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'class-archive-'));
  scratch.push(root);
  const lib = path.join(root, 'lib');
  const launcher = path.join(root, 'launcher.jar');
  writeFileSync(launcher, 'launcher');
  mkdirSync(lib);
  writeFileSync(path.join(lib, 'neo4j.jar'), 'neo4j');
  return { dir: path.join(root, 'cds'), lib, classpath: [launcher, path.join(lib, '*')] };
}

const option = (options: readonly string[], name: string) => options.find((entry) => entry.startsWith(`-XX:${name}=`))?.split('=')[1];

describe('the class archive of the embedded JVM', () => {
  it('is written by the first start, at its clean exit, and mapped, checksums verified, by the next', () => {
    const { dir, classpath } = setUp();
    const first = classArchive(dir, classpath, silentLogger);
    expect(first.writing).toBe(true);
    const partial = option(first.jvmOptions, 'ArchiveClassesAtExit')!;
    expect(path.dirname(partial)).toBe(dir);
    // Another start meanwhile goes without: one writer at a time.
    expect(classArchive(dir, classpath, silentLogger)).toMatchObject({ writing: false, jvmOptions: [] });
    writeFileSync(partial, 'x'.repeat(1234));
    first.settle(0);
    const key = archiveKey(classpath);
    expect(readdirSync(dir)).toEqual([`${key}-1234.jsa`]);
    const next = classArchive(dir, classpath, silentLogger);
    expect(next.writing).toBe(false);
    expect(next.using).toBe(path.join(dir, `${key}-1234.jsa`));
    expect(option(next.jvmOptions, 'SharedArchiveFile')).toBe(next.using);
    expect(next.jvmOptions).toContain('-XX:+VerifySharedSpaces');
    expect(next.jvmOptions).toContain('-Xlog:cds*=off');
  });

  it('keeps nothing a JVM that did not exit cleanly wrote, and lets the next start try again', () => {
    const { dir, classpath } = setUp();
    const first = classArchive(dir, classpath, silentLogger);
    writeFileSync(option(first.jvmOptions, 'ArchiveClassesAtExit')!, 'half');
    first.settle(null);
    expect(readdirSync(dir)).toEqual([]);
    expect(classArchive(dir, classpath, silentLogger).writing).toBe(true);
  });

  it('throws away an archive cut short and writes it again, since the JVM would crash mapping it', () => {
    const { dir, classpath } = setUp();
    const first = classArchive(dir, classpath, silentLogger);
    writeFileSync(option(first.jvmOptions, 'ArchiveClassesAtExit')!, 'x'.repeat(100));
    first.settle(0);
    const [archive] = readdirSync(dir);
    truncateSync(path.join(dir, archive!), 40);
    const next = classArchive(dir, classpath, silentLogger);
    expect(next.using).toBeUndefined();
    expect(next.writing).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.jsa'))).toEqual([]);
  });

  it('takes over the claim of a start that died without exiting cleanly', () => {
    const { dir, classpath } = setUp();
    classArchive(dir, classpath, silentLogger);
    // The claim names its holder: one that no longer runs holds nothing.
    writeFileSync(path.join(dir, `${archiveKey(classpath)}.lock`), '999999999');
    expect(classArchive(dir, classpath, silentLogger).writing).toBe(true);
  });

  it('is named for the jars: a changed jar makes a new archive and the old one goes', () => {
    const { dir, lib, classpath } = setUp();
    const first = classArchive(dir, classpath, silentLogger);
    writeFileSync(option(first.jvmOptions, 'ArchiveClassesAtExit')!, 'old');
    first.settle(0);
    const before = archiveKey(classpath);
    const jar = path.join(lib, 'neo4j.jar');
    writeFileSync(jar, 'neo4j, next version');
    utimesSync(jar, new Date(), new Date(Date.now() + 5000));
    expect(archiveKey(classpath)).not.toBe(before);
    const next = classArchive(dir, classpath, silentLogger);
    expect(next.writing).toBe(true);
    expect(readdirSync(dir)).toEqual([`${archiveKey(classpath)}.lock`]);
  });

  it('never stops a start: a class path or folder it cannot read means a start without one', () => {
    const { dir } = setUp();
    const missing = classArchive(dir, [path.join(dir, 'gone.jar')], silentLogger);
    expect(missing).toMatchObject({ jvmOptions: [], writing: false });
    expect(() => missing.settle(0)).not.toThrow();
  });
});
