import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { DateField } from '@/components/ui/DateField';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { FirmPaymentButton } from './InvoicePaymentButton';
import { RefundButton } from './RefundForm';
import type { StatementEntryKind } from '@/gql/graphql';
import { isCalendarDate } from '@/lib/dates';
import { todayInVietnam } from '@/lib/format';
import { downloadAsViewer } from '@/lib/download';
import { errorMessage } from '@/lib/graphql/error-message';
import { useViewer } from '@/lib/session/use-session';
import { useFormat } from '@/lib/use-format';
import { useFirmStatement } from '../api/reports';
import type { StatementData } from '../api/reports';
import { inLanguage } from '../lib/documents';
import { statementEntryText } from '../lib/entry-text';
import { isValidRange, rangeFromSearch, statementFileName } from '../lib/statement';
import type { DateRange } from '../lib/statement';
import { StatCard } from './StatCard';

const KIND_COLORS: Record<StatementEntryKind, string> = {
  INVOICE: 'blue',
  CREDIT_NOTE: 'grape',
  PAYMENT: 'teal',
  REFUND: 'orange',
};

const right = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

/** The entries between the opening and the closing balance, each invoice or credit note a link (payments and refunds are not pages). */
function EntriesTable({ statement, invoicePath }: { statement: StatementData; invoicePath: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const debit = statement.entries.reduce((sum, entry) => sum + entry.debit, 0);
  const credit = statement.entries.reduce((sum, entry) => sum + entry.credit, 0);
  const amount = (value: number) => (value === 0 ? '' : format.money(value));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="xs" data-testid="statement-entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('billing.statement.date')}</Table.Th>
            <Table.Th>{t('billing.statement.kindLabel')}</Table.Th>
            <Table.Th>{t('billing.statement.reference')}</Table.Th>
            <Table.Th>{t('billing.statement.descriptionLabel')}</Table.Th>
            <Table.Th style={right}>{t('billing.statement.debit')}</Table.Th>
            <Table.Th style={right}>{t('billing.statement.credit')}</Table.Th>
            <Table.Th style={right}>{t('billing.statement.balance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr data-testid="statement-opening">
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(statement.from)}</Table.Td>
            <Table.Td colSpan={5}>
              <Text size="sm" fw={500}>
                {t('billing.statement.openingBalance')}
              </Text>
            </Table.Td>
            <Table.Td style={right} fw={600}>
              {format.money(statement.openingBalance)}
            </Table.Td>
          </Table.Tr>
          {statement.entries.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text c="dimmed" size="sm" ta="center" py="sm">
                  {t('billing.statement.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            statement.entries.map((entry, index) => (
              <Table.Tr key={`${entry.documentId}-${index}`} data-testid="statement-entry" data-kind={entry.kind}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(entry.on)}</Table.Td>
                <Table.Td>
                  <Badge color={KIND_COLORS[entry.kind]} variant="light" miw="max-content">
                    {t(`billing.statement.kind.${entry.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {entry.kind === 'PAYMENT' || entry.kind === 'REFUND' ? (
                    entry.reference
                  ) : (
                    <Anchor component={Link} to={`${invoicePath}/${entry.documentId}`} size="sm" ff="monospace">
                      {entry.reference}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{statementEntryText(t, entry)}</Table.Td>
                <Table.Td style={right}>{amount(entry.debit)}</Table.Td>
                <Table.Td style={right}>{amount(entry.credit)}</Table.Td>
                <Table.Td style={right} c={entry.balance < 0 ? 'teal.9' : undefined}>
                  {format.money(entry.balance)}
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={4}>{t('billing.statement.totals')}</Table.Th>
            <Table.Th style={right} data-testid="statement-total-debit">
              {format.money(debit)}
            </Table.Th>
            <Table.Th style={right} data-testid="statement-total-credit">
              {format.money(credit)}
            </Table.Th>
            <Table.Th style={right} data-testid="statement-closing">
              {format.money(statement.closingBalance)}
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function StatementFigures({ statement }: { statement: StatementData }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
      <StatCard label={t('billing.statement.openingBalance')} value={format.money(statement.openingBalance)} data-testid="statement-opening-balance" />
      <StatCard label={t('billing.statement.invoiced')} value={format.money(statement.invoiced)} />
      <StatCard label={t('billing.statement.credited')} value={format.money(statement.credited)} />
      <StatCard label={t('billing.statement.paid')} value={format.money(statement.paid)} />
      <StatCard label={t('billing.statement.refunded')} value={format.money(statement.refunded)} data-testid="statement-refunded" />
      <StatCard
        label={t('billing.statement.closingBalance')}
        value={format.money(statement.closingBalance)}
        color={statement.closingBalance > 0 ? 'red' : undefined}
        note={statement.closingBalance > 0 ? t('billing.statement.owes') : statement.closingBalance < 0 ? t('billing.statement.ahead') : undefined}
        data-testid="statement-closing-balance"
      />
      <StatCard
        label={t('billing.statement.unallocatedCredit')}
        value={format.money(statement.unallocatedCredit)}
        color={statement.unallocatedCredit > 0 ? 'teal' : undefined}
        note={t('billing.statement.unallocatedHint')}
        data-testid="statement-unallocated"
      />
    </SimpleGrid>
  );
}

/**
 * Downloads the statement from the paths the server gives (with the bearer token): CSV for a
 * spreadsheet (in the reader's language), PDF to print, sign and send when the firm and the
 * operator reconcile.
 */
function StatementDownloadButtons({ statement, range }: { statement: StatementData; range: DateRange }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorMessage(t, error) });
  const csv = useMutation({
    mutationFn: () => downloadAsViewer(inLanguage(statement.csvPath, language), statementFileName(statement.firmTaxCode, range)),
    onError,
  });
  const pdf = useMutation({
    mutationFn: () => downloadAsViewer(statement.pdfPath, statementFileName(statement.firmTaxCode, range, 'pdf')),
    onError,
  });
  return (
    <Group gap="xs">
      <Button variant="default" loading={csv.isPending} onClick={() => csv.mutate()} data-testid="statement-csv">
        {t('billing.statement.downloadCsv')}
      </Button>
      <Button variant="default" loading={pdf.isPending} onClick={() => pdf.mutate()} data-testid="statement-pdf">
        {t('statementPdf.download')}
      </Button>
    </Group>
  );
}

/**
 * A firm's statement of account for a period kept in the address (`?from=&to=`, by default
 * this year so far): opening balance, every invoice, credit note, payment and refund with the
 * running balance, the closing balance and the credit not yet applied, which an operator admin
 * may give back (a refund). `firmId` null: the signed-in enterprise user's own firm.
 */
function StatementView({ firmId, invoicePath }: { firmId: string | null; invoicePath: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const range = rangeFromSearch(params, today);
  const valid = isValidRange(range);
  const setDate = (key: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const statement = useFirmStatement(firmId, range, valid);
  const data = statement.data;
  const viewer = useViewer();

  return (
    <Stack gap="lg" data-testid="statement">
      <Card withBorder padding="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Group align="flex-end" wrap="wrap">
            <DateField
              clearable={false}
              label={t('billing.statement.from')}
              w={{ base: '100%', xs: 180 }}
              value={range.from}
              onChange={(value) => {
                if (isCalendarDate(value)) setDate('from', value);
              }}
              data-testid="statement-from"
            />
            <DateField
              clearable={false}
              label={t('billing.statement.to')}
              w={{ base: '100%', xs: 180 }}
              value={range.to}
              error={valid ? null : t('billing.statement.toBeforeFrom')}
              onChange={(value) => {
                if (isCalendarDate(value)) setDate('to', value);
              }}
              data-testid="statement-to"
            />
          </Group>
          {data && <StatementDownloadButtons statement={data} range={range} />}
        </Group>
      </Card>
      {!valid ? null : statement.error ? (
        <ErrorAlert error={statement.error} overrides={{ NOT_FOUND: t('billing.statement.notFound') }} />
      ) : statement.isPending || !data ? (
        <CenteredLoader />
      ) : (
        <>
          <Group justify="space-between" wrap="wrap">
            <Group gap="md">
              <Title order={3} size="h4" data-testid="statement-firm">
                {data.firmName}
              </Title>
              {firmId !== null && <FirmPaymentButton firmId={firmId} firmName={data.firmName} owed={data.closingBalance} />}
              {firmId !== null && viewer.role === 'OPERATOR_ADMIN' && data.unallocatedCredit > 0 && (
                <RefundButton firmId={firmId} firmName={data.firmName} credit={data.unallocatedCredit} />
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t('billing.invoice.taxCode')}: {data.firmTaxCode === '' ? t('common.empty') : data.firmTaxCode} ·{' '}
              {format.date(data.from)} – {format.date(data.to)}
            </Text>
          </Group>
          <StatementFigures statement={data} />
          <Card withBorder padding="lg">
            <EntriesTable statement={data} invoicePath={invoicePath} />
          </Card>
        </>
      )}
    </Stack>
  );
}

/** A firm's statement of account (operators), opened from the firms list or the receivables. */
export function FirmStatementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <>
      <Group gap="md">
        <Anchor component={Link} to="/firms" size="sm">
          ← {t('nav.firms')}
        </Anchor>
        <Anchor component={Link} to="/receivables" size="sm">
          {t('nav.receivables')}
        </Anchor>
      </Group>
      <PageHeader title={t('billing.statement.title')} description={t('billing.statement.description')} />
      <StatementView firmId={id} invoicePath="/invoices" />
    </>
  );
}

/** My statement (enterprise users): their own firm's statement of account. */
export function MyStatementPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('billing.statement.myTitle')} description={t('billing.statement.myDescription')} />
      <StatementView firmId={null} invoicePath="/my-invoices" />
    </>
  );
}
