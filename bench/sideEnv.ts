// How the bench tells the peer and floor servers where to listen and which database to use.
// Both are started by bench/sides.ts with these variables and print one JSON line when ready.
import neo4j, { type AuthToken } from 'neo4j-driver';

export interface SideEnv {
  readonly boltUri: string;
  /** From BENCH_NEO4J_USERNAME/PASSWORD: the embedded Neo4j's generated password, or NEO4J_URI's credentials. */
  readonly auth: AuthToken | undefined;
  readonly port: number;
}

export function sideEnv(env: NodeJS.ProcessEnv = process.env): SideEnv {
  const boltUri = env['BENCH_BOLT_URI'];
  if (!boltUri) throw new Error('BENCH_BOLT_URI is not set (bench/sides.ts sets it)');
  const username = env['BENCH_NEO4J_USERNAME'];
  const auth = username ? neo4j.auth.basic(username, env['BENCH_NEO4J_PASSWORD'] ?? '') : undefined;
  return { boltUri, auth, port: Number(env['PORT'] ?? 0) };
}

/** The line a side prints on stdout once it serves requests. */
export interface ReadyLine {
  readonly ready: true;
  readonly url: string;
  readonly pid: number;
}

export const roundTripsHeader = 'x-db-round-trips';
