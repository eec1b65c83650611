import { calendarDateOrNull, isCalendarDate } from '@/lib/dates';

/** A statement's period: two calendar dates (`YYYY-MM-DD`), both included. */
export interface DateRange {
  from: string;
  to: string;
}

/** From the 1st of January of `today`'s year to `today`. */
export function defaultStatementRange(today: string): DateRange {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The period in the address (`?from=&to=`); a missing or malformed date takes its default. */
export function rangeFromSearch(params: URLSearchParams, today: string): DateRange {
  const fallback = defaultStatementRange(today);
  return {
    from: calendarDateOrNull(params.get('from')) ?? fallback.from,
    to: calendarDateOrNull(params.get('to')) ?? fallback.to,
  };
}

/** True when both dates are real dates and the period does not end before it starts. */
export function isValidRange(range: DateRange): boolean {
  return isCalendarDate(range.from) && isCalendarDate(range.to) && range.from <= range.to;
}

/** The file name to save a statement under when the server does not name it. */
export function statementFileName(taxCode: string, range: DateRange, extension: 'csv' | 'pdf' = 'csv'): string {
  const firm = taxCode.replace(/[^0-9A-Za-z-]/g, '') || 'firm';
  return `sao-ke-${firm}-${range.from}-${range.to}.${extension}`;
}
