import type { PeriodKind } from '@/gql/graphql';

/** Billing periods are calendar months or quarters, written as NaiveDate strings (`2026-10-01`). */

const pad2 = (n: number) => String(n).padStart(2, '0');

function parts(date: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day };
}

/** The first day of the month `offset` months after the month of `date`. */
export function addMonths(date: string, offset: number): string {
  const { year, month } = parts(date);
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}-01`;
}

/** The first day of the month of `date`. */
export function firstOfMonth(date: string): string {
  return addMonths(date, 0);
}

/** The last day of the month of `date`. */
export function lastOfMonth(date: string): string {
  const { year, month } = parts(date);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad2(month)}-${pad2(days)}`;
}

/** The first day of the quarter of `date`. */
export function firstOfQuarter(date: string): string {
  const { year, month } = parts(date);
  return `${year}-${pad2(month - ((month - 1) % 3))}-01`;
}

/** The quarter (1–4) of `date`. */
export function quarterOf(date: string): number {
  return Math.floor((parts(date).month - 1) / 3) + 1;
}

/** The last day of the period of `kind` that starts on `start`. */
export function periodEnd(kind: PeriodKind, start: string): string {
  return lastOfMonth(addMonths(start, kind === 'QUARTER' ? 2 : 0));
}

/**
 * The starts of the periods of `kind` around `today`, newest first: `ahead` periods after
 * the current one, the current one and `back` periods before it.
 */
export function periodStarts(kind: PeriodKind, today: string, back: number, ahead: number): string[] {
  const step = kind === 'QUARTER' ? 3 : 1;
  const current = kind === 'QUARTER' ? firstOfQuarter(today) : firstOfMonth(today);
  const starts: string[] = [];
  for (let i = ahead; i >= -back; i -= 1) starts.push(addMonths(current, i * step));
  return starts;
}

/** Which kind of billing period `[start, end]` is, or null for any other span. */
export function periodKindOf(start: string, end: string): PeriodKind | null {
  if (parts(start).day !== 1) return null;
  if (end === lastOfMonth(start)) return 'MONTH';
  if (start === firstOfQuarter(start) && end === periodEnd('QUARTER', start)) return 'QUARTER';
  return null;
}
