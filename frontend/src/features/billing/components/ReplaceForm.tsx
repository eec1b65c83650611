import { Alert, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DialogButton } from '@/components/ui/DialogButton';
import { MoneyInput } from '@/components/ui/MoneyInput';
import { useFormat } from '@/lib/use-format';
import { useReplaceInvoice } from '../api/corrections';
import type { InvoiceDetailData } from '../api/invoices';
import { editsOf, replacedLine, replacementLines, replacementTotals } from '../lib/corrections';
import type { LineEdit } from '../lib/corrections';
import {
  CorrectionBasisFields,
  CorrectionError,
  correctionBasisErrors,
  emptyCorrectionBasis,
  useCorrectionErrors,
} from './CorrectionBasisFields';
import type { CorrectionBasis } from './CorrectionBasisFields';
import { CorrectionTotals } from './CorrectionTotals';

interface ReplacementValues extends CorrectionBasis {
  /** Each line's description and unit price as the replacement will print them, by line id. */
  lines: Record<string, LineEdit>;
}

/** The fields of a line the server may name in a problem (`input.lines.<i>.<name>`). */
const LINE_FIELDS = ['description', 'unitPrice'];

/**
 * A replacement of an issued invoice (Decree 70/2025): each line with its description and unit
 * price to correct (quantities and VAT rates stay), why, and the written agreement with the
 * buyer. Only what changes is sent; the server copies the rest and names the buyer as the
 * firm's register reads now. Once issued, the replacement's page opens.
 */
