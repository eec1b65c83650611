import { Badge, Radio, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useFormat } from '@/lib/use-format';
import { useInvoicePicker } from '../api/bank';
import type { PickableInvoice } from '../api/bank';

/**
 * Pick one open invoice, searched by number or buyer on the server; invoices whose open amount
 * equals `amount` are marked, as they are the likely ones.
 */
export function InvoicePicker({
  amount,
  value,
  onChange,
}: {
  amount: number;
  value: PickableInvoice | null;
  onChange: (invoice: PickableInvoice) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const invoices = useInvoicePicker(debounced);
  const right = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
  return (
    <Stack gap="xs">
      <TextInput
        label={t('billing.bank.pickSearch')}
        placeholder={t('billing.invoices.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        data-testid="invoice-picker-search"
        data-autofocus
      />
      {invoices.error ? (
        <ErrorAlert error={invoices.error} />
      ) : (
        <ScrollArea.Autosize mah={320}>
          <Table verticalSpacing={4} highlightOnHover data-testid="invoice-picker">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36} />
                <Table.Th>{t('billing.invoice.number')}</Table.Th>
                <Table.Th>{t('billing.invoice.buyer')}</Table.Th>
                <Table.Th>{t('billing.invoice.dueOn')}</Table.Th>
                <Table.Th style={right}>{t('billing.invoice.open')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoices.isPending || (invoices.data ?? []).length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed" ta="center" py="sm">
                      {invoices.isPending ? t('common.loading') : t('billing.bank.pickEmpty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                invoices.data.map((invoice) => (
                  <Table.Tr
                    key={invoice.id}
                    onClick={() => onChange(invoice)}
                    style={{ cursor: 'pointer' }}
                    bg={value?.id === invoice.id ? 'blue.0' : undefined}
                    data-testid="invoice-picker-row"
                  >
                    <Table.Td>
                      <Radio
                        checked={value?.id === invoice.id}
                        onChange={() => onChange(invoice)}
                        aria-label={invoice.numberLabel}
                        data-testid={`invoice-picker-${invoice.id}`}
                      />
                    </Table.Td>
                    <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {invoice.numberLabel}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{invoice.buyerName}</Text>
                      <Text size="xs" c="dimmed">
                        {invoice.clusterName}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {invoice.dueOn != null ? format.date(invoice.dueOn) : t('common.empty')}
                    </Table.Td>
                    <Table.Td style={right}>
                      <Stack gap={2} align="flex-end">
                        <Text size="sm">{format.money(invoice.open)}</Text>
                        {invoice.open === amount && (
                          <Badge size="xs" color="teal" variant="light">
                            {t('billing.bank.sameAmount')}
                          </Badge>
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
