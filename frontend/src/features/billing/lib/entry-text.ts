import type { TFunction } from 'i18next';
import type { FundEntryKind, PaymentMethod, StatementEntryKind } from '@/gql/graphql';
import { formatDate } from '@/lib/format';

/** What the server tells about a statement line, beside its Vietnamese `description`. */
export interface StatementEntryFacts {
  kind: StatementEntryKind;
  description: string;
  periodStart?: string | null;
  periodEnd?: string | null;
  note?: string | null;
  paymentMethod?: PaymentMethod | null;
}

/** What the server tells about a fund movement, beside its `description`. */
export interface FundEntryFacts {
  kind: FundEntryKind;
  description: string;
  invoiceNumber?: string | null;
  firmName?: string | null;
}

/** Dates in a line's text read `31/12/2025` in either language. */
const day = (value: string) => formatDate(value, 'vi');

/**
 * A statement line in the reader's language: the period an invoice bills, a credit note's
 * reason, how a payment arrived. The server's (Vietnamese) description when the facts are missing.
 */
export function statementEntryText(t: TFunction, entry: StatementEntryFacts): string {
  switch (entry.kind) {
    case 'INVOICE':
      return entry.periodStart && entry.periodEnd
        ? t('entryText.invoice', { start: day(entry.periodStart), end: day(entry.periodEnd) })
        : entry.description;
    case 'CREDIT_NOTE':
      if (entry.note == null) return entry.description;
      return entry.note.trim() === '' ? t('entryText.creditNoteNoReason') : t('entryText.creditNote', { note: entry.note });
    case 'PAYMENT':
      return entry.paymentMethod ? t(`billing.paymentMethod.${entry.paymentMethod}`) : entry.description;
    case 'REFUND':
      return t('entryText.refund');
    default:
      return entry.description;
  }
}

/**
 * A fund movement in the reader's language: the invoice and firm a fee or an adjustment came
 * from. Spending reads as it was entered, and anything else falls back to the server's text.
 */
export function fundEntryText(t: TFunction, entry: FundEntryFacts): string {
  if (entry.invoiceNumber == null || entry.firmName == null) return entry.description;
  const facts = { number: entry.invoiceNumber, firm: entry.firmName };
  switch (entry.kind) {
    case 'FEE_COLLECTED':
      return t('entryText.feeCollected', facts);
    case 'ADJUSTMENT':
      return t('entryText.adjustment', facts);
    default:
      return entry.description;
  }
}
