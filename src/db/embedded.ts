import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot, type EmbeddedNeo4j } from '../config.js';
import { StartupError } from '../errors.js';
import type { Logger } from '../logger.js';
import { embeddedCredentials, passwordFile, type Neo4jAuth } from './credentials.js';
import { classArchive, withoutArchive, type ClassArchive } from './classArchive.js';
import { describeCredentialsFailure, describeStartupFailure, type StartupFailure } from './embeddedFailure.js';

/** The environment cannot run the embedded database; the message says what to install. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

export interface JvmExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface RunningNeo4j {
  readonly uri: string;
  /** Bolt accepts only this user and password (kept in `<dataDir>/bolt-password`). */
  readonly auth: Neo4jAuth;
  readonly pid: number;
  /** Calls back when the JVM dies without stop() having been asked for. */
  onUnexpectedExit(listener: (exit: JvmExit) => void): void;
  /** SIGKILL to the JVM's process group, for a JVM that no longer answers; its exit counts as unexpected. */
  kill(): void;
  stop(): Promise<void>;
}

const pomPath = path.join(projectRoot, 'neo4j', 'pom.xml');
const launcherPath = path.join(projectRoot, 'neo4j', 'Launcher.java');
const READY = /^NEO4J_READY (bolt:\/\/\S+)$/;
const FAILED = /^NEO4J_FAILED (.*)$/;

function pomProperty(name: string): string {
  const match = new RegExp(`<${name.replaceAll('.', '\\.')}>([^<]+)</`).exec(readFileSync(pomPath, 'utf8'));
  if (!match?.[1]) throw new Error(`neo4j/pom.xml has no <${name}>`);
  return match[1];
}

export const pinnedNeo4jVersion = (): string => pomProperty('neo4j.version');
const pinnedBrowserVersion = (): string => pomProperty('neo4j.browser.version');

function requireTool(command: string, args: string[], install: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new EnvironmentError(
      `The embedded Neo4j needs '${command}', which was not found. Install ${install}, ` +
        `or set NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD) to use an existing Neo4j 5.26+ server.`,
    );
  }
}

/**
 * Resolves the pinned Neo4j jars from Maven Central into libDir, once. Maven writes into a
 * scratch folder that is renamed into place, so an interrupted fetch never leaves half a set.
 */
