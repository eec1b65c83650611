import { Anchor, Badge, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useCollections, useReceivablesAging } from '@/features/billing';
import { useFormat } from '@/lib/use-format';
import { useOperatorTodo } from '../api/todo';
import { FundCoverageCard } from './FundCoverageCard';
import type { OperatorTodoData } from '../api/todo';

/** One line of the to-do list: what waits, how many, and the list that shows them. */
interface Item {
  key: string;
  count: number;
  label: string;
  to: string;
  urgent?: boolean;
}

/** The items with something waiting, most pressing first; zero counts are left out. */
function items(todo: OperatorTodoData, t: TFunction, month: string | null): Item[] {
  const all: (Item | null)[] = [
    { key: 'effluent', count: todo.effluentOverLimit, label: t('overview.todo.effluent', { count: todo.effluentOverLimit }), to: '/asset-register', urgent: true },
    { key: 'triage', count: todo.requestsToTriage, label: t('overview.todo.triage', { count: todo.requestsToTriage }), to: '/maintenance?status=SUBMITTED', urgent: true },
    { key: 'newlyOverdue', count: todo.newlyOverdue, label: t('overview.todo.newlyOverdue', { count: todo.newlyOverdue }), to: '/invoices?status=OVERDUE', urgent: true },
    { key: 'bank', count: todo.bankLinesWaiting, label: t('overview.todo.bank', { count: todo.bankLinesWaiting }), to: '/bank' },
    month === null
      ? null
      : {
          key: 'unbilled',
          count: todo.unbilledClusters.length,
          label: t('overview.todo.unbilled', { month, clusters: todo.unbilledClusters.map((c) => c.name).join(', ') }),
          // One cluster waiting: its run opens with that cluster picked.
          to: todo.unbilledClusters.length === 1 ? `/billing-run?clusterId=${encodeURIComponent(todo.unbilledClusters[0]!.id)}` : '/billing-run',
        },
    todo.failedEmails == null ? null : { key: 'failedEmails', count: todo.failedEmails, label: t('overview.todo.failedEmails', { count: todo.failedEmails }), to: '/mail', urgent: true },
    { key: 'overdue', count: todo.overdue, label: t('overview.todo.overdue', { count: todo.overdue }), to: '/invoices?status=OVERDUE' },
    { key: 'leases', count: todo.leasesEnding, label: t('overview.todo.leasesEnding', { count: todo.leasesEnding }), to: '/leases' },
    { key: 'permits', count: todo.permitsExpiring, label: t('overview.todo.permits', { count: todo.permitsExpiring }), to: '/asset-register' },
  ];
  return all.filter((item): item is Item => item !== null && item.count > 0);
}

/** Money at a glance: open and overdue receivables and what came in this month. */
function MoneyStrip({ on }: { on: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const aging = useReceivablesAging(null, null);
  const collections = useCollections(null);
  if (aging.error) return <ErrorAlert error={aging.error} />;
  const total = aging.data?.total;
  const month = on.slice(0, 7);
  const collected = collections.data?.find((m) => m.month.startsWith(month))?.collected ?? 0;
  const figure = (testId: string, label: string, value: number | undefined, to: string) => (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Anchor component={Link} to={to} fw={700} fz="xl" c="inherit">
        {value === undefined ? '…' : format.money(value)}
      </Anchor>
    </Paper>
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {figure('today-open', t('overview.money.open'), total?.total, '/receivables')}
      {figure('today-overdue', t('overview.money.overdue'), total === undefined ? undefined : total.total - total.current, '/receivables')}
      {figure('today-collected', t('overview.money.collected'), collections.data === undefined ? undefined : collected, '/payments')}
    </SimpleGrid>
  );
}

/** The operator's home: money at a glance and what is waiting today, each linking to its list. */
export function OperatorToday() {
  const { t } = useTranslation();
  const format = useFormat();
  const todo = useOperatorTodo();
  if (todo.error) return <ErrorAlert error={todo.error} />;
  const data = todo.data;
  const month = data?.unbilledPeriod ? format.month(data.unbilledPeriod) : null;
  const list = data ? items(data, t, month) : [];
  return (
    <Stack gap="lg">
      {data && <MoneyStrip on={data.on} />}
      <FundCoverageCard />
      <Card withBorder padding="lg" data-testid="operator-todo">
        <Title order={2} size="h4" mb="sm">
          {t('overview.todo.title')}
        </Title>
        {!data ? (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        ) : list.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="operator-todo-empty">
            {t('overview.todo.nothing')}
          </Text>
        ) : (
          <Stack gap="xs">
            {list.map((item) => (
              <Group key={item.key} justify="space-between" wrap="nowrap" gap="sm" data-testid={`todo-${item.key}`}>
                <Anchor component={Link} to={item.to}>
                  {item.label}
                </Anchor>
                {item.urgent && (
                  <Badge color="red" variant="light" style={{ flexShrink: 0, minWidth: 'max-content' }}>
                    {t('overview.todo.now')}
                  </Badge>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
