import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Neo4jAuth {
  readonly username: string;
  readonly password: string;
}

/** Community edition has one kind of user: the API, Neo4j Browser and the tools all log in as it. */
export const embeddedUsername = 'neo4j';

/** Where a data folder keeps the password of its embedded Neo4j's user. */
export const passwordFile = (dataDir: string): string => path.join(dataDir, 'bolt-password');

/** What a password file must hold; Neo4j's own minimum length is 8. */
const validPassword = /^[\x21-\x7e]{8,256}$/;

export interface EmbeddedCredentials extends Neo4jAuth {
  /** The file was readable by others and has been made owner-only: the password may have been seen. */
  readonly tightened: boolean;
}

/**
 * The credentials of the embedded Neo4j of a data folder. The first use of a folder generates a
 * random password (128 bits) and keeps it in `<dataDir>/bolt-password`, readable by its owner
 * only; the Launcher makes Neo4j accept exactly that. Deleting the file gives the next start a
 * new password.
 */
export function embeddedCredentials(dataDir: string): EmbeddedCredentials {
  const file = passwordFile(dataDir);
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': two processes starting on a new folder at once both end up with the first one's file.
    writeFileSync(file, `${randomBytes(16).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  let tightened = false;
  if ((statSync(file).mode & 0o077) !== 0) {
    try {
      chmodSync(file, 0o600);
      tightened = true;
    } catch (error) {
      throw new Error(
        `${file} is readable by other users and could not be made owner-only (${(error as Error).message}); ` +
          `run chmod 600 on it as its owner, or delete it so that a new password is generated`,
        { cause: error },
      );
    }
  }
  const password = readFileSync(file, 'utf8').trim();
  if (!validPassword.test(password)) {
    throw new Error(
      `${file} must hold one password of 8 to 256 printable characters without spaces; ` +
        `delete it so that a new password is generated at the next start`,
    );
  }
  return { username: embeddedUsername, password, tightened };
}

/** The user and password alone, for a tool that logs in to a data folder's running Neo4j. */
export function embeddedAuth(dataDir: string): Neo4jAuth {
  const { username, password } = embeddedCredentials(dataDir);
  return { username, password };
}
