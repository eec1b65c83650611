import { Button, Card, Group, SegmentedControl, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import type { MailStatus } from '@/gql/graphql';
import { errorMessage } from '@/lib/graphql/error-message';
import { useFormat } from '@/lib/use-format';
import { useMailLog, useRetryMail } from '../api/mail-log';
import type { MailRow } from '../api/mail-log';
import { MailStatusBadge } from './MailStatusBadge';

const STATUSES: readonly MailStatus[] = ['PENDING', 'SENT', 'FAILED'];
type StatusFilter = MailStatus | 'ALL';

function isStatusFilter(value: string): value is StatusFilter {
  return value === 'ALL' || (STATUSES as readonly string[]).includes(value);
}

/** What happened to one email: not delivered yet (and when it is tried again), sent, or failed. */
function DeliveryDetails({ mail }: { mail: MailRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (mail.status) {
    case 'PENDING':
      return (
        <>
          <Text size="sm">{t('mail.notDeliveredYet')}</Text>
          {mail.nextAttemptAt != null && (
            <Text size="xs" c="dimmed">
              {t('mail.nextAttemptAt', { time: format.dateTime(mail.nextAttemptAt) })}
            </Text>
          )}
        </>
      );
    case 'SENT':
      return (
        <Text size="sm">{mail.sentAt != null ? t('mail.sentAt', { time: format.dateTime(mail.sentAt) }) : ''}</Text>
      );
    case 'FAILED':
      return (
        <Text size="sm" c="red" style={{ wordBreak: 'break-word' }}>
          {t('mail.failedWith', { error: mail.lastError ?? t('common.empty') })}
        </Text>
      );
  }
}

/** Mail log (operator admin): outgoing email of the tenant, newest first, with manual retry. */
export function MailLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [filter, setFilter] = useState<StatusFilter>('ALL');
  const status = filter === 'ALL' ? null : filter;
  const mail = useMailLog(status);
  const retry = useRetryMail({
    onSuccess: (message) => {
      notifications.show({ color: 'teal', message: t('mail.retried', { recipient: message.recipient }) });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  });

  const columns: Column<MailRow>[] = [
    { key: 'createdAt', header: t('common.createdAt'), nowrap: true, render: (row) => format.dateTime(row.createdAt) },
    { key: 'recipient', header: t('mail.columns.recipient'), render: (row) => row.recipient },
    {
      key: 'subject',
      header: t('mail.columns.subject'),
      render: (row) => (
        <>
          <Text size="sm">{row.subject}</Text>
          <Text size="xs" c="dimmed">
            {row.template}
          </Text>
        </>
      ),
    },
    {
      key: 'status',
      header: t('common.status'),
      nowrap: true,
      render: (row) => <MailStatusBadge status={row.status} />,
    },
    { key: 'details', header: t('mail.columns.details'), render: (row) => <DeliveryDetails mail={row} /> },
    { key: 'attempts', header: t('mail.columns.attempts'), render: (row) => row.attempts },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (row) =>
        row.status === 'SENT' ? null : (
          <Button
            size="xs"
            variant="light"
            loading={retry.isPending && retry.variables === row.id}
            onClick={() => retry.mutate(row.id)}
            data-testid={`retry-${row.id}`}
          >
            {t('mail.retry')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('mail.title')} description={t('mail.description')} />
      <Card withBorder padding="lg">
        <Group mb="md">
          <SegmentedControl
            aria-label={t('mail.filter.label')}
            data-testid="mail-filter"
            value={filter}
            onChange={(value) => {
              if (isStatusFilter(value)) setFilter(value);
            }}
            data={[
              { value: 'ALL', label: t('mail.filter.all') },
              ...STATUSES.map((s) => ({ value: s, label: t(`mail.status.${s}`) })),
            ]}
          />
        </Group>
        {mail.error ? (
          <ErrorAlert error={mail.error} />
        ) : (
          <>
            <DataTable
              rows={mail.nodes}
              columns={columns}
              rowKey={(row) => row.id}
              emptyText={mail.isPending ? t('common.loading') : t('mail.empty')}
              data-testid="mail-table"
            />
            <LoadMore
              shown={mail.nodes.length}
              total={mail.totalCount}
              hasMore={mail.hasMore}
              loading={mail.isLoadingMore}
              onLoadMore={mail.loadMore}
              data-testid="mail-load-more"
            />
          </>
        )}
      </Card>
    </>
  );
}
