/**
 * Checks shared by the GDELT and ICEWS readers. Each returns the typed value or throws a
 * FieldProblem naming the column; the row parser turns the first one into the row's RowProblem.
 */

export class FieldProblem extends Error {
  constructor(
    readonly column: string | null,
    message: string,
  ) {
    super(message);
  }
}

export function fail(column: string | null, message: string): never {
  throw new FieldProblem(column, message);
}

const digits = /^\d+$/;

export function idField(column: string, value: string): string {
  if (!digits.test(value)) fail(column, `${column} "${value}" is not an id: expected digits`);
  return value;
}

/** YYYY-MM-DD of a real calendar day (no 30 February), or a problem quoting the expected form. */
export function dayField(column: string, value: string, form: 'YYYYMMDD' | 'YYYY-MM-DD'): string {
  const match = form === 'YYYYMMDD' ? /^(\d{4})(\d{2})(\d{2})$/.exec(value) : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [, y, m, d] = match ?? [];
  if (!y || !m || !d || !isCalendarDay(Number(y), Number(m), Number(d))) fail(column, `${column} "${value}" is not a date: expected ${form}`);
  return `${y}-${m}-${d}`;
}

/** YYYYMMDDHHMMSS (UTC) as an ISO date-time "YYYY-MM-DDTHH:MM:SSZ". */
export function timestampField(column: string, value: string): string {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value) ?? [];
  const valid = y && mo && d && h && mi && s && isCalendarDay(Number(y), Number(mo), Number(d)) && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60;
  if (!valid) fail(column, `${column} "${value}" is not a date and time: expected YYYYMMDDHHMMSS (UTC)`);
  return `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDay(year: number, month: number, day: number): boolean {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day >= 1 && day <= (monthDays[month - 1] ?? 0) + (leap ? 1 : 0);
}

const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal number, optionally within [min, max]. */
export function numberField(column: string, value: string, range?: readonly [number, number]): number {
  if (!decimal.test(value)) fail(column, `${column} "${value}" is not a number`);
  const number = Number(value);
  if (range && (number < range[0] || number > range[1])) fail(column, `${column} ${value} is out of range: expected ${range[0]} to ${range[1]}`);
  return number;
}

export function countField(column: string, value: string): number {
  if (!digits.test(value)) fail(column, `${column} "${value}" is not a count: expected a non-negative integer`);
  return Number(value);
}

/** Latitude or longitude: null when the file leaves it out, else a number within the globe. */
export function coordinateField(column: string, value: string | null, limit: 90 | 180): number | null {
  return value === null ? null : numberField(column, value, [-limit, limit]);
}
