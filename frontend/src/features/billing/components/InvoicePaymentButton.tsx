import { Button, Modal, SegmentedControl, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceDetailData } from '../api/invoices';
import { PaymentForm } from './PaymentForm';

type Share = 'WHOLE' | 'HALF' | 'OTHER';

/** What a payment of `share` of `open` puts in the form: the amount, allocated to this invoice. */
export function prefilledAmount(open: number, share: Share): number | '' {
  if (share === 'WHOLE') return open;
  if (share === 'HALF') return Math.floor(open / 2);
  return '';
}

interface RecordPaymentProps {
  firmId: string;
  /** What is open: the whole of it, half, or another amount is filled in. */
  open: number;
  /** The invoice the payment is allocated to; none: the firm's oldest open invoices first. */
  invoiceId?: string;
  title: string;
  'data-testid': string;
}

/**
 * "Record payment" (operators): the firm, the amount (all that is open, half, or another) and,
 * from an invoice, its allocation are filled in, so nothing is typed twice.
 */
function RecordPaymentButton({ firmId, open, invoiceId, title, 'data-testid': testId }: RecordPaymentProps) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const [share, setShare] = useState<Share>('WHOLE');
  const amount = prefilledAmount(open, share);
  return (
    <>
      <Button onClick={modal.open} data-testid={testId}>
        {t('billing.invoice.recordPayment')}
      </Button>
      <Modal opened={opened} onClose={modal.close} size="xl" title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="md">
          <SegmentedControl
            aria-label={t('billing.invoice.paymentShare')}
            data-testid="invoice-payment-share"
            value={share}
            onChange={(value) => setShare(value as Share)}
            data={(['WHOLE', 'HALF', 'OTHER'] as const).map((s) => ({ value: s, label: t(`billing.invoice.share.${s}`) }))}
          />
          <PaymentForm
            // A new share is a new form: its initial values change.
            key={share}
            initialValues={{
              firmId,
              amount,
              allocations: amount === '' || invoiceId === undefined ? {} : { [invoiceId]: amount },
            }}
            onDone={modal.close}
          />
        </Stack>
      </Modal>
    </>
  );
}

/** "Record payment" on an invoice: allocated to that invoice. */
export function InvoicePaymentButton({ invoice }: { invoice: InvoiceDetailData }) {
  const { t } = useTranslation();
  return (
    <RecordPaymentButton
      firmId={invoice.firmId}
      open={invoice.open}
      invoiceId={invoice.id}
      title={t('billing.invoice.recordPaymentTitle', { number: invoice.numberLabel })}
      data-testid="invoice-record-payment"
    />
  );
}

/** "Record payment" on a firm's statement: what the firm owes, to its oldest open invoices first. */
export function FirmPaymentButton({ firmId, firmName, owed }: { firmId: string; firmName: string; owed: number }) {
  const { t } = useTranslation();
  return (
    <RecordPaymentButton
      firmId={firmId}
      open={Math.max(owed, 0)}
      title={t('billing.statement.recordPaymentTitle', { firm: firmName })}
      data-testid="statement-record-payment"
    />
  );
}
