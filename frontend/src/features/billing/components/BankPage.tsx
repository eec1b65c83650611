import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Kbd,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CsvImportForm } from '@/components/ui/CsvImportForm';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import type { BankLineStatus } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';
import { errorMessage } from '@/lib/graphql/error-message';
import { useBankLineCounts, useBankLines, useConfirmExactBankMatches, useImportBankStatement } from '../api/bank';
import type { BankImport, BankLineRow } from '../api/bank';
import {
  BANK_CSV_HEADER,
  BANK_LINE_STATUSES,
  countOf,
  exactMatchCount,
  isBankLineStatus,
  isExactMatch,
  newBankLines,
} from '../lib/bank';
import { useLineKeys } from '../lib/use-line-keys';
import { BankLineActions, useConfirmLineWithNotice } from './BankLineActions';
import { BankLineStatusBadge, BankMatchBadge } from './bank-badges';

/** What a bank file preview read: each line, whether it is new, and the invoice it would match. */
function BankImportPreview({ result }: { result: BankImport }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (result.lines.length === 0) return null;
  type Line = BankImport['lines'][number];
  const columns: Column<Line>[] = [
    { key: 'row', header: t('common.csvImport.row'), phone: 'hidden', render: (line) => line.row },
    { key: 'bookedOn', header: t('billing.bank.bookedOn'), nowrap: true, render: (line) => format.date(line.bookedOn) },
    {
      key: 'amount',
      header: t('billing.bank.amount'),
      nowrap: true,
      phone: 'title',
      render: (line) => format.money(line.amount),
    },
    {
      key: 'description',
      header: t('billing.bank.descriptionLabel'),
      render: (line) => (
        <Text size="sm" miw={{ base: 0, xs: 220 }} style={{ wordBreak: 'break-word' }}>
          {line.description}
        </Text>
      ),
    },
    {
      key: 'reference',
      header: t('billing.bank.reference'),
      render: (line) => (
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {line.reference}
        </Text>
      ),
    },
    {
      key: 'match',
      header: t('billing.bank.matchLabel'),
      phone: 'aside',
      render: (line) =>
        line.duplicate ? (
          <Badge color="gray" variant="filled" miw="max-content" data-testid="bank-import-duplicate">
            {t('billing.bank.duplicate')}
          </Badge>
        ) : (
          <BankMatchBadge match={line.match} />
        ),
    },
    {
      key: 'invoice',
      header: t('billing.bank.invoice'),
      render: (line) => (
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {line.invoiceLabel ?? t('common.empty')}
        </Text>
      ),
    },
    { key: 'firm', header: t('billing.bank.firm'), render: (line) => line.firmName ?? t('common.empty') },
  ];
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="bank-import-summary">
        {t('billing.bank.importSummary', {
          fresh: newBankLines(result),
          duplicates: result.duplicates,
          matched: result.matched,
        })}
      </Text>
      <ScrollArea.Autosize mah={420}>
        <DataTable
          rows={result.lines}
          columns={columns}
          rowKey={(line) => `${line.row}-${line.reference}`}
          emptyText={t('billing.bank.empty')}
          data-testid="bank-import-lines"
        />
      </ScrollArea.Autosize>
    </Stack>
  );
}

/** Upload a bank statement, preview what it reads and matches, then import its new lines. */
function BankImportCard() {
  const { t } = useTranslation();
  const importStatement = useImportBankStatement();
  // A fresh form (no file, no result) after each import.
  const [session, setSession] = useState(0);
  return (
    <Card withBorder padding="lg">
      <Title order={3} size="h4" mb="md">
        {t('billing.bank.importTitle')}
      </Title>
      <CsvImportForm
        key={session}
        header={BANK_CSV_HEADER}
        hint={
          <Stack gap={2}>
            <span>{t('billing.bank.columnsHint')}</span>
            <span>{t('billing.bank.matchingHint')}</span>
          </Stack>
        }
        run={importStatement}
        toWrite={newBankLines}
        commitLabel={(count) => t('billing.bank.commit', { count })}
        renderPreview={(result) => <BankImportPreview result={result} />}
        onCommitted={(result) => {
          notifications.show({
            color: 'teal',
            message: t('billing.bank.imported', { count: result.created, matched: result.matched }),
          });
          setSession((n) => n + 1);
        }}
      />
    </Card>
  );
}

