/** Calendar dates as the API and the date inputs write them: `YYYY-MM-DD`, no time, no zone. */

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a `YYYY-MM-DD` date that exists on the calendar (not 2026-02-30, not 29/02/2028). */
export function isCalendarDate(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An address parameter read as a date: the date when it is one, else null. */
export function calendarDateOrNull(value: string | null): string | null {
  return value !== null && isCalendarDate(value) ? value : null;
}