export function ReplaceForm({ invoice, onCancel }: { invoice: InvoiceDetailData; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const form = useForm<ReplacementValues>({
    mode: 'controlled',
    initialValues: { ...emptyCorrectionBasis(), lines: editsOf(invoice.lines) },
    validate: (values) => {
      const errors = correctionBasisErrors(t, values);
      for (const line of invoice.lines) {
        const edit = values.lines[line.id];
        if (edit?.description.trim() === '') errors[`lines.${line.id}.description`] = t('common.required');
        if (edit?.unitPrice === '') errors[`lines.${line.id}.unitPrice`] = t('common.required');
      }
      return errors;
    },
  });
  const values = form.getValues();
  const totals = replacementTotals(invoice.lines, values.lines);
  const unchanged = replacementLines(invoice.lines, values.lines).length === 0;

  // The server's problems that no field shows (a replacement that changes nothing, say).
  const errors = useCorrectionErrors(form.setErrors);
  const replace = useReplaceInvoice({
    onMutate: errors.reset,
    onSuccess: (replacement) => {
      notifications.show({ color: 'teal', message: t('billing.replacement.issued', { number: replacement.numberLabel }) });
      void navigate(`/invoices/${replacement.id}`);
    },
    // A line's problem is about the i-th line sent: its description or unit price field.
    onError: (error, sent) =>
      errors.place(error, (index, name) => {
        const line = sent.lines[index];
        return line && LINE_FIELDS.includes(name) ? `lines.${line.lineId}.${name}` : null;
      }),
  });

  const submit = (submitted: ReplacementValues) =>
    replace.mutate({
      invoiceId: invoice.id,
      reason: submitted.reason.trim(),
      agreementNumber: submitted.agreementNumber.trim(),
      agreementDate: submitted.agreementDate,
      lines: replacementLines(invoice.lines, submitted.lines),
    });

  const right = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('billing.replacement.hint')}
        </Text>
        {replace.isError && (
          <CorrectionError error={replace.error} unplaced={errors.unplaced} title={t('billing.replacement.rejected')} data-testid="replace-error" />
        )}
        <Table.ScrollContainer minWidth={960}>
          <Table withTableBorder verticalSpacing={4} data-testid="replace-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th miw={320}>{t('billing.replacement.description')}</Table.Th>
                <Table.Th style={right}>{t('billing.line.quantity')}</Table.Th>
                <Table.Th style={right} w={170}>
                  {t('billing.replacement.unitPrice')}
                </Table.Th>
                <Table.Th style={right}>{t('billing.line.amount')}</Table.Th>
                <Table.Th style={right}>{t('billing.line.vatRate')}</Table.Th>
                <Table.Th style={right}>{t('billing.line.vatAmount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.lines.map((line, index) => {
                const replaced = replacedLine(line, values.lines[line.id]);
                const priceChanged = replaced.unitPrice !== line.unitPrice;
                return (
                  <Table.Tr key={line.id} data-testid="replace-line">
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Td>
                      {/* A line's description can be long (late interest names its invoice and days): it wraps. */}
                      <Textarea
                        size="xs"
                        autosize
                        minRows={1}
                        maxRows={4}
                        aria-label={t('billing.replacement.descriptionFor', { line: index + 1 })}
                        // One line on the invoice: Enter does not break it.
                        onKeyDown={(event) => {
                          if (event.key === 'Enter') event.preventDefault();
                        }}
                        data-testid={`replace-description-${index}`}
                        key={form.key(`lines.${line.id}.description`)}
                        {...form.getInputProps(`lines.${line.id}.description`)}
                      />
                    </Table.Td>
                    <Table.Td style={right}>
                      {format.quantityE4(line.quantityE4)} {line.unit}
                    </Table.Td>
                    <Table.Td>
                      <MoneyInput
                        size="xs"
                        allowNegative={line.unitPrice < 0}
                        aria-label={t('billing.replacement.unitPriceFor', { line: index + 1 })}
                        description={priceChanged ? t('billing.replacement.was', { value: format.money(line.unitPrice) }) : undefined}
                        inputWrapperOrder={['label', 'input', 'description', 'error']}
                        data-testid={`replace-unit-price-${index}`}
                        key={form.key(`lines.${line.id}.unitPrice`)}
                        {...form.getInputProps(`lines.${line.id}.unitPrice`)}
                      />
                    </Table.Td>
                    <Table.Td style={right} fw={priceChanged ? 600 : undefined} data-testid={`replace-amount-${index}`}>
                      {format.money(replaced.amount)}
                    </Table.Td>
                    <Table.Td style={right}>
                      {line.vatBp == null ? t('billing.invoice.notSubject') : format.rateBp(line.vatBp)}
                    </Table.Td>
                    <Table.Td style={right}>{line.vatBp == null ? t('common.empty') : format.money(replaced.vat)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end">
          <CorrectionTotals
            testIdPrefix="replace"
            rows={[
              { label: t('billing.invoice.subtotal'), value: totals.net, testId: 'replace-net' },
              { label: t('billing.invoice.vatTotal'), value: totals.vat, testId: 'replace-vat' },
              { label: t('billing.replacement.total'), value: totals.total, testId: 'replace-total', strong: true },
              { label: t('billing.replacement.originalTotal'), value: invoice.total, testId: 'replace-original-total', dimmed: true },
              { label: t('billing.replacement.difference'), value: totals.total - invoice.total, testId: 'replace-difference', dimmed: true },
            ]}
          />
        </Group>
        {unchanged && (
          <Alert color="yellow" variant="light" data-testid="replace-unchanged">
            {t('billing.replacement.unchanged')}
          </Alert>
        )}
        <CorrectionBasisFields
          inputs={(field) => form.getInputProps(field)}
          testIdPrefix="replace"
          reasonLabel={t('billing.replacement.reason')}
          reasonPlaceholder={t('billing.replacement.reasonPlaceholder')}
          reasonHint={t('billing.replacement.reasonHint')}
          issuedOn={invoice.issuedOn}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={replace.isPending} data-testid="replace-submit">
            {t('billing.replacement.submit', { total: format.money(totals.total) })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Replace invoice" and its dialog (operator admins, on an invoice never adjusted). */
export function ReplaceButton({ invoice }: { invoice: InvoiceDetailData }) {
  const { t } = useTranslation();
  return (
    <DialogButton label={t('billing.replacement.issue')} color="indigo" data-testid="invoice-replace" title={t('billing.replacement.title', { number: invoice.numberLabel })} size="80rem">
      {(close) => <ReplaceForm invoice={invoice} onCancel={close} />}
    </DialogButton>
  );
}
