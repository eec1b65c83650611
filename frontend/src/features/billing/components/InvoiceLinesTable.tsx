import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvoiceLineDataFragment } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';

/**
 * An invoice's (or a draft's) lines: what, how much, at what price, and the VAT on each. A
 * late-interest notice (`vat` false) has no VAT, so no VAT columns.
 */
export function InvoiceLinesTable({
  lines,
  vat = true,
  'data-testid': testId,
}: {
  lines: readonly InvoiceLineDataFragment[];
  vat?: boolean;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const right = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
  return (
    <Table.ScrollContainer minWidth={vat ? 820 : 600}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>{t('billing.line.description')}</Table.Th>
            <Table.Th style={right}>{t('billing.line.quantity')}</Table.Th>
            <Table.Th>{t('billing.line.unit')}</Table.Th>
            <Table.Th style={right}>{t('billing.line.unitPrice')}</Table.Th>
            <Table.Th style={right}>{t('billing.line.amount')}</Table.Th>
            {vat && <Table.Th style={right}>{t('billing.line.vatRate')}</Table.Th>}
            {vat && <Table.Th style={right}>{t('billing.line.vatAmount')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={vat ? 8 : 6}>
                <Text c="dimmed" size="sm" ta="center">
                  {t('billing.line.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            lines.map((line, index) => (
              <Table.Tr key={index} data-testid="invoice-line" data-kind={line.kind}>
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>{format.language === 'en' ? line.descriptionEn : line.descriptionVi}</Table.Td>
                <Table.Td style={right}>{format.quantityE4(line.quantityE4)}</Table.Td>
                <Table.Td>{line.unit}</Table.Td>
                <Table.Td style={right}>{format.money(line.unitPrice)}</Table.Td>
                <Table.Td style={right}>{format.money(line.amount)}</Table.Td>
                {vat && (
                  <Table.Td style={right}>{line.vatBp == null ? t('billing.invoice.notSubject') : format.rateBp(line.vatBp)}</Table.Td>
                )}
                {vat && <Table.Td style={right}>{line.vatBp == null ? t('common.empty') : format.money(line.vatAmount)}</Table.Td>}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
