import { ActionIcon, Anchor, Button, Card, CopyButton, Group, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useFormat } from '@/lib/use-format';
import { useAmountDue } from '../api/amount-due';
import type { AmountDueData } from '../api/amount-due';
import { InvoiceStatusBadge } from './badges';
import { StatCard } from './StatCard';
import { VietQrCode } from './VietQrCode';

/** Two overlapping sheets (copy), or a tick once copied. */
function CopyIcon({ copied }: { copied: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden>
      {copied ? (
        <path d="M5 12l5 5L20 7" />
      ) : (
        <>
          <rect x="8" y="8" width="12" height="12" rx="2" />
          <path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" />
        </>
      )}
    </svg>
  );
}

/** One transfer detail with a button that copies it, for paying from a phone without retyping. */
function CopyRow({ label, value, shown, testId }: { label: string; value: string; shown?: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <div style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text fw={600} ff={testId === 'pay-all-purpose' ? 'monospace' : undefined} style={{ overflowWrap: 'anywhere' }} data-testid={testId}>
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
              <CopyIcon copied={copied} />
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

/** The open invoices, each with its own payment (its page has its QR); rows wrap on a phone. */
function OpenInvoices({ due }: { due: AmountDueData }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('billing.amountDue.invoicesTitle')}
      </Title>
      <Stack gap={0} data-testid="amount-due-invoices">
        {due.invoices.map((invoice) => (
          <Group
            key={invoice.id}
            justify="space-between"
            gap="xs"
            py="xs"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
            data-testid="amount-due-invoice"
          >
            <div>
              <Anchor component={Link} to={`/my-invoices/${invoice.id}`} size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {invoice.numberLabel}
              </Anchor>
              <Text size="xs" c="dimmed">
                {invoice.clusterName} · {t('billing.invoice.dueOn')}{' '}
                {invoice.dueOn != null ? format.date(invoice.dueOn) : t('common.empty')}
              </Text>
            </div>
            <Group gap="xs" wrap="nowrap">
              <InvoiceStatusBadge status={invoice.status} />
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {format.money(invoice.open)}
              </Text>
              <Button component={Link} to={`/my-invoices/${invoice.id}`} size="xs" variant="light">
                {t('billing.amountDue.payOne')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
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
                color={due.data.overdue > 0 ? 'red.9' : undefined}
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
