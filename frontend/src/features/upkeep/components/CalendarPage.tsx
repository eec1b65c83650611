import { ActionIcon, Alert, Anchor, Badge, Button, Card, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { useClusterOptions } from '@/lib/cluster-options';
import { todayInVietnam } from '@/lib/format';
import { useViewer } from '@/lib/session/use-session';
import { useFormat } from '@/lib/use-format';
import { useApplyComplianceTemplates, useComplianceMonth } from '../api/calendar';
import type { CalendarItem } from '../api/calendar';
import { addMonths, byDay, monthOf, weeksOf } from '../lib/month-grid';
import type { YearMonth } from '../lib/month-grid';
import { PHONE_QUERY } from '@/lib/phone';
import { WHOLE } from './badges';
import { CalendarFeedPanel } from './CalendarFeedPanel';

const STATUS_COLORS: Record<string, string> = {
  PLANNED: 'blue',
  OPEN: 'orange',
  DONE: 'teal',
  CANCELLED: 'gray',
  SKIPPED: 'gray',
  MISSED: 'red',
};

/** Where an item leads: its work order, its asset (a permit), or its schedules. */
function linkOf(item: CalendarItem): string {
  if (item.kind === 'PERMIT_EXPIRY' && item.assetId != null) return `/asset-register/${item.assetId}`;
  if (item.workOrderId != null) return `/maintenance/work-orders/${item.workOrderId}`;
  if (item.assetId != null) return `/upkeep-schedules?asset=${item.assetId}`;
  return '/upkeep-schedules';
}

function ItemLine({ item, compact }: { item: CalendarItem; compact: boolean }) {
  const { t } = useTranslation();
  const label =
    item.kind === 'PERMIT_EXPIRY'
      ? t('upkeep.calendar.permitExpires', {
          kind: t(`upkeep.permitKind.${item.permitKind ?? 'OTHER'}`),
          number: item.title,
        })
      : item.kind === 'REPORT_DEADLINE'
        ? t('upkeep.calendar.report', { title: item.title })
        : item.title;
  const color = item.kind === 'PERMIT_EXPIRY' ? 'red' : item.kind === 'REPORT_DEADLINE' ? 'grape' : 'blue';
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid="calendar-item" data-kind={item.kind}>
      <div style={{ width: 4, alignSelf: 'stretch', borderRadius: 2, background: `var(--mantine-color-${color}-6)`, flexShrink: 0 }} />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Anchor
          component={Link}
          to={linkOf(item)}
          size={compact ? 'xs' : 'sm'}
          lineClamp={compact ? 2 : undefined}
          title={item.legalBasis ?? undefined}
        >
          {label}
        </Anchor>
        {!compact && item.assetName != null && item.kind !== 'PERMIT_EXPIRY' && (
          <Text size="xs" c="dimmed">
            {item.assetName}
          </Text>
        )}
        {!compact && item.kind === 'PERMIT_EXPIRY' && item.assetName != null && (
          <Text size="xs" c="dimmed">
            {item.assetName}
          </Text>
        )}
        {item.status != null && (
          <Group gap={4}>
            <Badge size="xs" variant="light" color={STATUS_COLORS[item.status] ?? 'gray'} style={WHOLE} data-testid="calendar-item-status">
              {t(`upkeep.calendar.status.${item.status}`)}
            </Badge>
            {item.forecast && !compact && (
              <Text size="xs" c="dimmed">
                {t('upkeep.calendar.forecast')}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Group>
  );
}

function weekdayNames(language: string): string[] {
  // 1 March 2027 is a Monday.
  const f = new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'vi-VN', { weekday: 'short', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2027, 2, 1 + i))));
}

function MonthGrid({ ym, items, today }: { ym: YearMonth; items: Map<string, CalendarItem[]>; today: string }) {
  const format = useFormat();
  return (
    <div data-testid="calendar-grid">
      <SimpleGrid cols={7} spacing={4} mb={4}>
        {weekdayNames(format.language).map((name) => (
          <Text key={name} size="xs" fw={600} c="dimmed" ta="center">
            {name}
          </Text>
        ))}
      </SimpleGrid>
      <Stack gap={4}>
        {weeksOf(ym).map((week, w) => (
          <SimpleGrid key={w} cols={7} spacing={4}>
            {week.map((day, d) => (
              <Paper
                key={day ?? `empty-${w}-${d}`}
                withBorder={day !== null}
                p={6}
                mih={96}
                bg={day === today ? 'var(--mantine-color-blue-0)' : undefined}
                data-testid={day === null ? undefined : `calendar-day-${day}`}
              >
                {day !== null && (
                  <Stack gap={4}>
                    <Text size="xs" fw={day === today ? 700 : 500}>
                      {Number(day.slice(8))}
                    </Text>
                    {(items.get(day) ?? []).map((item) => (
                      <ItemLine key={item.uid} item={item} compact />
                    ))}
                  </Stack>
                )}
              </Paper>
            ))}
          </SimpleGrid>
        ))}
      </Stack>
    </div>
  );
}

function DayList({ items, today }: { items: Map<string, CalendarItem[]>; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.size === 0) return <Text c="dimmed">{t('upkeep.calendar.nothing')}</Text>;
  return (
    <Stack gap="sm" data-testid="calendar-day-list">
      {[...items.entries()].map(([day, list]) => (
        <Card key={day} withBorder padding="sm" data-testid={`calendar-day-${day}`}>
          <Text fw={600} size="sm" mb={6} c={day === today ? 'blue' : undefined}>
            {weekdayNames(format.language)[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7]} {format.date(day)}
          </Text>
          <Stack gap={8}>
            {list.map((item) => (
              <ItemLine key={item.uid} item={item} compact={false} />
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function ApplyTemplates({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const apply = useApplyComplianceTemplates();
  const result = apply.data;
  return (
    <Stack gap="xs">
      <Button
        variant="light"
        loading={apply.isPending}
        onClick={() => apply.mutate(clusterId)}
        data-testid="calendar-apply-templates"
      >
        {t('upkeep.calendar.apply')}
      </Button>
      {apply.error && <ErrorAlert error={apply.error} />}
      {result && (
        <Alert color={result.created.length > 0 ? 'teal' : 'gray'} variant="light" data-testid="calendar-applied" withCloseButton onClose={() => apply.reset()}>
          <Text size="sm" fw={500}>
            {result.created.length > 0
              ? t('upkeep.calendar.applied', { count: result.created.length })
              : t('upkeep.calendar.appliedNone')}
          </Text>
          {result.created.length > 0 && (
            <ul style={{ margin: '4px 0', paddingInlineStart: 18 }}>
              {result.created.map((s) => (
                <li key={s.id}>
                  <Text size="sm">{s.title}</Text>
                </li>
              ))}
            </ul>
          )}
          {result.alreadyPresent.length > 0 && result.created.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('upkeep.calendar.alreadyPresent', { count: result.alreadyPresent.length })}
            </Text>
          )}
          {result.notApplicable.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('upkeep.calendar.notApplicable', { count: result.notApplicable.length })}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * The compliance calendar (operators): a cluster's month of upkeep, permit expiries and report
 * deadlines; a grid on a wide screen, a list of the days that have something on a phone. Admins
 * also manage the cluster's ICS link here.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const phone = useMediaQuery(PHONE_QUERY) ?? false;
  const today = todayInVietnam();
  const [ym, setYm] = useState<YearMonth>(() => monthOf(today));
  const [picked, setPicked] = useState<string | null>(null);
  const clusters = useClusterOptions();
  const clusterId = picked ?? clusters.data?.[0]?.id ?? null;
  const month = useComplianceMonth(clusterId === null ? null : { clusterId, ...ym });
  const items = useMemo(() => byDay(month.data?.items ?? []), [month.data]);

  return (
    <>
      <PageHeader title={t('upkeep.calendar.title')} description={t('upkeep.calendar.description')} />
      <Stack gap="md">
        <Card withBorder padding="lg">
          <Group justify="space-between" align="flex-end" mb="md" gap="sm">
            <Group align="flex-end" gap="sm" wrap="wrap">
              <Select
                label={t('upkeep.calendar.cluster')}
                w={{ base: '100%', xs: 260 }}
                allowDeselect={false}
                data-testid="calendar-cluster"
                value={clusterId}
                onChange={setPicked}
                data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
              <Group gap={4} wrap="nowrap">
                <ActionIcon variant="default" size="lg" aria-label={t('upkeep.calendar.previous')} onClick={() => setYm(addMonths(ym, -1))} data-testid="calendar-prev">
                  ‹
                </ActionIcon>
                <Title order={4} miw={130} ta="center" data-testid="calendar-month">
                  {t('upkeep.calendar.monthLabel', { month: ym.month, year: ym.year })}
                </Title>
                <ActionIcon variant="default" size="lg" aria-label={t('upkeep.calendar.next')} onClick={() => setYm(addMonths(ym, 1))} data-testid="calendar-next">
                  ›
                </ActionIcon>
                <Button variant="subtle" size="xs" onClick={() => setYm(monthOf(today))}>
                  {t('upkeep.calendar.thisMonth')}
                </Button>
              </Group>
            </Group>
            {clusterId !== null && <ApplyTemplates clusterId={clusterId} />}
          </Group>
          {clusterId === null ? (
            <Text c="dimmed">{t('upkeep.calendar.pickCluster')}</Text>
          ) : month.error ? (
            <ErrorAlert error={month.error} />
          ) : phone ? (
            <DayList items={items} today={today} />
          ) : (
            <MonthGrid ym={ym} items={items} today={today} />
          )}
        </Card>
        {clusterId !== null &&
          (viewer.role === 'OPERATOR_ADMIN' ? (
            <CalendarFeedPanel clusterId={clusterId} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('upkeep.calendar.feed.adminOnly')}
            </Text>
          ))}
      </Stack>
    </>
  );
}
