import type { Language } from '@/i18n/language-preference';

/** Everything the product shows happens in Vietnam: dates are calendar dates there (UTC+7). */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const moneyFormats: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-US', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }),
};

/**
 * Formats an amount of đồng: `1.234.567 ₫` in Vietnamese, `₫1,234,567` in English.
 * VND has no minor unit, so the amount must be a whole number.
 */
export function formatMoney(amount: number, language: Language): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Money is a whole number of đồng, got ${amount}`);
  }
  // ICU separates the vi-VN symbol with a (narrow) no-break space; we show a plain space.
  return moneyFormats[language].format(amount).replace(/[\u00a0\u202f]/g, ' ');
}

interface CalendarParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const zonedFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toParts(value: string | Date): CalendarParts {
  if (typeof value === 'string') {
    // A bare calendar date (2026-11-27) is already a date in Vietnam: no time-zone shift.
    const calendar = CALENDAR_DATE.exec(value);
    if (calendar) {
      return { year: Number(calendar[1]), month: Number(calendar[2]), day: Number(calendar[3]), hour: 0, minute: 0 };
    }
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Not a date: ${String(value)}`);
  }
  const parts = Object.fromEntries(
    zonedFormat.formatToParts(date).map((part) => [part.type, part.value] as const),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function datePart(p: CalendarParts, language: Language): string {
  return language === 'vi'
    ? `${pad2(p.day)}/${pad2(p.month)}/${p.year}`
    : `${p.day} ${MONTHS_EN[p.month - 1] ?? ''} ${p.year}`;
}

/** A date as seen in Vietnam: `27/11/2026` (vi) or `27 Nov 2026` (en). */
export function formatDate(value: string | Date, language: Language): string {
  return datePart(toParts(value), language);
}

/** A moment as seen in Vietnam: `27/11/2026 14:05` (vi) or `27 Nov 2026, 14:05` (en). */
export function formatDateTime(value: string | Date, language: Language): string {
  const p = toParts(value);
  const time = `${pad2(p.hour)}:${pad2(p.minute)}`;
  return language === 'vi' ? `${datePart(p, language)} ${time}` : `${datePart(p, language)}, ${time}`;
}

/** Square metres in a hectare. */
export const M2_PER_HA = 10_000;

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };

function decimals(value: number, digits: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A whole number with the language's grouping: `12.500` (vi), `12,500` (en). */
export function formatInteger(value: number, language: Language): string {
  return decimals(value, 0, language);
}

/** A measured value with up to three decimals: `7,25` (vi), `7.25` (en). */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 3 }).format(value);
}

/** An area in m² as hectares with two decimals: `7,50 ha` (vi), `7.50 ha` (en). */
export function formatHectares(areaM2: number, language: Language): string {
  return `${decimals(areaM2 / M2_PER_HA, 2, language)} ha`;
}

/** An area in m²: `12.500 m²` (vi), `12,500 m²` (en). */
export function formatSquareMetres(areaM2: number, language: Language): string {
  return `${formatInteger(areaM2, language)} m²`;
}

/** A rate in basis points as a percentage with one decimal: 6700 → `67,0%` (vi), `67.0%` (en). */
export function formatPercentBp(bp: number, language: Language): string {
  return `${decimals(bp / 100, 1, language)}%`;
}

/** Hectares typed in a form (decimals allowed) to whole m², as the API stores areas. */
export function hectaresToM2(hectares: number): number {
  return Math.round(hectares * M2_PER_HA);
}

/** Whole m² back to hectares for a form field (up to 4 decimals, so nothing is lost). */
export function m2ToHectares(areaM2: number): number {
  return areaM2 / M2_PER_HA;
}

/** A whole number of `10^-decimals` units as a decimal with up to `decimals` places, no trailing zeros. */
function formatScaled(value: number, decimals: number, what: string, language: Language): string {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`A quantity is a whole number of ${what}, got ${value}`);
  }
  return new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 0, maximumFractionDigits: decimals }).format(
    value / 10 ** decimals,
  );
}

/**
 * A quantity sent in thousandths (`quantityMilli`) with up to three decimals and no trailing
 * zeros: 1500 → `1,5` (vi) / `1.5` (en); 12_500_000 → `12.500` (vi) / `12,500` (en).
 */
export function formatQuantityMilli(quantityMilli: number, language: Language): string {
  return formatScaled(quantityMilli, 3, 'thousandths', language);
}

/**
 * An invoice line's quantity, sent in ten-thousandths (`quantityE4`, four decimals as in the
 * e-invoice XML): 4_166_667 → `416,6667` (vi) / `416.6667` (en); 15_000 → `1,5` / `1.5`.
 */
export function formatQuantityE4(quantityE4: number, language: Language): string {
  return formatScaled(quantityE4, 4, 'ten-thousandths', language);
}

/** A rate in basis points as a percentage without needless decimals: 1000 → `10%`, 525 → `5,25%` (vi). */
export function formatRateBp(bp: number, language: Language): string {
  return `${new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(bp / 100)}%`;
}

/** The month of a calendar date as `MM/YYYY` (both languages): `2026-10-01` → `10/2026`. */
export function formatMonth(value: string): string {
  const p = toParts(value);
  return `${pad2(p.month)}/${p.year}`;
}

/** A percentage typed in a form (decimals allowed) as the API's basis points: 8 → 800. */
export function percentToBp(percent: number): number {
  return Math.round(percent * 100);
}

/** Today's calendar date in Vietnam as `YYYY-MM-DD`, the API's NaiveDate. */
export function todayInVietnam(now: Date = new Date()): string {
  const p = toParts(now);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}
