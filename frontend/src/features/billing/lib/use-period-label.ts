import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/use-format';
import { periodKindOf, quarterOf } from './periods';

/** Writes a billing period: `10/2026` for a month, `Q4/2026` for a quarter, else the two dates. */
export function usePeriodLabel() {
  const { t } = useTranslation();
  const format = useFormat();
  return (start: string, end: string): string => {
    switch (periodKindOf(start, end)) {
      case 'MONTH':
        return format.month(start);
      case 'QUARTER':
        return t('billing.period.quarterLabel', { quarter: quarterOf(start), year: start.slice(0, 4) });
      default:
        return `${format.date(start)} – ${format.date(end)}`;
    }
  };
}
