import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DialogButton } from '@/components/ui/DialogButton';
import { MoneyInput } from '@/components/ui/MoneyInput';
import { useFormat } from '@/lib/use-format';
import { useAdjustInvoice } from '../api/corrections';
import type { InvoiceDetailData } from '../api/invoices';
import { correctionVat, creditNoteLines, creditTotals, wholeAmount } from '../lib/credit-note';
import {
  CorrectionBasisFields,
  CorrectionError,
  amountField,
  correctionBasisErrors,
  emptyCorrectionBasis,
  useCorrectionErrors,
} from './CorrectionBasisFields';
import type { CorrectionBasis } from './CorrectionBasisFields';
import { CorrectionTotals } from './CorrectionTotals';

interface IncreaseValues extends CorrectionBasis {
  /** Đồng to add to each line before VAT, by line id; empty: the line is not adjusted. */
  amounts: Record<string, number | string>;
}

/**
 * An increase adjustment of an issued invoice (Decree 70/2025): the amounts to add to its lines
 * (before VAT, VAT per line at the line's own rate, rounded as the server rounds it), why, and
 * the written agreement with the buyer. The adjustment is an invoice of its own, paid like any
 * other; once issued, its page opens.
 */
export function IncreaseForm({ invoice, onCancel }: { invoice: InvoiceDetailData; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const form = useForm<IncreaseValues>({
    mode: 'controlled',
    initialValues: { ...emptyCorrectionBasis(), amounts: {} },
    validate: (values) => correctionBasisErrors(t, values),
  });
  const values = form.getValues();
  const totals = creditTotals(invoice.lines, values.amounts, 'INCREASE');
  const nothingTyped = totals.net === 0;

  const errors = useCorrectionErrors(form.setErrors);
  const adjust = useAdjustInvoice({
    onMutate: errors.reset,
    onSuccess: (adjustment) => {
      notifications.show({ color: 'teal', message: t('billing.increase.issued', { number: adjustment.numberLabel }) });
      void navigate(`/invoices/${adjustment.id}`);
    },
    onError: (error, sent) => errors.place(error, amountField(sent.lines)),
  });

  const submit = (submitted: IncreaseValues) =>
    adjust.mutate({
      invoiceId: invoice.id,
      direction: 'INCREASE',
      reason: submitted.reason.trim(),
      agreementNumber: submitted.agreementNumber.trim(),
      agreementDate: submitted.agreementDate,
      lines: creditNoteLines(invoice.lines, submitted.amounts),
    });

  const right = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('billing.increase.hint')}
        </Text>
        {adjust.isError && (
          <CorrectionError error={adjust.error} unplaced={errors.unplaced} title={t('billing.increase.rejected')} data-testid="increase-error" />
        )}
        <Table.ScrollContainer minWidth={820}>
          <Table withTableBorder verticalSpacing={4} data-testid="increase-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                {/* Wide enough to read a line (late interest names its invoice and days) on a phone, where the table scrolls. */}
                <Table.Th miw={240}>{t('billing.line.description')}</Table.Th>
                <Table.Th style={right}>{t('billing.line.amount')}</Table.Th>
                <Table.Th style={right}>{t('billing.line.vatRate')}</Table.Th>
                <Table.Th style={right} w={170}>
                  {t('billing.increase.amount')}
                </Table.Th>
                <Table.Th style={right}>{t('billing.line.vatAmount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.lines.map((line, index) => {
                const amount = wholeAmount(values.amounts[line.id]);
                return (
                  <Table.Tr key={line.id} data-testid="increase-line">
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Td>{format.language === 'en' ? line.descriptionEn : line.descriptionVi}</Table.Td>
                    <Table.Td style={right}>{format.money(line.amount)}</Table.Td>
                    <Table.Td style={right}>
                      {line.vatBp == null ? t('billing.invoice.notSubject') : format.rateBp(line.vatBp)}
                    </Table.Td>
                    <Table.Td>
                      <MoneyInput
                        size="xs"
                        aria-label={t('billing.increase.amountFor', { line: index + 1 })}
                        data-testid={`increase-amount-${index}`}
                        key={form.key(`amounts.${line.id}`)}
                        {...form.getInputProps(`amounts.${line.id}`)}
                      />
                    </Table.Td>
                    <Table.Td style={right}>{amount > 0 ? format.money(correctionVat(amount, line, 'INCREASE')) : t('common.empty')}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end">
          <CorrectionTotals
            testIdPrefix="increase"
            rows={[
              { label: t('billing.invoice.subtotal'), value: totals.net, testId: 'increase-net' },
              { label: t('billing.invoice.vatTotal'), value: totals.vat, testId: 'increase-vat' },
              { label: t('billing.increase.total'), value: totals.total, testId: 'increase-total', strong: true },
            ]}
          />
        </Group>
        <CorrectionBasisFields
          inputs={(field) => form.getInputProps(field)}
          testIdPrefix="increase"
          reasonLabel={t('billing.increase.reason')}
          reasonPlaceholder={t('billing.increase.reasonPlaceholder')}
          reasonHint={t('billing.increase.reasonHint')}
          issuedOn={invoice.issuedOn}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={adjust.isPending} disabled={nothingTyped} data-testid="increase-submit">
            {t('billing.increase.submit', { total: format.money(totals.total) })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Increase adjustment" and its dialog (operator admins, on an invoice that can be corrected). */
export function IncreaseButton({ invoice }: { invoice: InvoiceDetailData }) {
  const { t } = useTranslation();
  return (
    <DialogButton label={t('billing.increase.issue')} color="cyan" data-testid="invoice-increase" title={t('billing.increase.title', { number: invoice.numberLabel })} size="70rem">
      {(close) => <IncreaseForm invoice={invoice} onCancel={close} />}
    </DialogButton>
  );
}
