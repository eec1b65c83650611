import { ActionIcon, Alert, Anchor, Button, Card, Group, List, Modal, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '@/lib/session/use-session';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/PageHeader';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { BillingRunInput, PeriodKind } from '@/gql/graphql';
import { useClusterOptions } from '@/lib/cluster-options';
import { reasonText } from '@/lib/graphql/reasons';
import { firmsSearchPath } from '@/lib/firm-options';
import { todayInVietnam } from '@/lib/format';
import { useFormat } from '@/lib/use-format';
import { fetchBillingRunPreview, useIssueBillingRun } from '../api/runs';
import type { IssuedRun, RunPreview } from '../api/runs';
import { invoicesListPath } from '../lib/invoice-filter';
import { firstOfMonth, firstOfQuarter, periodEnd, periodStarts } from '../lib/periods';
import { InterestNoticeBadge } from './badges';
import { InvoiceLinesTable } from './InvoiceLinesTable';
import { MeterImportLink } from './MeterReadingsImportPage';
import { StatCard } from './StatCard';
import { usePeriodLabel } from '../lib/use-period-label';

const currentStart = (kind: PeriodKind) => (kind === 'QUARTER' ? firstOfQuarter : firstOfMonth)(todayInVietnam());

/** The drafts a run would issue; a row opens to its lines. */
function DraftsTable({ preview }: { preview: RunPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  const right = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm" data-testid="run-drafts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} />
            <Table.Th>{t('billing.invoice.buyer')}</Table.Th>
            <Table.Th>{t('billing.invoice.cluster')}</Table.Th>
            <Table.Th style={right}>{t('billing.run.lines')}</Table.Th>
            <Table.Th style={right}>{t('billing.invoice.subtotal')}</Table.Th>
            <Table.Th style={right}>{t('billing.invoice.vatTotal')}</Table.Th>
            <Table.Th style={right}>{t('billing.invoice.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.invoices.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text c="dimmed" size="sm" ta="center" py="md">
                  {t('billing.run.nothingToIssue')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            preview.invoices.map((draft, index) => {
              const expanded = open.has(index);
              return (
                <Fragment key={`${draft.leaseId}-${index}`}>
                  <Table.Tr data-testid="run-draft" data-document-type={draft.documentType}>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        onClick={() => toggle(index)}
                        aria-expanded={expanded}
                        aria-label={expanded ? t('billing.run.hideLines') : t('billing.run.showLines')}
                        data-testid="run-draft-toggle"
                      >
                        {expanded ? '▾' : '▸'}
                      </ActionIcon>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text size="sm">{draft.firmName}</Text>
                        <InterestNoticeBadge documentType={draft.documentType} />
                      </Stack>
                    </Table.Td>
                    <Table.Td>{draft.clusterName}</Table.Td>
                    <Table.Td style={right}>{format.integer(draft.lines.length)}</Table.Td>
                    <Table.Td style={right}>{format.money(draft.subtotal)}</Table.Td>
                    <Table.Td style={right}>{format.money(draft.vatTotal)}</Table.Td>
                    <Table.Td style={right}>
                      <b>{format.money(draft.total)}</b>
                    </Table.Td>
                  </Table.Tr>
                  {expanded && (
                    <Table.Tr>
                      <Table.Td colSpan={7} bg="gray.0">
                        <InvoiceLinesTable lines={draft.lines} vat={draft.documentType !== 'INTEREST_NOTICE'} data-testid="run-draft-lines" />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PreviewResult({
  preview,
  clusterName,
  onIssue,
  issuing,
}: {
  preview: RunPreview;
  clusterName: string;
  onIssue: () => void;
  issuing: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [confirming, confirm] = useDisclosure(false);
  const viewer = useViewer();
  // Late interest goes on a notice of its own (unless the operator keeps it on the invoice).
  const notices = preview.invoices.filter((draft) => draft.documentType === 'INTEREST_NOTICE').length;
  return (
    <Stack gap="lg" data-testid="run-preview">
      <SimpleGrid cols={{ base: 1, xs: 2, sm: 3, xl: 6 }} spacing="md">
        <StatCard
          label={t('billing.run.invoices')}
          value={format.integer(preview.invoiceCount)}
          note={notices > 0 ? t('billing.run.countSplit', { invoices: preview.invoices.length - notices, notices }) : undefined}
          data-testid="run-invoice-count"
        />
        <StatCard label={t('billing.run.lines')} value={format.integer(preview.lineCount)} />
        <StatCard label={t('billing.invoice.subtotal')} value={format.money(preview.subtotal)} />
        <StatCard label={t('billing.invoice.vatTotal')} value={format.money(preview.vatTotal)} />
        <StatCard label={t('billing.invoice.total')} value={format.money(preview.total)} data-testid="run-total" />
        <StatCard
          label={t('billing.run.alreadyBilled')}
          value={format.integer(preview.alreadyBilled)}
          note={t('billing.run.alreadyBilledHint')}
        />
      </SimpleGrid>
      {preview.warnings.length > 0 && (
        <Alert color="yellow" title={t('billing.run.warnings', { count: preview.warnings.length })} data-testid="run-warnings">
          <List size="sm">
            {preview.warningReasons.map((warning, index) => (
              <List.Item key={index}>{reasonText(warning, warning.message)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {preview.blocking.length > 0 && (
        <Alert color="red" title={t('billing.run.blocking', { count: preview.blocking.length })} data-testid="run-blocking">
          <Stack gap="xs">
            <Text size="sm">{t('billing.run.blockingHint')}</Text>
            <List size="sm">
              {preview.blocking.map((blocker) => (
                <List.Item key={`${blocker.firmId ?? 'seller'}-${blocker.problem}`} data-testid="run-blocker">
                  <Anchor
                    component={Link}
                    to={blocker.firmId == null ? '/billing-settings' : firmsSearchPath(blocker.name)}
                    size="sm"
                  >
                    {blocker.name}
                  </Anchor>
                  {': '}
                  {t(`billing.run.problem.${blocker.problem}`)}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      )}
      <Card withBorder padding="lg">
        <Group justify="space-between" mb="md" wrap="wrap">
          <Title order={3} size="h4">
            {t('billing.run.drafts', { period: preview.periodLabel })}
          </Title>
          {viewer.role === 'OPERATOR_ADMIN' ? (
            <Button
              onClick={confirm.open}
              disabled={preview.invoiceCount === 0 || preview.blocking.length > 0}
              loading={issuing}
              data-testid="run-issue"
            >
              {t('billing.run.issue', { count: preview.invoiceCount })}
            </Button>
          ) : (
            <Text size="sm" c="dimmed" data-testid="run-admin-only">
              {t('billing.run.adminOnly')}
            </Text>
          )}
        </Group>
        <DraftsTable preview={preview} />
      </Card>
      <Modal opened={confirming} onClose={confirm.close} title={t('billing.run.confirmTitle')}>
        <Stack>
          <Text size="sm">
            {t('billing.run.confirmText', {
              count: preview.invoiceCount,
              period: preview.periodLabel,
              cluster: clusterName,
              total: format.money(preview.total),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('billing.run.confirmHint')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={() => {
                confirm.close();
                onIssue();
              }}
              data-testid="run-confirm"
            >
              {t('billing.run.issue', { count: preview.invoiceCount })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function IssuedResult({ run, clusterId, onAgain }: { run: IssuedRun; clusterId: string | null; onAgain: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const periodLabel = usePeriodLabel();
  return (
    <Alert
      color="teal"
      title={t('billing.run.issuedTitle', { count: run.invoiceCount - run.noticeCount })}
      data-testid="run-issued"
    >
      <Stack gap="xs">
        <Text size="sm">
          {run.firstNumber != null && run.lastNumber != null
            ? t('billing.run.issuedNumbers', { first: run.firstNumber, last: run.lastNumber })
            : t('billing.run.issuedNone')}
        </Text>
        {run.firstNoticeNumber != null && run.lastNoticeNumber != null && (
          <Text size="sm" data-testid="run-issued-notices">
            {t('billing.run.issuedNoticeNumbers', {
              count: run.noticeCount,
              first: run.firstNoticeNumber,
              last: run.lastNoticeNumber,
            })}
          </Text>
        )}
        <Text size="sm">
          {t('billing.run.issuedTotal', {
            period: periodLabel(run.periodStart, run.periodEnd),
            lines: format.integer(run.lineCount),
            total: format.money(run.total),
          })}
        </Text>
        <Text size="sm" data-testid="run-emails">
          {t('billing.run.emailsQueued', { count: run.emailsQueued })}
        </Text>
        {run.firmsWithoutEmail.length > 0 && (
          <Text size="sm" c="orange.9" data-testid="run-unreachable">
            {t('billing.run.firmsWithoutEmail', { count: run.firmsWithoutEmail.length })}{' '}
            {run.firmsWithoutEmail.map((firm, index) => (
              <span key={firm.id}>
                {index > 0 && ', '}
                <Anchor component={Link} to={`/firms?search=${encodeURIComponent(firm.name)}`} size="sm">
                  {firm.name}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
        <Group gap="md">
          <Anchor
            component={Link}
            to={invoicesListPath({ periodFrom: run.periodStart, periodTo: run.periodEnd, clusterId })}
            size="sm"
            data-testid="run-invoices-link"
          >
            {t('billing.run.openInvoices')}
          </Anchor>
          <Anchor component="button" type="button" size="sm" onClick={onAgain}>
            {t('billing.run.again')}
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * Billing run (operators): pick the clusters and the period, preview the invoices it would
 * issue (nothing is written), then issue them, numbered without gaps.
 */
export function BillingRunPage() {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  // `?clusterId=` opens the run for one cluster, e.g. from the home page's to-do list.
  const [searchParams] = useSearchParams();
  const [clusterId, setClusterId] = useState<string | null>(() => searchParams.get('clusterId'));
  const [kind, setKind] = useState<PeriodKind>('MONTH');
  const [start, setStart] = useState(() => currentStart('MONTH'));
  const clusters = useClusterOptions();

  const preview = useMutation({ mutationFn: (input: BillingRunInput) => fetchBillingRunPreview(input) });
  const issue = useIssueBillingRun({
    onSuccess: (run) => {
      notifications.show({ color: 'teal', message: t('billing.run.issuedTitle', { count: run.invoiceCount - run.noticeCount }) });
      preview.reset();
    },
  });

  // Any change of what to bill drops the preview: only what was previewed may be issued.
  const changed = () => {
    preview.reset();
    issue.reset();
  };
  const clusterName =
    clusterId === null ? t('billing.run.allClusters') : (clusters.data?.find((c) => c.id === clusterId)?.name ?? '');

  return (
    <>
      <PageHeader title={t('billing.run.title')} description={t('billing.run.description')} />
      <Stack gap="lg">
        <MeterImportLink />
        <Card withBorder padding="lg">
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('billing.invoice.cluster')}
              placeholder={t('billing.run.allClusters')}
              clearable
              searchable
              w={{ base: '100%', sm: 260 }}
              data-testid="run-cluster"
              value={clusterId}
              onChange={(value) => {
                setClusterId(value);
                changed();
              }}
              data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('billing.run.periodKind')}
              </Text>
              <SegmentedControl
                data-testid="run-kind"
                value={kind}
                onChange={(value) => {
                  const next: PeriodKind = value === 'QUARTER' ? 'QUARTER' : 'MONTH';
                  setKind(next);
                  setStart(currentStart(next));
                  changed();
                }}
                data={[
                  { value: 'MONTH', label: t('billing.period.MONTH') },
                  { value: 'QUARTER', label: t('billing.period.QUARTER') },
                ]}
              />
            </Stack>
            <Select
              label={t('billing.run.period')}
              allowDeselect={false}
              w={{ base: '100%', xs: 180 }}
              data-testid="run-period"
              value={start}
              onChange={(value) => {
                if (value !== null) setStart(value);
                changed();
              }}
              data={periodStarts(kind, todayInVietnam(), kind === 'QUARTER' ? 8 : 24, kind === 'QUARTER' ? 1 : 2).map(
                (value) => ({ value, label: periodLabel(value, periodEnd(kind, value)) }),
              )}
            />
            <Button
              variant="light"
              loading={preview.isPending}
              onClick={() => {
                issue.reset();
                preview.mutate({ clusterId, periodKind: kind, periodStart: start });
              }}
              data-testid="run-preview-button"
            >
              {t('billing.run.preview')}
            </Button>
          </Group>
        </Card>
        {preview.isError && <ServerErrorAlert error={preview.error} data-testid="run-error" />}
        {issue.isError && <ServerErrorAlert error={issue.error} data-testid="run-issue-error" />}
        {issue.data && (
          <IssuedResult
            run={issue.data}
            clusterId={issue.variables.clusterId ?? null}
            onAgain={() => {
              issue.reset();
            }}
          />
        )}
        {preview.data && (
          <PreviewResult
            preview={preview.data}
            clusterName={clusterName}
            issuing={issue.isPending}
            onIssue={() => issue.mutate(preview.variables)}
          />
        )}
      </Stack>
    </>
  );
}
