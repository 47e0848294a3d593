/** Calendar arithmetic on days written YYYY-MM-DD, in UTC so no time zone moves a day. */
export type Day = string;

const toDate = (day: Day) => new Date(`${day}T00:00:00Z`);
const fromDate = (date: Date): Day => date.toISOString().slice(0, 10);

export const addDays = (day: Day, days: number): Day => {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
};
/** 0 = Sunday … 6 = Saturday. */
export const weekday = (day: Day): number => toDate(day).getUTCDay();
/** The Monday of the day's week (weeks run Monday to Sunday, as ISO and British usage have them). */
export const mondayOf = (day: Day): Day => addDays(day, -((weekday(day) + 6) % 7));
export const monthStart = (year: number, month: number): Day => fromDate(new Date(Date.UTC(year, month, 1)));
export const monthEnd = (year: number, month: number): Day => fromDate(new Date(Date.UTC(year, month + 1, 0)));
export const yearOf = (day: Day): number => Number(day.slice(0, 4));
/** 0-based month. */
export const monthOf = (day: Day): number => Number(day.slice(5, 7)) - 1;
export const dayOf = (year: number, month: number, date: number): Day | undefined => {
  const d = new Date(Date.UTC(year, month, date));
  return d.getUTCMonth() === month ? fromDate(d) : undefined;
};
export const addMonths = (day: Day, months: number): Day => {
  const date = toDate(day);
  date.setUTCMonth(date.getUTCMonth() + months);
  return fromDate(date);
};
export const minDay = (a: Day, b: Day): Day => (a < b ? a : b);
export const maxDay = (a: Day, b: Day): Day => (a > b ? a : b);
