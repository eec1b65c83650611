import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import {
  ApplyComplianceTemplatesDocument,
  CalendarFeedsDocument,
  ClusterOptionsDocument,
  ComplianceMonthDocument,
  CreateCalendarFeedDocument,
  RevokeCalendarFeedDocument,
} from '@/gql/graphql';
import { markSignedIn } from '@/lib/session/session-store';
import { todayInVietnam } from '@/lib/format';
import { viewerFixture } from '@/test/fixtures';
import { matchMediaWhere } from '@/test/media';
import { graphqlMock, onePage } from '@/test/mock-graphql';
import type { CalendarItem } from '../api/calendar';
import { addMonths, isoDay, monthOf } from '../lib/month-grid';
import { CLUSTER, renderUpkeepAt } from '../testing/fixtures';
import { PHONE_QUERY } from '@/lib/phone';

const THIS_MONTH = monthOf(todayInVietnam());

function item(overrides: Partial<CalendarItem>): CalendarItem {
  return {
    uid: 'u',
    kind: 'UPKEEP',
    day: isoDay(THIS_MONTH, 5),
    title: 'Kiểm tra phương tiện phòng cháy, chữa cháy',
    status: 'PLANNED',
    forecast: false,
    scheduleId: 'VXBrZWVwU2NoZWR1bGU6MQ',
    workOrderId: null,
    assetId: 'QXNzZXQ6MQ',
    assetName: 'PCCC-01 Hệ thống trụ cứu hỏa ngoài nhà',
    permitKind: null,
    legalBasis: 'TCVN 3890:2023',
    ...overrides,
  };
}

const ITEMS: CalendarItem[] = [
  item({ uid: 'a', status: 'DONE', workOrderId: 'V29ya09yZGVyOjE' }),
  item({
    uid: 'b',
    kind: 'PERMIT_EXPIRY',
    day: isoDay(THIS_MONTH, 12),
    title: '77/GP-BTNMT',
    status: null,
    permitKind: 'DISCHARGE',
    assetName: 'XLNT-01 Trạm xử lý nước thải tập trung',
    assetId: 'QXNzZXQ6Mg',
    legalBasis: null,
  }),
  item({ uid: 'c', kind: 'REPORT_DEADLINE', day: isoDay(THIS_MONTH, 20), title: 'Báo cáo 6 tháng', assetId: null, assetName: null }),
];

function answerMonth() {
  graphqlMock.on(ComplianceMonthDocument, ({ year, month }) => ({
    complianceMonth: {
      firstDay: isoDay({ year, month }, 1),
      lastDay: isoDay({ year, month }, 28),
      items: year === THIS_MONTH.year && month === THIS_MONTH.month ? ITEMS : [],
    },
  }));
}

function phone(on: boolean) {
  window.matchMedia = matchMediaWhere((query) => on && query === PHONE_QUERY);
}

beforeEach(async () => {
  phone(false);
  markSignedIn(viewerFixture());
  graphqlMock.on(ClusterOptionsDocument, { clusters: onePage([CLUSTER]) }).on(CalendarFeedsDocument, { calendarFeeds: [] });
  answerMonth();
  await i18n.changeLanguage('en');
});

