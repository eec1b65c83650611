/**
 * An RFC 5545 rule of an upkeep schedule said in words, e.g. `FREQ=MONTHLY;BYMONTHDAY=5` is
 * "ngày 5 hằng tháng" / "on day 5 of every month". Only the shapes the editor offers are put
 * in words; anything else answers null and the page shows the rule itself.
 */

export type RuleLanguage = 'vi' | 'en';

/** What a schedule's due dates are counted from (the API's `ScheduleAnchor`). */
export type RuleAnchor = 'FIXED' | 'AFTER_COMPLETION';

const UNITS: Record<string, { vi: string; en: string; enMany: string }> = {
  DAILY: { vi: 'ngày', en: 'day', enMany: 'days' },
  WEEKLY: { vi: 'tuần', en: 'week', enMany: 'weeks' },
  MONTHLY: { vi: 'tháng', en: 'month', enMany: 'months' },
  YEARLY: { vi: 'năm', en: 'year', enMany: 'years' },
};

/**
 * A rule counted after the last completion, in words: it is an interval only (FREQ and
 * INTERVAL), e.g. "mỗi 3 tháng sau lần hoàn thành gần nhất; lần đầu ngày 01/03/2027" /
 * "every 3 months after the last completion; first due 01/03/2027". Null for any other shape
 * (the server refuses it and says why).
 */
export function describeInterval(
  rule: string,
  startsOn: string,
  language: RuleLanguage,
  formatDate: (iso: string) => string,
): string | null {
  const parts = ruleParts(rule);
  if ([...parts.keys()].some((key) => !['FREQ', 'INTERVAL', 'WKST'].includes(key))) return null;
  const unit = UNITS[parts.get('FREQ') ?? ''];
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (unit === undefined || !Number.isInteger(interval) || interval < 1) return null;
  const first = formatDate(startsOn);
  if (language === 'vi') {
    const every = interval === 1 ? `mỗi ${unit.vi}` : `mỗi ${interval} ${unit.vi}`;
    return `${every} sau lần hoàn thành gần nhất; lần đầu ngày ${first}`;
  }
  const every = interval === 1 ? `every ${unit.en}` : `every ${interval} ${unit.enMany}`;
  return `${every} after the last completion; first due ${first}`;
}

const WEEKDAYS: Record<string, { vi: string; en: string }> = {
  MO: { vi: 'thứ Hai', en: 'Monday' },
  TU: { vi: 'thứ Ba', en: 'Tuesday' },
  WE: { vi: 'thứ Tư', en: 'Wednesday' },
  TH: { vi: 'thứ Năm', en: 'Thursday' },
  FR: { vi: 'thứ Sáu', en: 'Friday' },
  SA: { vi: 'thứ Bảy', en: 'Saturday' },
  SU: { vi: 'Chủ nhật', en: 'Sunday' },
};

/** The parts of a rule, upper case, without an `RRULE:` prefix. */
export function ruleParts(rule: string): Map<string, string> {
  const text = rule.replace(/\s+/g, '').toUpperCase().replace(/^RRULE:/, '');
  const parts = new Map<string, string>();
  for (const piece of text.split(';')) {
    const [key, value] = piece.split('=');
    if (key && value) parts.set(key, value);
  }
  return parts;
}

