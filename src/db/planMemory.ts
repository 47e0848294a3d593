import neo4j from 'neo4j-driver';
import type { Params } from './runner.js';

/**
 * The read statements this process has run, as Neo4j files their plans: by text, by the types of
 * the parameters, and by the size of a list parameter in steps of ten (measured: a statement run
 * with one id, then five, then twelve, is planned three times; with two or three after five, not
 * again). A statement's first run includes its planning, seconds for a large composed statement
 * on a busy machine, so the runner gives that run the planning timeout and later ones the query
 * timeout. (EXPLAIN first does not help: the run after it was measured planning again.)
 */
export interface PlanMemory {
  has(key: string): boolean;
  /**
   * Whether the caller's run of `key` is a first run (give it the planning timeout): then a
   * function the caller calls with whether the run succeeded, else undefined. When the first run
   * of the same key is already in flight, waits for it: a burst of the same new question then
   * has Neo4j plan it once, not once per request side by side.
   */
  claim(key: string): Promise<((ran: boolean) => void) | undefined>;
  /** Forgets every plan: the database restarted with an empty plan cache. */
  clear(): void;
}

/**
 * Remembers up to `limit` statements, then starts again: Neo4j's own plan cache is bounded too
 * (1000 by default), and planning a statement twice costs only time.
 */
export function createPlanMemory(limit = 2000): PlanMemory {
  const keys = new Set<string>();
  const inFlight = new Map<string, Promise<void>>();
  return {
    has: (key) => keys.has(key),
    async claim(key) {
      const remember = (ran: boolean) => {
        if (!ran) return;
        if (keys.size >= limit) keys.clear();
        keys.add(key);
      };
      if (keys.has(key)) return undefined;
      const pending = inFlight.get(key);
      if (pending) {
        await pending;
        // A first run that failed is not waited for again: the rest go ahead side by side.
        return keys.has(key) ? undefined : remember;
      }
      let release = () => {};
      inFlight.set(key, new Promise<void>((resolve) => (release = resolve)));
      return (ran) => {
        remember(ran);
        inFlight.delete(key);
        release();
      };
    },
    clear: () => keys.clear(),
  };
}

/** 0, 1, then the power of ten at or above n: the steps in which a list's size changes its plan. */
function sizeStep(n: number): number {
  return n <= 1 ? n : 10 ** Math.ceil(Math.log10(n));
}

/**
 * A value's type as Neo4j tells plans apart, with a list's size step: a JavaScript number is a
 * Float, a driver Integer an Integer. Telling apart more than Neo4j does only costs a longer
 * timeout for a run that did not need it.
 */
function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (neo4j.isInt(value)) return 'int';
  if (Array.isArray(value)) return `list<${value.length === 0 ? 'empty' : typeOf(value[0])}>#${sizeStep(value.length)}`;
  if (typeof value === 'object') return 'map';
  return typeof value === 'number' ? 'float' : typeof value;
}

/**
 * A number per statement text. The same text comes back request after request as the same
 * string (a named query's, a cached plan's), whose hash V8 keeps, so this lookup is cheap where
 * a key holding the text would hash kilobytes anew each time. Numbers are never reused.
 */
const textNumbers = new Map<string, number>();
let nextTextNumber = 0;

function textNumber(text: string): number {
  let number = textNumbers.get(text);
  if (number === undefined) {
    if (textNumbers.size >= 10_000) textNumbers.clear();
    number = nextTextNumber++;
    textNumbers.set(text, number);
  }
  return number;
}

/** The key Neo4j's plan cache files this statement under, near enough. */
export function planKey(text: string, params: Params): string {
  const types = Object.keys(params)
    .sort()
    .map((key) => `${key}:${typeOf(params[key])}`);
  return `${types.join(',')}#${textNumber(text)}`;
}
