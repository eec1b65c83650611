import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadAsViewer } from '@/lib/download';
import { errorMessage } from '@/lib/graphql/error-message';
import { useFormat } from '@/lib/use-format';
import type { InvoiceDetailData } from '../api/invoices';
import { invoiceFileName, invoicePdfPath, invoiceXmlPath } from '../lib/documents';

/**
 * True for a VAT invoice or credit note that was issued and stands: it has an e-invoice form. A
 * late-interest notice has none (no sale, no VAT invoice).
 */
export function hasEinvoice(invoice: Pick<InvoiceDetailData, 'status' | 'issuedOn' | 'documentType'>): boolean {
  return (
    invoice.documentType !== 'INTEREST_NOTICE' && invoice.issuedOn != null && invoice.status !== 'DRAFT' && invoice.status !== 'VOID'
  );
}

/**
 * Downloads of one invoice, fetched with the signed-in user's token: the PDF document (in the
 * reader's language) and, for operators, the e-invoice XML a licensed provider signs.
 */
export function InvoiceDocumentButtons({ invoice, einvoice }: { invoice: InvoiceDetailData; einvoice: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorMessage(t, error) });
  const pdf = useMutation({
    mutationFn: () => downloadAsViewer(invoicePdfPath(invoice.id, format.language), invoiceFileName(invoice.numberLabel, 'pdf', invoice.documentType)),
    onError,
  });
  const xml = useMutation({
    mutationFn: () => downloadAsViewer(invoiceXmlPath(invoice.id), invoiceFileName(invoice.numberLabel, 'xml')),
    onError,
  });
  return (
    <Group gap="xs">
      {invoice.status !== 'DRAFT' && (
        <Button variant="default" loading={pdf.isPending} onClick={() => pdf.mutate()} data-testid="invoice-pdf">
          {t('billing.documents.pdf')}
        </Button>
      )}
      {einvoice && hasEinvoice(invoice) && (
        <Button variant="default" loading={xml.isPending} onClick={() => xml.mutate()} data-testid="invoice-xml">
          {t('billing.documents.xml')}
        </Button>
      )}
    </Group>
  );
}
