import { Anchor, Card, Group, Paper, ScrollArea, SegmentedControl, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { PageHeader } from '@/components/ui/PageHeader';
import type { MaintenanceRequestStatus } from '@/gql/graphql';
import { useClusterOptions } from '@/lib/cluster-options';
import { useViewer } from '@/lib/session/use-session';
import { useRequests } from '../api/requests';
import type { RequestRow } from '../api/requests';
import {
  filterFromSearch,
  isPriority,
  isRequestStatus,
  OPEN_REQUEST_STATUSES,
  PRIORITIES,
  REQUEST_STATUSES,
  searchFromFilter,
} from '../lib/request-filter';
import type { RequestFilter } from '../lib/request-filter';
import { PriorityBadge, SlaBadge, useRequestStatusLabel } from './badges';
import { RequestList } from './RequestList';

type View = 'list' | 'board';

/** The status filter's choice: the open states, every state, or one state (a longer list from a link shows as none). */
function statusChoice(status: readonly MaintenanceRequestStatus[]): string | null {
  if (status.length === 0) return 'all';
  if (status.length === OPEN_REQUEST_STATUSES.length && OPEN_REQUEST_STATUSES.every((s) => status.includes(s))) return 'open';
  return status.length === 1 ? (status[0] ?? null) : null;
}

/** The filters above the queue; each change rewrites the address, which the list follows. */
function QueueFilters({ filter, onChange, board }: { filter: RequestFilter; onChange: (change: Partial<RequestFilter>) => void; board: boolean }) {
  const { t } = useTranslation();
  const statusLabel = useRequestStatusLabel(true);
  const viewer = useViewer();
  const clusters = useClusterOptions();
  return (
    <Group mb="md" align="flex-end" wrap="wrap" data-testid="queue-filters">
      {!board && (
        <Select
          label={t('common.status')}
          allowDeselect={false}
          w={{ base: '100%', xs: 220 }}
          data-testid="queue-filter-status"
          value={statusChoice(filter.status)}
          onChange={(value) =>
            onChange({
              status:
                value === 'open' ? [...OPEN_REQUEST_STATUSES] : value === 'all' || !isRequestStatus(value) ? [] : [value],
            })
          }
          data={[
            { value: 'open', label: t('maintenance.queue.statusOpen') },
            { value: 'all', label: t('common.all') },
            ...REQUEST_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
          ]}
        />
      )}
      <Select
        label={t('maintenance.field.priority')}
        placeholder={t('common.all')}
        clearable
        w={{ base: '100%', xs: 170 }}
        data-testid="queue-filter-priority"
        value={filter.priority}
        onChange={(value) => onChange({ priority: isPriority(value) ? value : null })}
        data={PRIORITIES.map((p) => ({ value: p, label: t(`maintenance.priority.${p}`) }))}
      />
      <Select
        label={t('maintenance.field.cluster')}
        placeholder={t('common.all')}
        clearable
        searchable
        w={{ base: '100%', xs: 200 }}
        data-testid="queue-filter-cluster"
        value={filter.clusterId}
        onChange={(value) => onChange({ clusterId: value })}
        data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
      />
      <Select
        label={t('maintenance.queue.assignee')}
        placeholder={t('maintenance.queue.anyone')}
        clearable
        w={{ base: '100%', xs: 170 }}
        data-testid="queue-filter-assignee"
        value={filter.assigneeId}
        onChange={(value) => onChange({ assigneeId: value })}
        data={[{ value: viewer.id, label: t('maintenance.queue.assignedToMe') }]}
      />
      <Switch
        label={t('maintenance.queue.overdueOnly')}
        checked={filter.overdue}
        onChange={(event) => onChange({ overdue: event.currentTarget.checked })}
        data-testid="queue-filter-overdue"
        mb={8}
      />
    </Group>
  );
}

function BoardCard({ row }: { row: RequestRow }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" data-testid="board-card">
      <Anchor component={Link} to={`/maintenance/${row.id}`} size="sm" fw={500} lineClamp={2}>
        {row.title}
      </Anchor>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {row.reference} · {row.firmName}
      </Text>
      <Text size="xs" c="dimmed">
        {t(`maintenance.category.${row.category}`)}
      </Text>
      <Group gap={4} mt={4}>
        <PriorityBadge priority={row.priority} />
        <SlaBadge request={row} />
      </Group>
    </Paper>
  );
}

