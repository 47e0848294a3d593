// How the bench tells the peer and floor servers where to listen and which database to use.
// Both are started by bench/sides.ts with these variables and print one JSON line when ready.
export interface SideEnv {
  readonly boltUri: string;
  readonly port: number;
}

export function sideEnv(env: NodeJS.ProcessEnv = process.env): SideEnv {
  const boltUri = env['BENCH_BOLT_URI'];
  if (!boltUri) throw new Error('BENCH_BOLT_URI is not set (bench/sides.ts sets it)');
  return { boltUri, port: Number(env['PORT'] ?? 0) };
}

/** The line a side prints on stdout once it serves requests. */
export interface ReadyLine {
  readonly ready: true;
  readonly url: string;
  readonly pid: number;
}

export const roundTripsHeader = 'x-db-round-trips';
