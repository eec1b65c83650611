import { Button, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DialogButton } from '@/components/ui/DialogButton';
import { DateField } from '@/components/ui/DateField';
import { MoneyInput } from '@/components/ui/MoneyInput';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { todayInVietnam } from '@/lib/format';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useFormat } from '@/lib/use-format';
import { useRecordRefund } from '../api/refunds';
import { wholeAmount } from '../lib/credit-note';

interface RefundValues {
  /** Whole đồng. */
  amount: number | string;
  refundedOn: string;
  bankReference: string;
  note: string;
}

interface RefundFormProps {
  firmId: string;
  firmName: string;
  /** The firm's credit today: the most that can be given back, and what is filled in. */
  credit: number;
  onDone: () => void;
}

/**
 * Money given back to a firm out of its credit: how much (all of it unless changed, never more),
 * the day it left and the bank's reference of the transfer, with an optional note for the
 * statement. The server's field problems are shown on their fields.
 */
export function RefundForm({ firmId, firmName, credit, onDone }: RefundFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = todayInVietnam();
  const form = useForm<RefundValues>({
    mode: 'controlled',
    initialValues: { amount: credit, refundedOn: today, bankReference: '', note: '' },
    validate: (values) => {
      const errors: Record<string, string> = {};
      const amount = wholeAmount(values.amount);
      if (amount <= 0) errors.amount = t('billing.refund.positive');
      else if (amount > credit) errors.amount = t('billing.refund.moreThanCredit', { credit: format.money(credit) });
      if (values.refundedOn === '') errors.refundedOn = t('common.required');
      if (values.bankReference.trim() === '') errors.bankReference = t('common.required');
      return errors;
    },
  });
  const record = useRecordRefund({
    onSuccess: (rows) => {
      const amount = rows.reduce((sum, row) => sum + row.amount, 0);
      notifications.show({ color: 'teal', message: t('billing.refund.recorded', { amount: format.money(amount), firm: firmName }) });
      onDone();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  // A field problem is shown on its field; anything else (a refusal, the server down) up here.
  const showError = record.isError && !(isApiError(record.error, 'VALIDATION') && record.error.fields.length > 0);
  const amount = wholeAmount(form.getValues().amount);

  const submit = (values: RefundValues) => {
    const note = values.note.trim();
    record.mutate({
      firmId,
      amount: wholeAmount(values.amount),
      refundedOn: values.refundedOn,
      bankReference: values.bankReference.trim(),
      note: note === '' ? null : note,
    });
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('billing.refund.hint')}
        </Text>
        <Group justify="space-between" gap="md" wrap="nowrap">
          <Text size="sm">{t('billing.refund.credit')}</Text>
          <Text fw={700} data-testid="refund-credit">
            {format.money(credit)}
          </Text>
        </Group>
        {showError && <ServerErrorAlert error={record.error} data-testid="refund-error" />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MoneyInput
            label={t('billing.refund.amount')}
            required
            max={credit}
            data-testid="refund-amount"
            key={form.key('amount')}
            {...form.getInputProps('amount')}
          />
          <DateField
            label={t('billing.refund.refundedOn')}
            required
            max={today}
            data-testid="refund-date"
            key={form.key('refundedOn')}
            {...form.getInputProps('refundedOn')}
          />
        </SimpleGrid>
        <TextInput
          label={t('billing.refund.bankReference')}
          description={t('billing.refund.bankReferenceHint')}
          required
          maxLength={200}
          data-testid="refund-reference"
          key={form.key('bankReference')}
          {...form.getInputProps('bankReference')}
        />
        <Textarea
          label={t('billing.refund.note')}
          autosize
          minRows={2}
          maxLength={500}
          data-testid="refund-note"
          key={form.key('note')}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} data-testid="refund-submit">
            {t('billing.refund.submit', { amount: format.money(amount) })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Record refund" on a firm's statement (operator admins, when the firm has credit) and its dialog. */
export function RefundButton({ firmId, firmName, credit }: { firmId: string; firmName: string; credit: number }) {
  const { t } = useTranslation();
  return (
    <DialogButton label={t('billing.refund.record')} color="orange" data-testid="statement-refund" title={t('billing.refund.title', { firm: firmName })} size="lg">
      {(close) => <RefundForm firmId={firmId} firmName={firmName} credit={credit} onDone={close} />}
    </DialogButton>
  );
}
