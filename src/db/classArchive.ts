import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';

/**
 * A class-data sharing archive of the classes the embedded JVM loads (Neo4j's, the Cypher
 * planner's): mapped at start instead of each class being read from its jar, parsed and verified
 * again. The first JVM to find none writes it when it exits; later starts use it. It is named for
 * everything it depends on (the java binary, every jar on the class path), so a new JDK or new
 * jars simply get a new one. The JVM checks the archive itself and starts without it when it
 * does not match or cannot be read; it never stops a start.
 */
export interface ClassArchive {
  /** The JVM options for this start. */
  readonly jvmOptions: readonly string[];
  /** This JVM writes the archive as it exits, which takes a few seconds more. */
  readonly writing: boolean;
  /** The archive this start maps, if any. */
  readonly using?: string | undefined;
  /** Told how the JVM exited: a clean exit keeps the archive it wrote, any other discards it. */
  settle(exitCode: number | null): void;
  /** Deletes the archive this start mapped: the JVM could not start with it. */
  discard(): void;
}

export const withoutArchive: ClassArchive = { jvmOptions: [], writing: false, settle: () => {}, discard: () => {} };

/** A claim older than this is from a JVM that never exited cleanly; another may claim again. */
const staleClaimMs = 15 * 60_000;

/**
 * Its messages off (they would mix with the launcher's lines), and its checksums verified as it is
 * mapped, so a damaged archive is refused rather than crashing the JVM.
 */
const mapped = ['-Xlog:cds*=off', '-XX:+VerifySharedSpaces'];

function javaBinary(): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'java');
    try {
      return realpathSync(candidate);
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

/** The name the archive has for this JDK and these jars. */
export function archiveKey(classpath: readonly string[], java = javaBinary()): string {
  const hash = createHash('sha256');
  const identify = (file: string) => {
    const stat = statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  if (java) identify(java);
  for (const entry of classpath) {
    if (entry.endsWith('*')) {
      const dir = path.dirname(entry);
      for (const jar of readdirSync(dir).filter((name) => name.endsWith('.jar')).sort()) identify(path.join(dir, jar));
    } else identify(entry);
  }
  return hash.digest('hex').slice(0, 16);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the right to write the archive: one JVM at a time, so starts side by side do not each write one. */
function claim(lock: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx', 0o644);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
      const holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if (Number.isInteger(holder) && alive(holder) && age < staleClaimMs) return false;
      rmSync(lock, { force: true });
    }
  }
  return false;
}

/**
 * What the next JVM start does about the archive in `dir`: uses it when there is one for this
 * class path, else writes it at exit if no other start is writing it, else goes without.
 */
export function classArchive(dir: string, classpath: readonly string[], logger: Logger): ClassArchive {
  const unavailable = (error: unknown) =>
    logger.warn('class archive unavailable; the JVM starts without one', { error: error instanceof Error ? error.message : String(error) });
  let chosen: ClassArchive;
  try {
    chosen = choose(dir, classpath, logger);
  } catch (error) {
    unavailable(error);
    return withoutArchive;
  }
  // Called from the JVM's exit: a folder that went away must not become the server's crash.
  return {
    ...chosen,
    settle(exitCode) {
      try {
        chosen.settle(exitCode);
      } catch (error) {
        unavailable(error);
      }
    },
    discard() {
      try {
        chosen.discard();
      } catch (error) {
        unavailable(error);
      }
    },
  };
}

function choose(dir: string, classpath: readonly string[], logger: Logger): ClassArchive {
  const none = withoutArchive;
  const key = archiveKey(classpath);
  mkdirSync(dir, { recursive: true });
  // Named for its size too: the JVM maps an archive cut short (a full disk, a copy stopped half-way)
  // without checking, and crashes on the first page past its end.
  const whole = new RegExp(`^${key}-(\\d+)\\.jsa$`);
  for (const name of readdirSync(dir)) {
    const size = whole.exec(name)?.[1];
    if (size === undefined) continue;
    const archive = path.join(dir, name);
    if (statSync(archive).size === Number(size)) {
      return { jvmOptions: [...mapped, `-XX:SharedArchiveFile=${archive}`], writing: false, using: archive, settle: () => {}, discard: () => rmSync(archive, { force: true }) };
    }
    rmSync(archive, { force: true });
  }
  const lock = path.join(dir, `${key}.lock`);
  if (!claim(lock)) return none;
  // Archives for other jars or another JDK are of no further use, nor what a killed JVM left half-written.
  for (const name of readdirSync(dir)) if (name !== path.basename(lock)) rmSync(path.join(dir, name), { force: true });
  const partial = path.join(dir, `${key}.${process.pid}.partial`);
  rmSync(partial, { force: true });
  return {
    jvmOptions: ['-Xlog:cds*=off', `-XX:ArchiveClassesAtExit=${partial}`],
    writing: true,
    discard: () => {},
    settle(exitCode) {
      try {
        if (exitCode === 0 && existsSync(partial)) {
          const archive = path.join(dir, `${key}-${statSync(partial).size}.jsa`);
          renameSync(partial, archive);
          logger.info('class archive written; later starts of Neo4j load their classes from it', { archive });
        } else rmSync(partial, { force: true });
      } finally {
        rmSync(lock, { force: true });
      }
    },
  };
}
