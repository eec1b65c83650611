import type { DocumentType } from '@/gql/graphql';
import type { Language } from '@/i18n/language-preference';
import { isCalendarDate } from '@/lib/dates';
import type { DateRange } from './statement';

/** The invoice (or credit note) document as PDF, in the reader's language. */
export function invoicePdfPath(invoiceId: string, language: Language): string {
  const path = `/documents/invoice/${encodeURIComponent(invoiceId)}.pdf`;
  return language === 'en' ? `${path}?lang=en` : path;
}

/** A statement download's address asking for the reader's language (`lang=vi|en`). */
export function inLanguage(path: string, language: Language): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${language}`;
}

/** One issued invoice or credit note in the e-invoice XML shape (HDon/DLHDon/TTChung/NDHDon). */
export function invoiceXmlPath(invoiceId: string): string {
  return `/documents/invoice/${encodeURIComponent(invoiceId)}.xml`;
}

/** Every invoice and credit note issued in `[from, to]`: a ZIP with one e-invoice XML document (`HDon`) each. */
export function einvoiceExportPath(range: DateRange): string {
  if (!isCalendarDate(range.from) || !isCalendarDate(range.to)) {
    throw new RangeError(`Not a date range: ${range.from} – ${range.to}`);
  }
  return `/export/einvoices.zip?${new URLSearchParams({ from: range.from, to: range.to }).toString()}`;
}

/**
 * File names to save under when the server sends none; the number label has a space (`C26TAA 00000123`).
 * A late-interest notice is no invoice (hóa đơn), so its file says so.
 */
export function invoiceFileName(numberLabel: string, extension: 'pdf' | 'xml', documentType: DocumentType = 'VAT_INVOICE'): string {
  const prefix = documentType === 'INTEREST_NOTICE' ? 'thong-bao-lai' : 'hoa-don';
  return `${prefix}-${numberLabel.trim().replace(/\s+/g, '-')}.${extension}`;
}

/** The most invoices one ZIP holds (the server's limit, `bundle::MAX_INVOICES`). */
export const MAX_ZIP_INVOICES = 200;

/** The PDFs of several invoices in one ZIP, each named by its number, in the reader's language. */
export function invoicesZipPath(invoiceIds: readonly string[], language: Language): string {
  if (invoiceIds.length === 0) throw new RangeError('No invoices to zip');
  const ids = invoiceIds.map(encodeURIComponent).join(',');
  return `/documents/invoices.zip?ids=${ids}${language === 'en' ? '&lang=en' : ''}`;
}
