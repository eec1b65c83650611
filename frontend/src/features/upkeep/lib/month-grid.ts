/** The pure arithmetic of the calendar page: months, their weeks, and items by day. */

export interface YearMonth {
  year: number;
  month: number;
}

/** The month of an ISO day (`2027-03-17` → 2027, 3). */
export function monthOf(day: string): YearMonth {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

/** The month `delta` months after `ym` (negative: before). */
export function addMonths(ym: YearMonth, delta: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO day `day` of a month. */
export function isoDay(ym: YearMonth, day: number): string {
  return `${ym.year}-${pad(ym.month)}-${pad(day)}`;
}

/** How many days the month has. */
export function daysIn(ym: YearMonth): number {
  return new Date(Date.UTC(ym.year, ym.month, 0)).getUTCDate();
}

/**
 * The month as weeks from Monday to Sunday: each cell the ISO day, or null before the first and
 * after the last day.
 */
export function weeksOf(ym: YearMonth): (string | null)[][] {
  const firstWeekday = (new Date(Date.UTC(ym.year, ym.month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: firstWeekday }, () => null);
  for (let d = 1; d <= daysIn(ym); d++) cells.push(isoDay(ym, d));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Items grouped by their `day`, in the order given. */
export function byDay<T extends { day: string }>(items: readonly T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const list = days.get(item.day);
    if (list) list.push(item);
    else days.set(item.day, [item]);
  }
  return days;
}
