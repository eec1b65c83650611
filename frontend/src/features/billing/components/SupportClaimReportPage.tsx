import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { DateField } from '@/components/ui/DateField';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { Facts } from '@/components/ui/Facts';
import { PageHeader } from '@/components/ui/PageHeader';
import { useClusterOptions } from '@/lib/cluster-options';
import { calendarDateOrNull, isCalendarDate } from '@/lib/dates';
import { downloadAsViewer } from '@/lib/download';
import { errorMessage } from '@/lib/graphql/error-message';
import { useFormat } from '@/lib/use-format';
import { useSupportClaimReport } from '../api/support';
import type { SupportClaimReportData, SupportClaimRow } from '../api/support';
import { daysCovered, groupClaimsByFirm, supportClaimsFileName, supportClaimsPath } from '../lib/support-claims';
import type { FirmClaims } from '../lib/support-claims';
import type { DateRange } from '../lib/statement';
import { SupportMechanismBadge } from './badges';
import { StatCard } from './StatCard';

const right = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
const nowrap = { whiteSpace: 'nowrap' } as const;
/** Invoice, date, rent days, days, rent, rate, support. */
const COLUMNS = 7;

/** The range in the address (`?from=&to=`), or null for the programme's own period. */
function rangeFromSearch(params: URLSearchParams): DateRange | null {
  const from = calendarDateOrNull(params.get('from'));
  const to = calendarDateOrNull(params.get('to'));
  return from !== null && to !== null ? { from, to } : null;
}

/** One firm's claims: a heading row with its name and tax code, a row per invoice, its subtotal. */
function FirmRows({ group }: { group: FirmClaims<SupportClaimRow> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.Tbody data-testid="support-claims-firm" data-firm-id={group.firmId}>
      <Table.Tr bg="var(--mantine-color-default-hover)">
        <Table.Td colSpan={COLUMNS}>
          <Text size="sm" fw={600} data-testid="support-claims-firm-name">
            {group.firmName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('billing.support.report.taxCode', { taxCode: group.firmTaxCode === '' ? t('common.empty') : group.firmTaxCode })}
          </Text>
        </Table.Td>
      </Table.Tr>
      {group.claims.map((claim) => (
        <Table.Tr key={`${claim.invoiceId}-${claim.coveredFrom}`} data-testid="support-claim-row">
          <Table.Td style={nowrap}>
            <Anchor component={Link} to={`/invoices/${claim.invoiceId}`} size="sm" ff="monospace" data-testid="support-claim-invoice">
              {claim.invoiceNumber}
            </Anchor>
          </Table.Td>
          <Table.Td style={nowrap}>{claim.invoiceDate == null ? t('common.empty') : format.date(claim.invoiceDate)}</Table.Td>
          <Table.Td style={nowrap}>
            {format.date(claim.coveredFrom)} – {format.date(claim.coveredTo)}
          </Table.Td>
          <Table.Td style={right}>{format.integer(daysCovered(claim.coveredFrom, claim.coveredTo))}</Table.Td>
          <Table.Td style={right}>{format.money(claim.rent)}</Table.Td>
          <Table.Td style={right}>{format.rateBp(claim.rateBp)}</Table.Td>
          <Table.Td style={right}>{format.money(claim.amount)}</Table.Td>
        </Table.Tr>
      ))}
      <Table.Tr data-testid="support-claims-subtotal">
        <Table.Td colSpan={4}>
          <Text size="sm" fw={600}>
            {t('billing.support.report.subtotal')}
          </Text>
        </Table.Td>
        <Table.Td style={right} fw={600} data-testid="support-firm-rent">
          {format.money(group.rent)}
        </Table.Td>
        <Table.Td />
        <Table.Td style={right} fw={600} data-testid="support-firm-amount">
          {format.money(group.amount)}
        </Table.Td>
      </Table.Tr>
    </Table.Tbody>
  );
}

