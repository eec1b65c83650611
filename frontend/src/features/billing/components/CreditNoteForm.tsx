import { Alert, Box, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DialogButton } from '@/components/ui/DialogButton';
import { MoneyInput } from '@/components/ui/MoneyInput';
import { useFormat } from '@/lib/use-format';
import { useIssueCreditNote } from '../api/credit-notes';
import type { InvoiceDetailData } from '../api/invoices';
import { correctionVat, creditAllOpen, creditNoteLines, creditTotals, wholeAmount } from '../lib/credit-note';
import { isCorrectable } from '../lib/corrections';
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

interface CreditNoteValues extends CorrectionBasis {
  /** Đồng to take off each line before VAT, by line id; empty: not credited. */
  amounts: Record<string, number | string>;
}

/**
 * True when an operator may correct this invoice by a credit note: a correctable invoice (paid
 * or not: what was paid beyond the new total becomes the firm's credit) with something left
 * to credit.
 */
export function canIssueCreditNote(invoice: InvoiceDetailData): boolean {
  return isCorrectable(invoice) && invoice.lines.some((line) => line.creditable > 0);
}

/**
 * The amounts to take off each line of an invoice (before VAT, at most what is still creditable
 * on the line) and why. VAT is worked out per line at the line's own rate, rounded as the server
 * rounds it, so the totals shown are those of the credit note; they may not exceed what is open.
 */
export function CreditNoteForm({ invoice, onCancel }: { invoice: InvoiceDetailData; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const creditable = invoice.lines.filter((line) => line.creditable > 0);
  const form = useForm<CreditNoteValues>({
    mode: 'controlled',
    initialValues: { ...emptyCorrectionBasis(), amounts: {} },
    validate: (values) => {
      const errors = correctionBasisErrors(t, values);
      for (const line of creditable) {
        if (wholeAmount(values.amounts[line.id]) > line.creditable) {
          errors[`amounts.${line.id}`] = t('billing.creditNote.moreThanCreditable');
        }
      }
      return errors;
    },
  });
  const values = form.getValues();
  const totals = creditTotals(invoice.lines, values.amounts);
  const overOpen = totals.total > invoice.open;
  const nothingTyped = totals.net === 0;

  const errors = useCorrectionErrors(form.setErrors);
  const issue = useIssueCreditNote({
    onMutate: errors.reset,
    onSuccess: (note) => {
      notifications.show({ color: 'teal', message: t('billing.creditNote.issued', { number: note.numberLabel }) });
      void navigate(`/invoices/${note.id}`);
    },
    onError: (error, sent) => errors.place(error, amountField(sent.lines)),
  });

  const submit = (submitted: CreditNoteValues) =>
    issue.mutate({
      invoiceId: invoice.id,
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
          {t('billing.creditNote.hint')}
        </Text>
        {issue.isError && (
          <CorrectionError error={issue.error} unplaced={errors.unplaced} title={t('billing.creditNote.rejected')} data-testid="credit-note-error" />
        )}
        <Table.ScrollContainer minWidth={900}>
          <Table withTableBorder verticalSpacing={4} data-testid="credit-note-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                {/* Wide enough to read a line (late interest names its invoice and days) on a phone, where the table scrolls. */}
                <Table.Th miw={240}>{t('billing.line.description')}</Table.Th>
                <Table.Th style={right}>{t('billing.line.amount')}</Table.Th>
                <Table.Th style={right}>{t('billing.creditNote.creditable')}</Table.Th>
                <Table.Th style={right}>{t('billing.line.vatRate')}</Table.Th>
                <Table.Th style={right} w={170}>
                  {t('billing.creditNote.amount')}
                </Table.Th>
                <Table.Th style={right}>{t('billing.line.vatAmount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.lines.map((line, index) => {
                const amount = wholeAmount(values.amounts[line.id]);
                return (
                  <Table.Tr key={line.id} data-testid="credit-note-line">
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Td>{format.language === 'en' ? line.descriptionEn : line.descriptionVi}</Table.Td>
                    <Table.Td style={right}>{format.money(line.amount)}</Table.Td>
                    <Table.Td style={right}>{format.money(line.creditable)}</Table.Td>
                    <Table.Td style={right}>
                      {line.vatBp == null ? t('billing.invoice.notSubject') : format.rateBp(line.vatBp)}
                    </Table.Td>
                    <Table.Td>
                      {line.creditable > 0 ? (
                        <MoneyInput
                          size="xs"
                          max={line.creditable}
                          aria-label={t('billing.creditNote.amountFor', { line: index + 1 })}
                          data-testid={`credit-note-amount-${index}`}
                          key={form.key(`amounts.${line.id}`)}
                          {...form.getInputProps(`amounts.${line.id}`)}
                        />
                      ) : (
                        <Text size="sm" c="dimmed" ta="right">
                          {t('common.empty')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={right}>{amount > 0 ? format.money(correctionVat(amount, line)) : t('common.empty')}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Group gap="xs">
            <Button
              variant="light"
              size="xs"
              onClick={() => form.setFieldValue('amounts', creditAllOpen(invoice.lines, invoice.open))}
              data-testid="credit-note-fill"
            >
              {t('billing.creditNote.creditAllOpen')}
            </Button>
            <Button variant="subtle" size="xs" onClick={() => form.setFieldValue('amounts', {})} disabled={nothingTyped}>
              {t('billing.creditNote.clear')}
            </Button>
          </Group>
          <Box miw={280}>
            <CorrectionTotals
              testIdPrefix="credit-note"
              rows={[
                { label: t('billing.invoice.subtotal'), value: totals.net, testId: 'credit-note-net' },
                { label: t('billing.invoice.vatTotal'), value: totals.vat, testId: 'credit-note-vat' },
                { label: t('billing.creditNote.total'), value: totals.total, testId: 'credit-note-total', strong: true },
                { label: t('billing.creditNote.openOnInvoice'), value: invoice.open, testId: 'credit-note-open', dimmed: true },
              ]}
            />
          </Box>
        </Group>
        {overOpen && (
          <Alert color="yellow" variant="light" data-testid="credit-note-over-open">
            {t('billing.creditNote.overOpen', { open: format.money(invoice.open) })}
          </Alert>
        )}
        <CorrectionBasisFields
          inputs={(field) => form.getInputProps(field)}
          testIdPrefix="credit-note"
          reasonLabel={t('billing.creditNote.reason')}
          reasonPlaceholder={t('billing.creditNote.reasonPlaceholder')}
          reasonHint={t('billing.creditNote.reasonHint')}
          issuedOn={invoice.issuedOn}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={issue.isPending} disabled={nothingTyped} data-testid="credit-note-submit">
            {t('billing.creditNote.submit', { total: format.money(totals.total) })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Issue credit note" and its dialog (operator admins, on an invoice that can still be credited). */
export function CreditNoteButton({ invoice }: { invoice: InvoiceDetailData }) {
  const { t } = useTranslation();
  return (
    <DialogButton label={t('billing.creditNote.issue')} color="grape" data-testid="invoice-credit-note" title={t('billing.creditNote.title', { number: invoice.numberLabel })} size="80rem">
      {(close) => <CreditNoteForm invoice={invoice} onCancel={close} />}
    </DialogButton>
  );
}