function list(items: string[], language: RuleLanguage): string {
  if (items.length <= 1) return items.join('');
  const and = language === 'vi' ? ' và ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/**
 * The rule in words; `startsOn` (ISO) is the anchor, `formatDate` how the page writes a date,
 * `anchor` what the dates count from. Null when the rule has a shape this does not know.
 */
export function describeRule(
  rule: string,
  startsOn: string,
  language: RuleLanguage,
  formatDate: (iso: string) => string,
  anchor: RuleAnchor = 'FIXED',
): string | null {
  if (anchor === 'AFTER_COMPLETION') return describeInterval(rule, startsOn, language, formatDate);
  const parts = ruleParts(rule);
  const known = new Set(['FREQ', 'INTERVAL', 'BYMONTHDAY', 'BYDAY', 'BYMONTH']);
  if ([...parts.keys()].some((key) => !known.has(key))) return null;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return null;
  const vi = language === 'vi';
  const from = vi ? ` từ ${formatDate(startsOn)}` : ` from ${formatDate(startsOn)}`;
  const anchorDay = Number(startsOn.slice(8, 10));
  const monthDays = (parts.get('BYMONTHDAY') ?? String(anchorDay)).split(',').map(Number);
  if (monthDays.some((d) => !Number.isInteger(d) || d === 0 || d > 31 || d < -31)) return null;
  const dayWords = list(
    monthDays.map((d) => (d < 0 ? (vi ? 'ngày cuối' : 'the last day') : vi ? `${d}` : `${d}`)),
    language,
  );

  switch (parts.get('FREQ')) {
    case 'DAILY':
      if (parts.has('BYMONTHDAY') || parts.has('BYDAY') || parts.has('BYMONTH')) return null;
      if (interval === 1) return vi ? 'hằng ngày' : 'every day';
      return vi ? `mỗi ${interval} ngày${from}` : `every ${interval} days${from}`;
    case 'WEEKLY': {
      if (parts.has('BYMONTHDAY') || parts.has('BYMONTH')) return null;
      const codes = parts.get('BYDAY')?.split(',') ?? [];
      if (codes.some((c) => !(c in WEEKDAYS))) return null;
      const days = list(
        codes.map((c) => WEEKDAYS[c]![language]),
        language,
      );
      if (interval === 1) {
        if (days === '') return vi ? `hằng tuần${from}` : `every week${from}`;
        return vi ? `${days} hằng tuần` : `every ${days}`;
      }
      if (days === '') return vi ? `mỗi ${interval} tuần${from}` : `every ${interval} weeks${from}`;
      return vi ? `${days}, mỗi ${interval} tuần${from}` : `every ${interval} weeks on ${days}${from}`;
    }
    case 'MONTHLY': {
      if (parts.has('BYDAY') || parts.has('BYMONTH')) return null;
      if (interval === 1) return vi ? `ngày ${dayWords} hằng tháng` : `on day ${dayWords} of every month`;
      return vi
        ? `ngày ${dayWords}, mỗi ${interval} tháng${from}`
        : `every ${interval} months on day ${dayWords}${from}`;
    }
    case 'YEARLY': {
      if (parts.has('BYDAY')) return null;
      const month = Number(parts.get('BYMONTH') ?? startsOn.slice(5, 7));
      if (!Number.isInteger(month) || month < 1 || month > 12 || monthDays.length !== 1 || monthDays[0]! < 1) return null;
      const date = `${String(monthDays[0]).padStart(2, '0')}/${String(month).padStart(2, '0')}`;
      if (interval === 1) return vi ? `ngày ${date} hằng năm` : `every year on ${date}`;
      return vi ? `ngày ${date}, mỗi ${interval} năm${from}` : `every ${interval} years on ${date}${from}`;
    }
    default:
      return null;
  }
}

/** The rules the editor offers as a start; any RFC 5545 rule can be typed instead. */
/** `interval`: a plain interval, which can also count after the last completion. */
export const RULE_PRESETS: readonly {
  rule: string;
  key: 'monthly' | 'quarterly' | 'weekly' | 'yearly' | 'halfYearly';
  interval: boolean;
}[] = [
  { rule: 'FREQ=WEEKLY;BYDAY=MO', key: 'weekly', interval: false },
  { rule: 'FREQ=MONTHLY;BYMONTHDAY=5', key: 'monthly', interval: false },
  { rule: 'FREQ=MONTHLY;INTERVAL=3', key: 'quarterly', interval: true },
  { rule: 'FREQ=MONTHLY;INTERVAL=6', key: 'halfYearly', interval: true },
  { rule: 'FREQ=YEARLY', key: 'yearly', interval: true },
];