/** The claims by firm, with the report's totals; scrolls sideways on a phone like the other tables. */
function ClaimsTable({ report }: { report: SupportClaimReportData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = groupClaimsByFirm(report.claims, report.firms);
  if (groups.length === 0) {
    return (
      <Text c="dimmed" size="sm" ta="center" py="md" data-testid="support-claims-empty">
        {t('billing.support.report.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="xs" data-testid="support-claims-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('billing.support.report.invoice')}</Table.Th>
            <Table.Th>{t('billing.support.report.invoiceDate')}</Table.Th>
            <Table.Th>{t('billing.support.report.covered')}</Table.Th>
            <Table.Th style={right}>{t('billing.support.report.dayCount')}</Table.Th>
            <Table.Th style={right}>{t('billing.support.report.rent')}</Table.Th>
            <Table.Th style={right}>{t('billing.support.report.rateColumn')}</Table.Th>
            <Table.Th style={right}>{t('billing.support.report.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {groups.map((group) => (
          <FirmRows key={group.firmId} group={group} />
        ))}
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={4}>{t('billing.support.report.total')}</Table.Th>
            <Table.Th style={right} data-testid="support-claims-total-rent">
              {format.money(report.rent)}
            </Table.Th>
            <Table.Th />
            <Table.Th style={right} data-testid="support-claims-total-amount">
              {format.money(report.amount)}
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The CSV and PDF of the report as shown, downloaded as the signed-in user. */
function DownloadButtons({ programmeId, range }: { programmeId: string; range: DateRange }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const download = useMutation({
    mutationFn: (kind: 'csv' | 'pdf') =>
      downloadAsViewer(supportClaimsPath(kind, programmeId, range, language), supportClaimsFileName(range, kind)),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  });
  return (
    <Group gap="xs">
      <Button
        variant="default"
        loading={download.isPending && download.variables === 'csv'}
        onClick={() => download.mutate('csv')}
        data-testid="support-claims-csv"
      >
        {t('billing.support.report.csv')}
      </Button>
      <Button
        variant="default"
        loading={download.isPending && download.variables === 'pdf'}
        onClick={() => download.mutate('pdf')}
        data-testid="support-claims-pdf"
      >
        {t('billing.support.report.pdf')}
      </Button>
    </Group>
  );
}

/**
 * A support programme's claim report (operators): the support due to each firm, invoice by
 * invoice, over a range that defaults to the programme's period; as CSV and PDF for the province.
 */
export function SupportClaimReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const clusters = useClusterOptions();
  const asked = rangeFromSearch(params);
  const valid = asked === null || asked.from <= asked.to;
  const report = useSupportClaimReport(id, asked, valid);
  const data = report.data;
  const shown: DateRange | null = asked ?? (data ? { from: data.from, to: data.to } : null);
  const setDate = (which: keyof DateRange, value: string) => {
    if (!isCalendarDate(value) || shown === null) return;
    setParams({ ...shown, [which]: value }, { replace: true });
  };
  const programme = data?.programme;
  const groups = data ? groupClaimsByFirm(data.claims, data.firms) : [];

  return (
    <>
      <Anchor component={Link} to="/support-programmes" size="sm">
        ← {t('billing.support.report.back')}
      </Anchor>
      <PageHeader title={t('billing.support.report.title')} description={t('billing.support.report.description')} />
      <Stack gap="lg">
        {programme && (
          <Card withBorder padding="lg" data-testid="support-report-programme">
            <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
              <Title order={2} size="h4">
                {programme.name}
              </Title>
              <SupportMechanismBadge mechanism={programme.mechanism} />
            </Group>
            <Text size="sm" mb="md" data-testid="support-report-citation">
              {programme.citation}
            </Text>
            <Facts
              items={[
                { label: t('billing.support.period'), value: `${format.date(programme.startsOn)} – ${format.date(programme.endsOn)}` },
                {
                  label: t('billing.support.scope'),
                  value:
                    programme.clusterId == null
                      ? t('billing.support.allClusters')
                      : (clusters.data?.find((c) => c.id === programme.clusterId)?.name ?? t('common.empty')),
                },
                { label: t('billing.support.rate'), value: format.rateBp(programme.rateBp) },
              ]}
            />
          </Card>
        )}
        <Card withBorder padding="md">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Group align="flex-end" wrap="wrap">
              <DateField
                clearable={false}
                label={t('billing.support.report.from')}
                w={{ base: '100%', xs: 180 }}
                value={shown?.from ?? ''}
                disabled={shown === null}
                onChange={(value) => setDate('from', value)}
                data-testid="support-claims-from"
              />
              <DateField
                clearable={false}
                label={t('billing.support.report.to')}
                w={{ base: '100%', xs: 180 }}
                value={shown?.to ?? ''}
                disabled={shown === null}
                error={valid ? null : t('billing.support.report.toBeforeFrom')}
                onChange={(value) => setDate('to', value)}
                data-testid="support-claims-to"
              />
              {asked !== null && (
                <Button variant="subtle" onClick={() => setParams({}, { replace: true })} data-testid="support-claims-whole-period">
                  {t('billing.support.report.wholePeriod')}
                </Button>
              )}
            </Group>
            {data && valid && <DownloadButtons programmeId={id} range={{ from: data.from, to: data.to }} />}
          </Group>
        </Card>
        {!valid ? null : report.error ? (
          <ErrorAlert error={report.error} overrides={{ NOT_FOUND: t('billing.support.report.notFound') }} />
        ) : report.isPending || !data ? (
          <CenteredLoader />
        ) : (
          <>
            <Text size="sm" c="dimmed" data-testid="support-claims-range">
              {t('billing.support.report.range', { from: format.date(data.from), to: format.date(data.to) })}
            </Text>
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing={{ base: 'xs', sm: 'md' }}>
              <StatCard label={t('billing.support.report.firms')} value={format.integer(groups.length)} data-testid="support-claims-firm-count" />
              <StatCard label={t('billing.support.report.claimCount')} value={format.integer(data.claims.length)} />
              <StatCard label={t('billing.support.report.rent')} value={format.money(data.rent)} />
              <StatCard label={t('billing.support.report.amount')} value={format.money(data.amount)} data-testid="support-claims-amount" />
            </SimpleGrid>
            <Card withBorder padding="lg">
              <ClaimsTable report={data} />
            </Card>
          </>
        )}
      </Stack>
    </>
  );
}