export function ensureJars(config: EmbeddedNeo4j, logger: Logger): void {
  const version = pinnedNeo4jVersion();
  const wanted = [`neo4j-${version}.jar`, `neo4j-browser-${pinnedBrowserVersion()}.jar`];
  if (wanted.every((jar) => existsSync(path.join(config.libDir, jar)))) return;
  requireTool('java', ['-version'], 'a JDK 17 or newer (Debian: apt-get install openjdk-17-jdk-headless)');
  requireTool('mvn', ['-v'], 'Maven 3 (Debian: apt-get install maven)');
  logger.info('fetching Neo4j jars from Maven Central', { version });
  const scratch = `${config.libDir}.partial`;
  rmSync(scratch, { recursive: true, force: true });
  const result = spawnSync(
    'mvn',
    [
      '-B', '-q', '-f', pomPath,
      'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies',
      '-DincludeScope=runtime', `-DoutputDirectory=${scratch}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) {
    throw new EnvironmentError(`Maven could not fetch Neo4j ${version} (exit ${result.status}); see its output above`);
  }
  rmSync(config.libDir, { recursive: true, force: true });
  mkdirSync(path.dirname(config.libDir), { recursive: true });
  renameSync(scratch, config.libDir);
  logger.info('Neo4j jars ready', { version, jars: readdirSync(config.libDir).length });
}

/**
 * Compiles the launcher once per source version, so a start does not pay for javac, into a jar:
 * the JVM's class-data sharing archives classes from jars, not from folders.
 */
function compiledLauncher(config: EmbeddedNeo4j): string {
  const source = readFileSync(launcherPath);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 12);
  const jar = path.join(path.dirname(config.libDir), 'launcher', `${hash}.jar`);
  if (!existsSync(jar)) {
    requireTool('javac', ['-version'], 'a JDK 17 or newer, not only a JRE (Debian: apt-get install openjdk-17-jdk-headless)');
    const scratch = `${jar}.partial`;
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    const result = spawnSync('javac', ['-nowarn', '-cp', path.join(config.libDir, '*'), '-d', scratch, launcherPath], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (result.status !== 0) throw new EnvironmentError(`javac could not compile ${launcherPath}`);
    const packed = spawnSync('jar', ['cf', `${jar}.new`, '-C', scratch, '.'], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (packed.status !== 0) throw new EnvironmentError(`the JDK's jar tool could not pack ${launcherPath}`);
    renameSync(`${jar}.new`, jar);
    rmSync(scratch, { recursive: true, force: true });
  }
  return jar;
}

/**
 * Starts Neo4j in a child JVM and resolves once Bolt answers. The child watches its stdin:
 * when this process dies for any reason the pipe closes and the JVM shuts the store down.
 * A start that fails, or takes longer than config.startTimeoutMs, rejects with a StartupError
 * whose one line gives the cause in Neo4j's words, and leaves no JVM behind.
 */
export async function startEmbedded(config: EmbeddedNeo4j, txTimeoutSeconds: number, logger: Logger): Promise<RunningNeo4j> {
  ensureJars(config, logger);
  const launcher = compiledLauncher(config);
  const classpath = [launcher, path.join(config.libDir, '*')];
  const archive = classArchive(path.join(path.dirname(config.libDir), 'cds'), classpath, logger);
  try {
    return await launch(config, txTimeoutSeconds, logger, classpath, archive);
  } catch (error) {
    // A JVM that died before saying why, with an archive mapped: the archive may be damaged.
    if (!(error instanceof JvmDied) || !archive.using) throw error;
    logger.warn('embedded Neo4j died at start with the class archive; starting it again without', { archive: archive.using });
    archive.discard();
    return launch(config, txTimeoutSeconds, logger, classpath, withoutArchive);
  }
}

/** The start failed because the JVM exited without a cause of its own (a crash, a signal). */
class JvmDied extends StartupError {}

async function launch(
  config: EmbeddedNeo4j,
  txTimeoutSeconds: number,
  logger: Logger,
  classpath: readonly string[],
  archive: ClassArchive,
): Promise<RunningNeo4j> {
  mkdirSync(config.dataDir, { recursive: true });
  let credentials: ReturnType<typeof embeddedCredentials>;
  try {
    credentials = embeddedCredentials(config.dataDir);
  } catch (error) {
    throw new StartupError(describeCredentialsFailure(config, error));
  }
  const { tightened, ...auth } = credentials;
  if (tightened) {
    logger.warn('the Bolt password file was readable by other users and is now owner-only; delete it to have a new password at the next start', {
      file: passwordFile(config.dataDir),
    });
  }
  const child: ChildProcessWithoutNullStreams = spawn(
    'java',
    [
      `-Xmx${config.heap}`, '-XX:+UseSerialGC',
      // An OutOfMemoryError leaves Neo4j half-working; exiting makes it a death the supervisor restarts.
      // SerialGC has no GC-overhead limit (Parallel's UseGCOverheadLimit), so a heap that is nearly
      // full spirals for minutes before any OutOfMemoryError: the supervisor's liveness probe ends that.
      '-XX:+ExitOnOutOfMemoryError',
      ...archive.jvmOptions,
      '-cp', classpath.join(path.delimiter),
      'Launcher', config.dataDir, String(config.boltPort), String(config.pagecacheBytes), String(txTimeoutSeconds),
      String(config.transactionMemoryBytes),
    ],
    // A process group of its own: Ctrl-C in a terminal reaches the whole foreground group, and the
    // JVM must stop after the server has drained, when we close its stdin, not at the same time.
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  // On stdin, not in the arguments: any local user can read a process's arguments.
  child.stdin.write(`${auth.password}\n`);
  // A JVM that dies at once closes the pipe; its exit, handled below, says why.
  child.stdin.on('error', () => {});
  logger.info('embedded Neo4j starting', { pid: child.pid, dataDir: config.dataDir, boltPort: config.boltPort });
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      archive.settle(code);
      resolve(code);
    }),
  );

  const since = new Date(Date.now() - 1000);
  let timer: NodeJS.Timeout | undefined;
  const uri = await new Promise<string>((resolve, reject) => {
    let failed: string | undefined;
    let timedOut = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const ready = READY.exec(line.trim());
      if (ready?.[1]) resolve(ready[1]);
      failed ??= FAILED.exec(line.trim())?.[1];
    });
    child.once('error', (error) => reject(new EnvironmentError(`could not start java: ${error.message}`)));
    void exited.then((code) => {
      const failure: StartupFailure = timedOut
        ? { kind: 'timeout' }
        : failed !== undefined
          ? { kind: 'failed', cause: failed }
          : { kind: 'exited', code, lastWords: stderrTail.filter((line) => line.trim()).at(-1) };
      const message = describeStartupFailure(config, failure, since);
      reject(failure.kind === 'exited' ? new JvmDied(message) : new StartupError(message));
    });
    timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, config.startTimeoutMs);
  }).finally(() => clearTimeout(timer));
  logger.info('embedded Neo4j ready', { uri, pid: child.pid, dataDir: config.dataDir });

  let stopping: Promise<void> | undefined;
  const exitListeners: ((exit: JvmExit) => void)[] = [];
  child.once('exit', (code, signal) => {
    if (!stopping) for (const listener of exitListeners) listener({ code, signal });
  });
  return {
    uri,
    auth,
    pid: child.pid ?? -1,
    onUnexpectedExit(listener) {
      exitListeners.push(listener);
    },
    kill() {
      // The group, not only the pid: the JVM was spawned detached, as the leader of its own group.
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Gone already: its exit is on the way.
      }
    },
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null) return;
        child.stdin.end();
        // Writing the class archive follows the store's shutdown: seconds more, on a busy machine tens.
        const timer = setTimeout(() => child.kill('SIGKILL'), archive.writing ? 120_000 : 30_000);
        await exited;
        clearTimeout(timer);
        logger.info('embedded Neo4j stopped', { pid: child.pid });
      })();
      return stopping;
    },
  };
}

/**
 * Neo4j Browser's static files, unpacked once from its jar with the JDK's `jar` tool; null when
 * the jar is missing (the API then simply does not serve /browser).
 */
export function neo4jBrowserDir(config: EmbeddedNeo4j): string | null {
  const version = pinnedBrowserVersion();
  const jar = path.join(config.libDir, `neo4j-browser-${version}.jar`);
  const dir = path.join(path.dirname(config.libDir), 'browser', version);
  if (existsSync(path.join(dir, 'browser', 'index.html'))) return path.join(dir, 'browser');
  if (!existsSync(jar)) return null;
  const scratch = `${dir}.partial`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const result = spawnSync('jar', ['xf', jar, 'browser/'], { cwd: scratch, stdio: 'ignore' });
  if (result.status !== 0) return null;
  rmSync(dir, { recursive: true, force: true });
  renameSync(scratch, dir);
  return path.join(dir, 'browser');
}