type StatusFilter = BankLineStatus | 'ALL';

/** A status's tab: its name and, from the server, how many lines stand in it. */
function StatusTab({ label, count, status }: { label: string; count: number | undefined; status: StatusFilter }) {
  return (
    <Group gap={6} wrap="nowrap" justify="center">
      <span>{label}</span>
      {count !== undefined && (
        <Badge
          size="sm"
          variant="light"
          color={count > 0 && (status === 'UNMATCHED' || status === 'SUGGESTED') ? 'orange' : 'gray'}
          // The segment is as wide as its label: the count is never the part squeezed out.
          style={{ flexShrink: 0, overflow: 'visible' }}
          data-testid={`bank-count-${status}`}
        >
          {count}
        </Badge>
      )}
    </Group>
  );
}

/** The workbench's keys, said once above the lines. */
function KeyboardHint() {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" mb="sm" data-testid="bank-keyboard-hint">
      {t('bankWorkbench.hintTitle')}: <Kbd size="xs">j</Kbd> / <Kbd size="xs">k</Kbd> {t('bankWorkbench.or')} <Kbd size="xs">↓</Kbd> /{' '}
      <Kbd size="xs">↑</Kbd> {t('bankWorkbench.hintMove')} · <Kbd size="xs">Enter</Kbd> {t('bankWorkbench.hintConfirm')}
    </Text>
  );
}

/**
 * The bank lines with a status filter kept in the address (`?status=`), newest booking first,
 * each status's tab showing its count. The keyboard works through them: j/k or the arrows move
 * between lines, Enter confirms the line it is on when that is an exact match.
 */
function BankLinesCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const status = isBankLineStatus(asked) ? asked : null;
  const setStatus = (value: StatusFilter) => {
    const next = new URLSearchParams(params);
    if (value === 'ALL') next.delete('status');
    else next.set('status', value);
    setParams(next, { replace: true });
  };
  // A new filter is a new query key, so the list starts again from its first page.
  const lines = useBankLines(status);
  const counts = useBankLineCounts();
  const list = useRef<HTMLDivElement>(null);
  const confirm = useConfirmLineWithNotice();
  const keys = useLineKeys({
    count: lines.nodes.length,
    list,
    onConfirm: (index) => {
      const line = lines.nodes[index];
      if (line === undefined || confirm.isPending) return;
      if (isExactMatch(line)) confirm.mutate({ id: line.id, invoiceId: null });
      else notifications.show({ color: 'gray', message: t('bankWorkbench.notExact') });
    },
  });
  const activeId = keys.active === null ? null : (lines.nodes[keys.active]?.id ?? null);
  const tabLabel = (value: StatusFilter, label: string) => (
    <StatusTab label={label} status={value} count={counts.data ? countOf(counts.data, value) : undefined} />
  );

  const columns: Column<BankLineRow>[] = [
    { key: 'bookedOn', header: t('billing.bank.bookedOn'), nowrap: true, render: (row) => format.date(row.bookedOn) },
    {
      key: 'amount',
      header: t('billing.bank.amount'),
      nowrap: true,
      phone: 'title',
      render: (row) => <b>{format.money(row.amount)}</b>,
    },
    {
      key: 'description',
      header: t('billing.bank.descriptionLabel'),
      render: (row) => (
        <Stack gap={2}>
          <Text size="sm" miw={{ base: 0, xs: 200 }} style={{ wordBreak: 'break-word' }}>
            {row.description}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" title={t('billing.bank.reference')}>
            {row.reference}
          </Text>
          {row.payerTaxCode != null && row.payerTaxCode !== '' && (
            <Text size="xs" c="dimmed">
              {t('billing.bank.payerTaxCode')}: {row.payerTaxCode}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('common.status'),
      phone: 'aside',
      render: (row) => (
        <Stack gap={4} align="flex-start">
          <BankLineStatusBadge status={row.status} />
          {row.status !== 'IGNORED' && <BankMatchBadge match={row.match} />}
          {row.status === 'IGNORED' && row.ignoreReason != null && (
            <Text size="xs" c="dimmed" data-testid="bank-line-ignore-reason">
              {row.ignoreReason}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'invoice',
      header: `${t('billing.bank.invoice')} / ${t('billing.bank.firm')}`,
      render: (row) => (
        <Stack gap={2} miw={{ base: 0, xs: 170 }}>
          {row.invoiceId == null ? (
            <Text size="sm">{t('common.empty')}</Text>
          ) : (
            <>
              <Anchor component={Link} to={`/invoices/${row.invoiceId}`} ff="monospace" size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="bank-line-invoice">
                {row.invoiceLabel ?? t('billing.invoice.number')}
              </Anchor>
              {row.invoiceOpen != null && (
                <Text
                  size="xs"
                  c={row.status !== 'CONFIRMED' && row.invoiceOpen !== row.amount ? 'orange.9' : 'dimmed'}
                  data-testid="bank-line-invoice-open"
                >
                  {t('billing.bank.invoiceOpen', { amount: format.money(row.invoiceOpen) })}
                </Text>
              )}
            </>
          )}
          {row.firmName != null &&
            (row.firmId != null ? (
              <Anchor component={Link} to={`/firms/${row.firmId}/statement`} size="xs" data-testid="bank-line-firm">
                {row.firmName}
              </Anchor>
            ) : (
              <Text size="xs">{row.firmName}</Text>
            ))}
        </Stack>
      ),
    },
    { key: 'actions', header: t('common.actions'), phone: 'footer', render: (row) => <BankLineActions line={row} /> },
  ];

  return (
    <Card withBorder padding="lg">
      <Group mb="md" justify="space-between" wrap="wrap">
        <Title order={3} size="h4">
          {t('billing.bank.linesTitle')}
        </Title>
        <ConfirmAllButton lines={lines.nodes} />
        {/* Five states do not fit a phone's width: the control scrolls sideways there. */}
        <ScrollArea type="auto" scrollbarSize={4} maw="100%">
          <SegmentedControl
            aria-label={t('billing.bank.statusFilter')}
            data-testid="bank-filter-status"
            value={status ?? 'ALL'}
            onChange={(value) => setStatus(isBankLineStatus(value) ? value : 'ALL')}
            data={[
              { value: 'ALL', label: tabLabel('ALL', t('common.all')) },
              ...BANK_LINE_STATUSES.map((s) => ({ value: s, label: tabLabel(s, t(`billing.bank.status.${s}`)) })),
            ]}
          />
        </ScrollArea>
      </Group>
      <KeyboardHint />
      {lines.error ? (
        <ErrorAlert error={lines.error} />
      ) : (
        <>
          <div ref={list}>
            <DataTable
              rows={lines.nodes}
              columns={columns}
              rowKey={(row) => row.id}
              activeRowKey={activeId}
              emptyText={lines.isPending ? t('common.loading') : t('billing.bank.empty')}
              data-testid="bank-lines-table"
            />
          </div>
          <LoadMore
            shown={lines.nodes.length}
            total={lines.totalCount}
            hasMore={lines.hasMore}
            loading={lines.isLoadingMore}
            onLoadMore={lines.loadMore}
            data-testid="bank-lines-load-more"
          />
        </>
      )}
    </Card>
  );
}

/** Confirms every exact match in one step, with the count it will confirm on its face. */
function ConfirmAllButton({ lines }: { lines: readonly BankLineRow[] }) {
  const { t } = useTranslation();
  const count = exactMatchCount(lines);
  const confirmAll = useConfirmExactBankMatches({
    onSuccess: (confirmed) =>
      notifications.show({ color: 'green', message: t('billing.bank.confirmAllDone', { count: confirmed }) }),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  });
  return (
    <Tooltip label={t('billing.bank.confirmAllHint')} multiline w={280} withArrow>
      <Button
        variant="filled"
        // A long label wraps on a phone instead of being cut off.
        h="auto"
        mih={36}
        py={6}
        styles={{ label: { whiteSpace: 'normal' } }}
        disabled={count === 0}
        loading={confirmAll.isPending}
        onClick={() => confirmAll.mutate()}
        data-testid="bank-confirm-all"
      >
        {t('billing.bank.confirmAll', { count })}
      </Button>
    </Tooltip>
  );
}

/**
 * Bank (operators): import the bank's statement, then settle each transfer: confirm the
 * invoice it was matched to (a payment is recorded), pick another, or set it aside.
 */
export function BankPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('billing.bank.title')} description={t('billing.bank.description')} />
      <Stack gap="lg">
        <BankImportCard />
        <BankLinesCard />
      </Stack>
    </>
  );
}
