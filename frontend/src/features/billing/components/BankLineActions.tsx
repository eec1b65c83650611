import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { applyFieldErrors } from '@/lib/forms';
import { errorMessage } from '@/lib/graphql/error-message';
import { isApiError } from '@/lib/graphql/errors';
import { useFormat } from '@/lib/use-format';
import { useConfirmBankLine, useIgnoreBankLine } from '../api/bank';
import type { BankLineRow, PickableInvoice } from '../api/bank';
import { isPending } from '../lib/bank';
import { InvoicePicker } from './InvoicePicker';

/** The line being decided on, as the dialogs show it. */
function LineSummary({ line }: { line: BankLineRow }) {
  const format = useFormat();
  return (
    <Alert color="gray" variant="light">
      <Text size="sm">
        <b>{format.money(line.amount)}</b> · {format.date(line.bookedOn)} · <span style={{ fontFamily: 'monospace' }}>{line.reference}</span>
      </Text>
      <Text size="sm" c="dimmed">
        {line.description}
      </Text>
    </Alert>
  );
}

function ChooseInvoiceModal({ line, opened, onClose }: { line: BankLineRow; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [invoice, setInvoice] = useState<PickableInvoice | null>(null);
  const confirm = useConfirmBankLine({
    onSuccess: (confirmed) => {
      notifications.show({
        color: 'teal',
        message: t('billing.bank.confirmed', {
          amount: format.money(confirmed.amount),
          number: confirmed.invoiceLabel ?? invoice?.numberLabel ?? '',
        }),
      });
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('billing.bank.chooseTitle')} size="xl">
      <Stack>
        <LineSummary line={line} />
        {confirm.isError && <ServerErrorAlert error={confirm.error} data-testid="bank-choose-error" />}
        <InvoicePicker amount={line.amount} value={invoice} onChange={setInvoice} />
        {invoice !== null && (
          <Text size="sm" data-testid="bank-choose-summary">
            {t('billing.bank.chooseSummary', {
              amount: format.money(line.amount),
              number: invoice.numberLabel,
              firm: invoice.buyerName,
              open: format.money(invoice.open),
            })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={invoice === null}
            loading={confirm.isPending}
            onClick={() => invoice !== null && confirm.mutate({ id: line.id, invoiceId: invoice.id })}
            data-testid="bank-choose-confirm"
          >
            {t('billing.bank.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function IgnoreModal({ line, opened, onClose }: { line: BankLineRow; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() === '' ? t('common.required') : null) },
  });
  const ignore = useIgnoreBankLine({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('billing.bank.ignored') });
      onClose();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  const showError = ignore.isError && !(isApiError(ignore.error, 'VALIDATION') && ignore.error.fields.length > 0);
  return (
    <Modal opened={opened} onClose={onClose} title={t('billing.bank.ignoreTitle')}>
      <form noValidate onSubmit={form.onSubmit((values) => ignore.mutate({ id: line.id, reason: values.reason.trim() }))}>
        <Stack>
          <LineSummary line={line} />
          {showError && <ServerErrorAlert error={ignore.error} data-testid="bank-ignore-error" />}
          <Textarea
            label={t('billing.bank.ignoreReason')}
            placeholder={t('billing.bank.ignorePlaceholder')}
            required
            autosize
            minRows={2}
            data-testid="bank-ignore-reason"
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="gray" loading={ignore.isPending} data-testid="bank-ignore-submit">
              {t('billing.bank.ignore')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Confirms a line against its suggested invoice and says how it went: the payment recorded,
 * or why not (the row's button and the workbench's Enter key both use it).
 */
export function useConfirmLineWithNotice() {
  const { t } = useTranslation();
  const format = useFormat();
  return useConfirmBankLine({
    onSuccess: (confirmed) => {
      notifications.show({
        color: 'teal',
        message: t('billing.bank.confirmed', { amount: format.money(confirmed.amount), number: confirmed.invoiceLabel ?? '' }),
      });
    },
    onError: (error) => {
      // A CONFLICT (decided meanwhile, elsewhere) carries the server's explanation.
      const overrides = isApiError(error, 'CONFLICT') ? { CONFLICT: error.message } : {};
      notifications.show({ color: 'red', title: t('billing.bank.confirmFailed'), message: errorMessage(t, error, overrides) });
    },
  });
}

/**
 * What can be done with a line still waiting: confirm the suggested invoice (a payment is
 * recorded), choose another invoice and confirm, or set it aside with a reason.
 */
export function BankLineActions({ line }: { line: BankLineRow }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'choose' | 'ignore' | null>(null);
  // A new dialog each time one opens: no picked invoice or reason left from the last time.
  const [session, setSession] = useState(0);
  const open = (which: 'choose' | 'ignore') => {
    setSession((n) => n + 1);
    setDialog(which);
  };
  const close = () => setDialog(null);
  const confirm = useConfirmLineWithNotice();
  if (!isPending(line.status)) return null;
  return (
    <>
      {/* Stacked, so the column stays narrow and the actions visible without scrolling sideways. */}
      <Stack gap={4} align="stretch" miw={120}>
        {/* A whole-balance match names no invoice: confirming pays the firm's oldest first. */}
        {(line.invoiceId != null || line.status === 'SUGGESTED') && (
          <Button
            size="xs"
            loading={confirm.isPending}
            onClick={() => confirm.mutate({ id: line.id, invoiceId: null })}
            data-testid={`bank-confirm-${line.id}`}
          >
            {t('billing.bank.confirm')}
          </Button>
        )}
        <Button size="xs" variant="light" onClick={() => open('choose')} data-testid={`bank-choose-${line.id}`}>
          {line.invoiceId != null ? t('billing.bank.chooseOther') : t('billing.bank.choose')}
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={() => open('ignore')} data-testid={`bank-ignore-${line.id}`}>
          {t('billing.bank.ignore')}
        </Button>
      </Stack>
      {dialog === 'choose' && <ChooseInvoiceModal key={session} line={line} opened onClose={close} />}
      {dialog === 'ignore' && <IgnoreModal key={session} line={line} opened onClose={close} />}
    </>
  );
}
