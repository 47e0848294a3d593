// The three-way table: medians across rounds per question and side, the ratios the targets are
// stated in, and which targets were missed. Printed with console.table and as markdown.
import type { Side } from './questions/types.js';

/** One side's figures for one question in one round. */
export interface Measurement {
  readonly round: number;
  readonly question: string;
  readonly side: Side;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requestsPerSecond: number;
  readonly nodeCpuMsPerRequest: number;
  readonly jvmCpuMsPerRequest: number;
  readonly roundTripsPerRequest: number;
  readonly failures: number;
}

export type Figures = Omit<Measurement, 'round' | 'question' | 'side' | 'failures'>;

export interface Row {
  readonly question: string;
  readonly rootFields: number;
  readonly sides: Record<Side, Figures>;
}

export const targets = {
  oursOverPeerRps: 1.5,
  oursOverFloorP50: 1.3,
  oursOverFloorNodeCpu: 1.5,
} as const;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function medians(measurements: readonly Measurement[], question: string, side: Side): Figures {
  const mine = measurements.filter((m) => m.question === question && m.side === side);
  const of = (key: keyof Figures) => median(mine.map((m) => m[key]));
  return {
    p50Ms: of('p50Ms'),
    p99Ms: of('p99Ms'),
    requestsPerSecond: of('requestsPerSecond'),
    nodeCpuMsPerRequest: of('nodeCpuMsPerRequest'),
    jvmCpuMsPerRequest: of('jvmCpuMsPerRequest'),
    roundTripsPerRequest: of('roundTripsPerRequest'),
  };
}

// No figure ('—'): a side that cannot ask the question (the peer has no as-of view) measured nothing.
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '—');
const f0 = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : '—');
const three = (row: Row, pick: (f: Figures) => number, format: (n: number) => string) =>
  [row.sides.ours, row.sides.peer, row.sides.floor].map((f) => format(pick(f))).join(' / ');

export function tableRows(rows: readonly Row[]): Record<string, string>[] {
  return rows.map((row) => {
    const { ours, peer, floor } = row.sides;
    const latency = (f: Figures) => `${f1(f.p50Ms)} / ${f1(f.p99Ms)} / ${f0(f.requestsPerSecond)}`;
    return {
      question: row.question,
      'ours p50/p99 ms, req/s': latency(ours),
      'peer p50/p99 ms, req/s': latency(peer),
      'floor p50/p99 ms, req/s': latency(floor),
      'ours÷floor p50': f1(ours.p50Ms / floor.p50Ms),
      'ours÷peer req/s': f1(ours.requestsPerSecond / peer.requestsPerSecond),
      'node CPU ms/req (ours/peer/floor)': three(row, (f) => f.nodeCpuMsPerRequest, f1),
      'JVM CPU ms/req (ours/peer/floor)': three(row, (f) => f.jvmCpuMsPerRequest, f1),
      'round trips/req (ours/peer/floor)': three(row, (f) => f.roundTripsPerRequest, (n) => (Number.isInteger(n) ? String(n) : f1(n))),
    };
  });
}

export function markdown(table: readonly Record<string, string>[]): string {
  const columns = Object.keys(table[0] ?? {});
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...table.map((row) => line(columns.map((c) => row[c] ?? '')))].join('\n');
}

/** Each target missed, said plainly; empty when all are met. */
export function missedTargets(rows: readonly Row[]): string[] {
  const missed: string[] = [];
  for (const { question, rootFields, sides } of rows) {
    const { ours, peer, floor } = sides;
    const rps = ours.requestsPerSecond / peer.requestsPerSecond;
    // A question the peer cannot ask (no measurements: NaN) has no ratio to meet.
    if (!Number.isNaN(peer.requestsPerSecond) && !(rps >= targets.oursOverPeerRps)) missed.push(`${question}: our req/s is ${rps.toFixed(2)}× the peer's (target ≥ ${targets.oursOverPeerRps}×)`);
    const p50 = ours.p50Ms / floor.p50Ms;
    if (!(p50 <= targets.oursOverFloorP50)) missed.push(`${question}: our p50 is ${p50.toFixed(2)}× the floor's (target ≤ ${targets.oursOverFloorP50}×)`);
    if (ours.roundTripsPerRequest > rootFields)
      missed.push(`${question}: ${ours.roundTripsPerRequest} database round trips per request for ${rootFields} root field(s) (target 1 per root field)`);
    const cpu = ours.nodeCpuMsPerRequest / floor.nodeCpuMsPerRequest;
    if (!(cpu <= targets.oursOverFloorNodeCpu))
      missed.push(`${question}: our node CPU per request is ${cpu.toFixed(2)}× the floor's (target ≤ ${targets.oursOverFloorNodeCpu}×)`);
  }
  return missed;
}
