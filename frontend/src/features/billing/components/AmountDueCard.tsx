import { ActionIcon, Anchor, Button, Card, CopyButton, Group, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useFormat } from '@/lib/use-format';
import { useAmountDue } from '../api/amount-due';
import type { AmountDueData } from '../api/amount-due';
import { InvoiceStatusBadge } from './badges';
import { StatCard } from './StatCard';
import { VietQrCode } from './VietQrCode';

/** One transfer detail with a button that copies it, for paying from a phone without retyping. */
function CopyRow({ label, value, shown, testId }: { label: string; value: string; shown?: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <div style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text fw={600} ff={testId === 'pay-all-purpose' ? 'monospace' : undefined} style={{ wordBreak: 'break-all' }} data-testid={testId}>
          {shown ?? value}
        </Text>
      </div>
      <CopyButton value={value} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('billing.amountDue.copied') : t('billing.amountDue.copy', { what: label })} withArrow>
            <ActionIcon
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={t('billing.amountDue.copy', { what: label })}
              size="lg"
            >
              <span aria-hidden>{copied ? '✓' : '⧉'}</span>
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** The one QR for everything open, and the same details to type or paste by hand. */
function PayAllPanel({ due }: { due: AmountDueData }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (due.payee == null) {
    return <Text c="dimmed">{t('billing.invoice.noBankAccount')}</Text>;
  }
  return (
    <Stack gap="sm" data-testid="pay-all-panel">
      {due.vietqr != null && <VietQrCode payload={due.vietqr} purpose={null} />}
      <Text size="sm" ta="center">
        {t('billing.amountDue.scanHint')}
      </Text>
      <CopyRow
        label={t('billing.amountDue.bank')}
        value={due.payee.bankName ?? due.payee.bankBin}
        testId="pay-all-bank"
      />
      <CopyRow label={t('billing.amountDue.holder')} value={due.payee.holder} testId="pay-all-holder" />
      <CopyRow label={t('billing.amountDue.account')} value={due.payee.account} testId="pay-all-account" />
      <CopyRow
        label={t('billing.amountDue.amount')}
        value={String(due.open)}
        shown={format.money(due.open)}
        testId="pay-all-amount"
      />
      {due.purpose != null && (
        <CopyRow label={t('billing.amountDue.purpose')} value={due.purpose} testId="pay-all-purpose" />
      )}
      <Text size="xs" c="dimmed">
        {t('billing.amountDue.purposeHint')}
      </Text>
    </Stack>
  );
}

/** The open invoices, each with its own payment (its page has its QR). */
function OpenInvoices({ due }: { due: AmountDueData }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs">
      <Title order={4}>{t('billing.amountDue.invoicesTitle')}</Title>
      <Table.ScrollContainer minWidth={360}>
        <Table verticalSpacing={6} fz="sm" data-testid="amount-due-invoices">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('billing.invoice.number')}</Table.Th>
              <Table.Th>{t('billing.invoice.dueOn')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('billing.invoice.open')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {due.invoices.map((invoice) => (
              <Table.Tr key={invoice.id} data-testid="amount-due-invoice">
                <Table.Td>
                  <Anchor component={Link} to={`/my-invoices/${invoice.id}`} size="sm" ff="monospace">
                    {invoice.numberLabel}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {invoice.clusterName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    {invoice.dueOn != null ? format.date(invoice.dueOn) : t('common.empty')}
                    <InvoiceStatusBadge status={invoice.status} />
                  </Stack>
                </Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{format.money(invoice.open)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  <Button component={Link} to={`/my-invoices/${invoice.id}`} size="xs" variant="light">
                    {t('billing.amountDue.payOne')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Anchor component={Link} to="/my-statement" size="sm">
        {t('billing.amountDue.statementLink')}
      </Anchor>
    </Stack>
  );
}

/**
 * "Amount due" on an enterprise's home: how much it owes, how much is late, when the next
 * payment falls due, and one VietQR paying everything (first on a phone, where it is scanned
 * from another screen or its details copied into the banking app).
 */
export function AmountDueCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const due = useAmountDue(null);
  return (
    <Card withBorder padding="lg" data-testid="amount-due">
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('billing.amountDue.title')}
        </Title>
        {due.error ? (
          <ErrorAlert error={due.error} />
        ) : due.data === undefined ? (
          <Text c="dimmed">{t('common.loading')}</Text>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <StatCard label={t('billing.amountDue.open')} value={format.money(due.data.open)} data-testid="amount-due-open" />
              <StatCard
                label={t('billing.amountDue.overdue')}
                value={format.money(due.data.overdue)}
                color={due.data.overdue > 0 ? 'red.8' : undefined}
                data-testid="amount-due-overdue"
              />
              <StatCard
                label={t('billing.amountDue.nextDue')}
                value={due.data.nextDueOn != null ? format.date(due.data.nextDueOn) : t('common.empty')}
                data-testid="amount-due-next"
              />
            </SimpleGrid>
            {due.data.open === 0 ? (
              <Text data-testid="amount-due-nothing">{t('billing.amountDue.nothing')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
                <PayAllPanel due={due.data} />
                <OpenInvoices due={due.data} />
              </SimpleGrid>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
