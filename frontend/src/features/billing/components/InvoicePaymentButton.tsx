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

/**
 * "Record payment" on an invoice (operators): the firm, the amount (all that is open, half, or
 * another) and its allocation to this invoice are filled in, so nothing is typed twice.
 */
export function InvoicePaymentButton({ invoice }: { invoice: InvoiceDetailData }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const [share, setShare] = useState<Share>('WHOLE');
  const amount = prefilledAmount(invoice.open, share);
  return (
    <>
      <Button onClick={modal.open} data-testid="invoice-record-payment">
        {t('billing.invoice.recordPayment')}
      </Button>
      <Modal
        opened={opened}
        onClose={modal.close}
        size="xl"
        title={t('billing.invoice.recordPaymentTitle', { number: invoice.numberLabel })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
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
              firmId: invoice.firmId,
              amount,
              allocations: amount === '' ? {} : { [invoice.id]: amount },
            }}
            onDone={modal.close}
          />
        </Stack>
      </Modal>
    </>
  );
}
