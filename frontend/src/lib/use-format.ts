import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/i18n/language-preference';
import {
  formatDate,
  formatDateTime,
  formatHectares,
  formatInteger,
  formatMoney,
  formatNumber,
  formatMonth,
  formatPercentBp,
  formatQuantityE4,
  formatQuantityMilli,
  formatRateBp,
  formatSquareMetres,
} from './format';

/** Formatters bound to the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  return {
    language,
    money: (amount: number) => formatMoney(amount, language),
    date: (value: string) => formatDate(value, language),
    dateTime: (value: string) => formatDateTime(value, language),
    integer: (value: number) => formatInteger(value, language),
    number: (value: number) => formatNumber(value, language),
    hectares: (areaM2: number) => formatHectares(areaM2, language),
    squareMetres: (areaM2: number) => formatSquareMetres(areaM2, language),
    percentBp: (bp: number) => formatPercentBp(bp, language),
    rateBp: (bp: number) => formatRateBp(bp, language),
    quantityMilli: (quantityMilli: number) => formatQuantityMilli(quantityMilli, language),
    quantityE4: (quantityE4: number) => formatQuantityE4(quantityE4, language),
    month: (value: string) => formatMonth(value),
  };
}
