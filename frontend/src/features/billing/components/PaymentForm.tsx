import { Alert, Anchor, Button, Group, List, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/DateField';
import { MoneyInput } from '@/components/ui/MoneyInput';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { todayInVietnam } from '@/lib/format';
import { isApiError } from '@/lib/graphql/errors';
import { useFormat } from '@/lib/use-format';
import { isCalendarDate } from '@/lib/dates';
import { useFirmOptions } from '@/lib/firm-options';
import { useOpenInvoices } from '../api/invoices';
import type { OpenInvoice } from '../api/invoices';
import { useRecordPayment } from '../api/payments';
import type { RecordedPayment } from '../api/payments';
import {
  NON_CASH_THRESHOLD,
  PAYMENT_METHODS,
  SubmissionKey,
  chosenAllocations,
  emptyPaymentValues,
  oldestFirst,
  toPaymentFields,
} from '../lib/payment-fields';
import type { PaymentValues } from '../lib/payment-fields';
import { usePeriodLabel } from '../lib/use-period-label';

const whole = (value: number | string) => (value === '' ? 0 : Math.round(Number(value)) || 0);

/** The firm's open invoices, each with an amount to allocate; empty amounts mean "oldest first". */
function AllocationTable({
  invoices,
  amount,
  form,
}: {
  invoices: readonly OpenInvoice[];
  amount: number;
  form: ReturnType<typeof useForm<PaymentValues>>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const periodLabel = usePeriodLabel();
  const values = form.getValues();
  const manual = chosenAllocations(values, invoices.map((inv) => inv.id)) !== null;
  const automatic = oldestFirst(amount, invoices);
  const right = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" fw={500}>
          {t('billing.payments.allocationTitle')}
        </Text>
        <Text size="xs" c="dimmed" data-testid="payment-allocation-mode">
          {manual ? t('billing.payments.allocationManual') : t('billing.payments.allocationAuto')}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={4} data-testid="payment-allocations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('billing.invoice.number')}</Table.Th>
              <Table.Th>{t('billing.invoice.period')}</Table.Th>
              <Table.Th>{t('billing.invoice.dueOn')}</Table.Th>
              <Table.Th style={right}>{t('billing.invoice.open')}</Table.Th>
              <Table.Th style={right} w={180}>
                {t('billing.payments.allocate')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoices.map((invoice) => (
              <Table.Tr key={invoice.id}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {invoice.numberLabel}
                </Table.Td>
                <Table.Td>{periodLabel(invoice.periodStart, invoice.periodEnd)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {invoice.dueOn != null ? format.date(invoice.dueOn) : t('common.empty')}
                </Table.Td>
                <Table.Td style={right}>{format.money(invoice.open)}</Table.Td>
                <Table.Td>
                  <MoneyInput
                    size="xs"
                    aria-label={t('billing.payments.allocateTo', { number: invoice.numberLabel })}
                    placeholder={manual ? undefined : format.integer(automatic.get(invoice.id) ?? 0)}
                    data-testid={`payment-allocation-${invoice.id}`}
                    key={form.key(`allocations.${invoice.id}`)}
                    {...form.getInputProps(`allocations.${invoice.id}`)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function Recorded({ payment, onAnother, onDone }: { payment: RecordedPayment; onAnother: () => void; onDone?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const allocated = payment.allocations.reduce((sum, a) => sum + a.amount, 0);
  return (
    <Stack data-testid="payment-result">
      {payment.replayed ? (
        <Alert color="yellow" title={t('billing.payments.replayedTitle')} data-testid="payment-replayed">
          {t('billing.payments.replayedText', { amount: format.money(payment.amount) })}
        </Alert>
      ) : (
        <Alert color="teal" title={t('billing.payments.recordedTitle')} data-testid="payment-recorded">
          {t('billing.payments.recordedText', {
            amount: format.money(payment.amount),
            allocated: format.money(allocated),
            count: payment.allocations.length,
            credit: format.money(payment.unallocated),
          })}
        </Alert>
      )}
      {payment.warnings.some((warning) => warning.code === 'CASH_VAT_NOT_DEDUCTIBLE') && (
        <Alert color="yellow" data-testid="payment-cash-warning">
          {t('billing.payments.cashWarning', { threshold: format.money(NON_CASH_THRESHOLD) })}
        </Alert>
      )}
      <Group justify="flex-end">
        {onDone && (
          <Button variant="default" onClick={onDone}>
            {t('common.done')}
          </Button>
        )}
        <Button onClick={onAnother} data-testid="payment-another">
          {t('billing.payments.another')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * Records money received from a firm. Allocations typed against its open invoices are sent as
 * given; none typed lets the server allocate oldest first. Every attempt of one submission
 * carries the same idempotency key, so a retry after a lost answer cannot record it twice.
 */
export function PaymentForm({ initialValues, onDone }: { initialValues?: Partial<PaymentValues>; onDone?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  // One instance for the form's life; it holds the current submission's key between attempts.
  const [submission] = useState(() => new SubmissionKey());
  const form = useForm<PaymentValues>({
    mode: 'controlled',
    initialValues: { ...emptyPaymentValues(todayInVietnam()), ...initialValues },
    validate: {
      firmId: (value) => (value ? null : t('billing.payments.firmRequired')),
      amount: (value) => (whole(value) > 0 ? null : t('billing.payments.amountPositive')),
      receivedOn: (value) =>
        !isCalendarDate(value) ? t('billing.dateRequired') : value > todayInVietnam() ? t('billing.payments.notInFuture') : null,
    },
  });
  const values = form.getValues();
  const firms = useFirmOptions();
  const open = useOpenInvoices(values.firmId);
  const openInvoices = open.data ?? [];

  const save = useRecordPayment({
    // Answered with a payment (new or replayed): the next submission is another payment.
    onSuccess: () => submission.settle(),
  });

  const submit = (formValues: PaymentValues) => {
    const ids = openInvoices.map((invoice) => invoice.id);
    const chosen = chosenAllocations(formValues, ids) ?? [];
    let problem = false;
    for (const allocation of chosen) {
      const invoice = openInvoices.find((inv) => inv.id === allocation.invoiceId);
      if (invoice && allocation.amount > invoice.open) {
        form.setFieldError(`allocations.${allocation.invoiceId}`, t('billing.payments.moreThanOpen'));
        problem = true;
      }
    }
    if (chosen.reduce((sum, a) => sum + a.amount, 0) > whole(formValues.amount)) {
      form.setFieldError('amount', t('billing.payments.allocationsExceed'));
      problem = true;
    }
    if (problem) return;
    save.mutate(toPaymentFields(formValues, ids, submission.take()));
  };

  const startOver = () => {
    submission.settle();
    save.reset();
    form.reset();
    form.setValues(emptyPaymentValues(todayInVietnam()));
  };

  if (save.isSuccess) {
    return (
      <Recorded
        payment={save.data}
        onAnother={startOver}
        onDone={
          onDone &&
          (() => {
            startOver();
            onDone();
          })
        }
      />
    );
  }

  // Field paths arrive reduced to their last segment (`allocations.0.amount` is `amount`), so the
  // server's VALIDATION messages are listed rather than put under a field they may not belong to.
  const fieldErrors = save.isError && isApiError(save.error, 'VALIDATION') ? save.error.fields : [];
  const amount = whole(values.amount);

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        {fieldErrors.length > 0 ? (
          <Alert color="red" variant="light" role="alert" title={t('errors.VALIDATION')} data-testid="payment-error">
            <List size="sm">
              {fieldErrors.map((problem, index) => (
                <List.Item key={index}>{problem.message}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          save.isError && <ServerErrorAlert error={save.error} data-testid="payment-error" />
        )}
        {save.isError && isApiError(save.error, 'CONFLICT') && (
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('billing.payments.conflictHint')}
            </Text>
            <Anchor component="button" type="button" size="sm" onClick={startOver} data-testid="payment-start-over">
              {t('billing.payments.startOver')}
            </Anchor>
          </Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('billing.payments.firm')}
            required
            searchable
            data-testid="payment-firm"
            placeholder={firms.isPending ? t('common.loading') : undefined}
            data={(firms.data ?? []).map((firm) => ({
              value: firm.id,
              label: firm.taxCode ? `${firm.name} (${firm.taxCode})` : firm.name,
            }))}
            key={form.key('firmId')}
            {...form.getInputProps('firmId')}
            onChange={(value) => {
              form.setFieldValue('firmId', value);
              form.setFieldValue('allocations', {});
            }}
          />
          <MoneyInput
            label={t('billing.payments.amount')}
            required
            data-testid="payment-amount"
            key={form.key('amount')}
            {...form.getInputProps('amount')}
          />
          <DateField
            label={t('billing.payments.receivedOn')}
            required
            max={todayInVietnam()}
            data-testid="payment-received-on"
            key={form.key('receivedOn')}
            {...form.getInputProps('receivedOn')}
          />
          <Select
            label={t('billing.payments.method')}
            required
            allowDeselect={false}
            data-testid="payment-method"
            data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`billing.paymentMethod.${m}`) }))}
            key={form.key('method')}
            {...form.getInputProps('method')}
          />
        </SimpleGrid>
        <TextInput
          label={t('billing.payments.bankReference')}
          description={t('billing.payments.bankReferenceHint')}
          data-testid="payment-reference"
          key={form.key('bankReference')}
          {...form.getInputProps('bankReference')}
        />
        {values.method === 'CASH' && amount >= NON_CASH_THRESHOLD && (
          <Alert color="yellow" variant="light" data-testid="payment-cash-warning">
            {t('billing.payments.cashWarning', { threshold: format.money(NON_CASH_THRESHOLD) })}
          </Alert>
        )}
        {values.firmId !== null &&
          (open.error ? (
            <ServerErrorAlert error={open.error} />
          ) : open.isPending ? (
            <Text size="sm" c="dimmed">
              {t('common.loading')}
            </Text>
          ) : openInvoices.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="payment-no-open">
              {t('billing.payments.noOpenInvoices')}
            </Text>
          ) : (
            <AllocationTable invoices={openInvoices} amount={amount} form={form} />
          ))}
        <Group justify="flex-end">
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={save.isPending} data-testid="payment-submit">
            {t('billing.payments.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
