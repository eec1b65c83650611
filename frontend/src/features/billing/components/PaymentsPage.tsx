import { Button, Card, Group, Modal, Select, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import { useFirmOptions } from '@/lib/firm-options';
import { useFormat } from '@/lib/use-format';
import { usePayments } from '../api/payments';
import type { PaymentRow } from '../api/payments';
import { PaymentForm } from './PaymentForm';

/** Payments (operators): money received, newest first, and the form to record a payment. */
export function PaymentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [opened, { open, close }] = useDisclosure(false);
  const [firmId, setFirmId] = useState<string | null>(null);
  const firms = useFirmOptions();
  // The payment carries only its firm's id: names come from the firm list.
  const firmNames = new Map((firms.data ?? []).map((firm) => [firm.id, firm.name]));
  const payments = usePayments(firmId);

  const columns: Column<PaymentRow>[] = [
    { key: 'receivedOn', header: t('billing.payments.receivedOn'), nowrap: true, render: (row) => format.date(row.receivedOn) },
    { key: 'firm', header: t('billing.payments.firm'), render: (row) => firmNames.get(row.firmId) ?? t('common.empty') },
    { key: 'amount', header: t('billing.payments.amount'), nowrap: true, render: (row) => <b>{format.money(row.amount)}</b> },
    { key: 'method', header: t('billing.payments.method'), nowrap: true, render: (row) => t(`billing.paymentMethod.${row.method}`) },
    {
      key: 'reference',
      header: t('billing.payments.bankReference'),
      render: (row) => (
        <Text size="sm" ff="monospace" style={{ wordBreak: 'break-word' }}>
          {row.bankReference ?? t('common.empty')}
        </Text>
      ),
    },
    {
      key: 'allocated',
      header: t('billing.payments.allocatedTo'),
      nowrap: true,
      render: (row) => t('billing.payments.invoiceCount', { count: row.allocations.length }),
    },
    {
      key: 'unallocated',
      header: t('billing.payments.unallocated'),
      nowrap: true,
      render: (row) => (
        <Text size="sm" c={row.unallocated > 0 ? 'orange.9' : 'dimmed'} fw={row.unallocated > 0 ? 600 : undefined}>
          {format.money(row.unallocated)}
        </Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('billing.payments.title')} description={t('billing.payments.description')} />
      <Card withBorder padding="lg">
        <Group mb="md" justify="space-between" align="flex-end">
          <Select
            label={t('billing.payments.firm')}
            placeholder={t('common.all')}
            clearable
            searchable
            w={{ base: '100%', xs: 280 }}
            data-testid="payment-filter-firm"
            value={firmId}
            onChange={setFirmId}
            data={(firms.data ?? []).map((firm) => ({ value: firm.id, label: firm.name }))}
          />
          <Button onClick={open} data-testid="payment-create">
            {t('billing.payments.create')}
          </Button>
        </Group>
        {payments.error ? (
          <ErrorAlert error={payments.error} />
        ) : (
          <>
            <DataTable
              rows={payments.nodes}
              columns={columns}
              rowKey={(row) => row.id}
              emptyText={payments.isPending ? t('common.loading') : t('billing.payments.empty')}
              data-testid="payments-table"
            />
            <LoadMore
              shown={payments.nodes.length}
              total={payments.totalCount}
              hasMore={payments.hasMore}
              loading={payments.isLoadingMore}
              onLoadMore={payments.loadMore}
              data-testid="payments-load-more"
            />
          </>
        )}
      </Card>
      {/* Kept mounted: closing the dialog after a failed attempt keeps its values and idempotency key. */}
      <Modal opened={opened} onClose={close} title={t('billing.payments.createTitle')} size="xl" keepMounted>
        <PaymentForm onDone={close} />
      </Modal>
    </>
  );
}
