import { randomUUID } from 'node:crypto';

/** A client's own request id when it is a sensible token; a fresh one otherwise. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{1,100}$/.test(value) ? value : randomUUID();
}