/** The open requests in one column per state, scrolling sideways on a phone. */
function Board({ filter }: { filter: RequestFilter }) {
  const { t } = useTranslation();
  const statusLabel = useRequestStatusLabel(true);
  const requests = useRequests('board', { ...filter, status: [...OPEN_REQUEST_STATUSES] });
  if (requests.error) return <ErrorAlert error={requests.error} />;
  const byStatus = (status: MaintenanceRequestStatus) => requests.nodes.filter((row) => row.status === status);
  return (
    <>
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" wrap="nowrap" gap="sm" data-testid="queue-board">
          {OPEN_REQUEST_STATUSES.map((status) => {
            const rows = byStatus(status);
            return (
              <Stack key={status} gap="xs" w={240} miw={240} data-testid={`board-column-${status}`}>
                <Group justify="space-between">
                  <Title order={5}>{statusLabel(status)}</Title>
                  <Text size="xs" c="dimmed">
                    {rows.length}
                  </Text>
                </Group>
                {rows.length === 0 ? (
                  <Text size="xs" c="dimmed">
                    {requests.isPending ? t('common.loading') : t('maintenance.queue.boardEmpty')}
                  </Text>
                ) : (
                  rows.map((row) => <BoardCard key={row.id} row={row} />)
                )}
              </Stack>
            );
          })}
        </Group>
      </ScrollArea>
      <LoadMore
        shown={requests.nodes.length}
        total={requests.totalCount}
        hasMore={requests.hasMore}
        loading={requests.isLoadingMore}
        onLoadMore={requests.loadMore}
      />
    </>
  );
}

function QueueList({ filter }: { filter: RequestFilter }) {
  const { t } = useTranslation();
  const requests = useRequests('queue', filter);
  if (requests.error) return <ErrorAlert error={requests.error} />;
  return (
    <>
      <RequestList
        rows={requests.nodes}
        basePath="/maintenance"
        operator
        emptyText={requests.isPending ? t('common.loading') : t('maintenance.queue.empty')}
      />
      <LoadMore
        shown={requests.nodes.length}
        total={requests.totalCount}
        hasMore={requests.hasMore}
        loading={requests.isLoadingMore}
        onLoadMore={requests.loadMore}
        data-testid="queue-load-more"
      />
    </>
  );
}

/**
 * The operator's maintenance queue: every request of the tenant, open ones by default, with
 * SLA badges and filters kept in the address; a list or a board by state.
 */
export function MaintenanceQueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromSearch(params);
  const view: View = params.get('view') === 'board' ? 'board' : 'list';

  const write = (next: RequestFilter, nextView: View) => {
    const search = searchFromFilter(next);
    if (nextView === 'board') search.set('view', 'board');
    setParams(search, { replace: true });
  };

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <PageHeader title={t('maintenance.queue.title')} description={t('maintenance.queue.description')} />
        <SegmentedControl
          value={view}
          onChange={(value) => write(filter, value === 'board' ? 'board' : 'list')}
          data={[
            { value: 'list', label: t('maintenance.queue.list') },
            { value: 'board', label: t('maintenance.queue.board') },
          ]}
          data-testid="queue-view"
        />
      </Group>
      <Card withBorder padding="md">
        <QueueFilters filter={filter} board={view === 'board'} onChange={(change) => write({ ...filter, ...change }, view)} />
        {view === 'board' ? <Board filter={filter} /> : <QueueList filter={filter} />}
      </Card>
    </>
  );
}
