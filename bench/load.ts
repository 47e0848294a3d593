// Load for one side and question, with autocannon: latency at concurrency 1 for a fixed number of
// requests, throughput at 10 connections for a fixed time. Latencies are taken from autocannon's
// per-response event (fractional milliseconds): its own histogram keeps whole milliseconds, too
// coarse for answers that take 1–3 ms.
import autocannon from 'autocannon';
import type { Target } from './sides.js';

export interface LatencyFigures {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly failures: number;
}

export interface ThroughputFigures {
  readonly requestsPerSecond: number;
  readonly requests: number;
  readonly failures: number;
}

const options = (target: Target) => ({
  url: target.url,
  method: 'POST' as const,
  headers: { 'content-type': 'application/json' },
  body: target.body,
});

const failuresOf = (result: autocannon.Result) => result.errors + result.timeouts + result.non2xx;

/** The value at quantile q of sorted values (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export async function warmUp(target: Target, seconds: number): Promise<number> {
  const result = await autocannon({ ...options(target), connections: 10, duration: seconds });
  return failuresOf(result);
}

export async function latency(target: Target, amount: number): Promise<LatencyFigures> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options(target), connections: 1, amount }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 300) times.push(responseTime);
    });
  });
  times.sort((x, y) => x - y);
  return { p50Ms: quantile(times, 0.5), p99Ms: quantile(times, 0.99), requests: result.requests.total, failures: failuresOf(result) };
}

export async function throughput(target: Target, seconds: number): Promise<ThroughputFigures> {
  const result = await autocannon({ ...options(target), connections: 10, duration: seconds });
  return { requestsPerSecond: result.requests.total / seconds, requests: result.requests.total, failures: failuresOf(result) };
}