describe('the compliance calendar page', { timeout: 20_000 }, () => {
  it('shows the month of the first cluster with each item linked, and moves between months', async () => {
    renderUpkeepAt('/upkeep-calendar');
    const user = userEvent.setup();
    const grid = await screen.findByTestId('calendar-grid', {}, { timeout: 5000 });
    const fifth = await within(grid).findByTestId(`calendar-day-${isoDay(THIS_MONTH, 5)}`);
    expect(within(fifth).getByRole('link', { name: 'Kiểm tra phương tiện phòng cháy, chữa cháy' })).toHaveAttribute(
      'href',
      '/maintenance/work-orders/V29ya09yZGVyOjE',
    );
    expect(within(fifth).getByText('Done')).toBeInTheDocument();
    const twelfth = within(grid).getByTestId(`calendar-day-${isoDay(THIS_MONTH, 12)}`);
    expect(within(twelfth).getByRole('link', { name: 'Discharge permit 77/GP-BTNMT expires' })).toHaveAttribute(
      'href',
      '/asset-register/QXNzZXQ6Mg',
    );
    const twentieth = within(grid).getByTestId(`calendar-day-${isoDay(THIS_MONTH, 20)}`);
    expect(within(twentieth).getByRole('link', { name: 'Report due: Báo cáo 6 tháng' })).toHaveAttribute('href', '/upkeep-schedules');
    expect(graphqlMock.calls(ComplianceMonthDocument)[0]).toEqual({ clusterId: CLUSTER.id, ...THIS_MONTH });

    await user.click(screen.getByTestId('calendar-next'));
    const next = addMonths(THIS_MONTH, 1);
    await waitFor(() => expect(graphqlMock.calls(ComplianceMonthDocument).at(-1)).toEqual({ clusterId: CLUSTER.id, ...next }));
    expect(screen.getByTestId('calendar-month')).toHaveTextContent(`${next.month}/${next.year}`);
  });

  it('is a list of the days that have something on a phone', async () => {
    phone(true);
    renderUpkeepAt('/upkeep-calendar');
    const list = await screen.findByTestId('calendar-day-list', {}, { timeout: 5000 });
    expect(screen.queryByTestId('calendar-grid')).not.toBeInTheDocument();
    expect(within(list).getAllByTestId(/^calendar-day-\d/)).toHaveLength(3);
    expect(within(list).getByText('XLNT-01 Trạm xử lý nước thải tập trung')).toBeInTheDocument();
  });

  it('applies the compliance pack and says what it created', async () => {
    graphqlMock.on(ApplyComplianceTemplatesDocument, {
      applyComplianceTemplates: {
        created: [
          { id: 's1', title: 'Kiểm tra định kỳ đường nội bộ' },
          { id: 's2', title: 'Báo cáo năm tình hình cụm công nghiệp gửi Sở Công Thương' },
        ],
        alreadyPresent: ['FIRE_EQUIPMENT_MONTHLY'],
        notApplicable: ['WWTP_DAILY_LOG', 'WWTP_EFFLUENT_MONTHLY', 'WWTP_MONITORING_CALIBRATION'],
      },
    });
    renderUpkeepAt('/upkeep-calendar');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('calendar-apply-templates', {}, { timeout: 5000 }));
    const applied = await screen.findByTestId('calendar-applied');
    expect(applied).toHaveTextContent('2 schedules created');
    expect(applied).toHaveTextContent('Kiểm tra định kỳ đường nội bộ');
    expect(applied).toHaveTextContent('Already present: 1');
    expect(applied).toHaveTextContent('Left out (no wastewater asset): 3');
    expect(graphqlMock.calls(ApplyComplianceTemplatesDocument)).toEqual([{ clusterId: CLUSTER.id }]);
  });

  it('lets an admin create the feed link once, copy it, and revoke it', async () => {
    let live: { id: string; createdAt: string }[] = [];
    graphqlMock
      .on(CalendarFeedsDocument, () => ({ calendarFeeds: live }))
      .on(CreateCalendarFeedDocument, () => {
        live = [{ id: 'Q2FsZW5kYXJGZWVkOjE', createdAt: '2026-12-01T08:00:00Z' }];
        return {
          createCalendarFeed: { url: 'https://ck.example/calendar/secret.ics', feed: live[0]! },
        };
      })
      .on(RevokeCalendarFeedDocument, ({ id }) => {
        live = [];
        return { revokeCalendarFeed: { id, revokedAt: '2026-12-01T09:00:00Z' } };
      });
    renderUpkeepAt('/upkeep-calendar');
    const user = userEvent.setup();
    expect(await screen.findByTestId('calendar-feed-none', {}, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByTestId('calendar-feed-create'));
    expect(await screen.findByTestId('calendar-feed-url')).toHaveValue('https://ck.example/calendar/secret.ics');
    expect(await screen.findByTestId('calendar-feed-active')).toBeInTheDocument();
    await user.click(screen.getByTestId('calendar-feed-revoke'));
    expect(await screen.findByTestId('calendar-feed-revoked')).toBeInTheDocument();
    expect(screen.queryByTestId('calendar-feed-url')).not.toBeInTheDocument();
    expect(graphqlMock.calls(RevokeCalendarFeedDocument)).toEqual([{ id: 'Q2FsZW5kYXJGZWVkOjE' }]);
  });

  it('shows staff no feed controls', async () => {
    markSignedIn(viewerFixture({ role: 'OPERATOR_STAFF' }));
    renderUpkeepAt('/upkeep-calendar');
    expect(await screen.findByText(/Only an operator admin/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByTestId('calendar-feed')).not.toBeInTheDocument();
  });
});
