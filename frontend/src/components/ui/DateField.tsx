import { DateInput } from '@mantine/dates';
import dayjs from 'dayjs';
import type { DateInputProps } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate } from '@/lib/dates';
import { useFormat } from '@/lib/use-format';

/** How a date is shown and typed in every language: 27/11/2026. */
export const DATE_FIELD_FORMAT = 'DD/MM/YYYY';

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad2 = (n: string) => n.padStart(2, '0');

/** The calendar's heading: "Tháng 12 năm 2026" in Vietnamese (dayjs alone gives "tháng 12 2026"). */
function monthLabel(language: string): string | ((date: string) => string) {
  if (language !== 'vi') return 'MMMM YYYY';
  return (date) => {
    const label = dayjs(date).locale('vi').format('MMMM [năm] YYYY');
    return label.charAt(0).toUpperCase() + label.slice(1);
  };
}

/**
 * Reads what a person typed as a calendar date: `01/12/2026`, `1/12/2026` (also with `.` or `-`)
 * and the ISO `2026-12-01`. Returns the ISO date, or null while the text is not (yet) a whole,
 * existing date, so half-typed text never turns into a different day.
 */
export function parseTypedDate(text: string): string | null {
  const typed = text.trim();
  const dmy = DAY_MONTH_YEAR.exec(typed);
  const iso = dmy ? `${dmy[3]}-${pad2(dmy[2] ?? '')}-${pad2(dmy[1] ?? '')}` : ISO.exec(typed) ? typed : null;
  if (iso === null) return null;
  const [year = '', month = '', day = ''] = iso.split('-');
  const normal = `${year}-${pad2(month)}-${pad2(day)}`;
  return isCalendarDate(normal) ? normal : null;
}

export interface DateFieldProps
  extends Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'minDate' | 'maxDate' | 'locale'> {
  /** The date as `YYYY-MM-DD`, or '' for none. */
  value?: string;
  /** The first date of an uncontrolled field (forms in uncontrolled mode pass this). */
  defaultValue?: string;
  /** Called with `YYYY-MM-DD`, or '' when cleared. */
  onChange?: (value: string) => void;
  /** The earliest allowed date (`YYYY-MM-DD`): earlier days are greyed out and an earlier typed date is flagged. */
  min?: string;
  /** The latest allowed date (`YYYY-MM-DD`). */
  max?: string;
}

/**
 * A calendar date input in the app's language, the same for every form: shows and accepts
 * dd/mm/yyyy, opens a calendar in Vietnamese or English, and speaks `YYYY-MM-DD` to the form
 * (and so to the API). Optional fields can be cleared.
 */
export function DateField({ value, defaultValue, onChange, min, max, error, required, clearable, placeholder, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const asDate = (text: string | undefined) => (text !== undefined && isCalendarDate(text) ? text : null);
  // An uncontrolled field's last date, so that its range can be checked too.
  const [typed, setTyped] = useState(() => asDate(defaultValue));
  const current = value !== undefined ? asDate(value) : typed;
  const rangeError =
    current !== null && min !== undefined && current < min
      ? t('common.dateTooEarly', { date: format.date(min) })
      : current !== null && max !== undefined && current > max
        ? t('common.dateTooLate', { date: format.date(max) })
        : null;
  return (
    <DateInput
      {...rest}
      required={required}
      clearable={clearable ?? !required}
      placeholder={placeholder ?? t('common.datePlaceholder')}
      locale={format.language}
      monthLabelFormat={monthLabel(format.language)}
      valueFormat={DATE_FIELD_FORMAT}
      dateParser={parseTypedDate}
      value={value === undefined ? undefined : current}
      defaultValue={defaultValue === undefined ? undefined : asDate(defaultValue)}
      onChange={(next) => {
        const date = typeof next === 'string' ? next : '';
        setTyped(asDate(date));
        onChange?.(date);
      }}
      excludeDate={(day) => (min !== undefined && day < min) || (max !== undefined && day > max)}
      error={error ?? rangeError}
    />
  );
}
