import { describe, expect, it } from 'vitest';
import { einvoiceExportPath, invoiceFileName, invoicePdfPath, invoiceXmlPath } from './documents';

describe('invoice document addresses', () => {
  it('puts the invoice’s global id in the path, escaped', () => {
    expect(invoiceXmlPath('SW52b2ljZTox')).toBe('/documents/invoice/SW52b2ljZTox.xml');
    expect(invoiceXmlPath('SW52b2ljZTo=')).toBe('/documents/invoice/SW52b2ljZTo%3D.xml');
  });

  it('asks for the English PDF only in English', () => {
    expect(invoicePdfPath('SW52b2ljZTox', 'vi')).toBe('/documents/invoice/SW52b2ljZTox.pdf');
    expect(invoicePdfPath('SW52b2ljZTox', 'en')).toBe('/documents/invoice/SW52b2ljZTox.pdf?lang=en');
  });

  it('exports the e-invoices issued between two dates', () => {
    expect(einvoiceExportPath({ from: '2026-10-01', to: '2026-10-31' })).toBe('/export/einvoices.zip?from=2026-10-01&to=2026-10-31');
    expect(() => einvoiceExportPath({ from: '', to: '2026-10-31' })).toThrow(RangeError);
  });

  it('names a download after the invoice number as the server does', () => {
    expect(invoiceFileName('C26TAA 00000123', 'pdf')).toBe('hoa-don-C26TAA-00000123.pdf');
    expect(invoiceFileName('C26TAA 00000123', 'xml')).toBe('hoa-don-C26TAA-00000123.xml');
    expect(invoiceFileName('L26TAA 00000613', 'pdf', 'INTEREST_NOTICE')).toBe('thong-bao-lai-L26TAA-00000613.pdf');
  });
});
