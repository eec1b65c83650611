import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import { ClusterOptionsDocument, MaintenanceRequestsDocument } from '@/gql/graphql';
import { markSignedIn, markSignedOut } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { graphqlMock, onePage } from '@/test/mock-graphql';
import { renderMaintenanceAt, requestRowFixture } from '../testing/fixtures';

const OPEN = ['SUBMITTED', 'ACKNOWLEDGED', 'WAITING_ON_REQUESTER', 'DEFERRED', 'IN_PROGRESS', 'RESOLVED'];

beforeEach(async () => {
  markSignedIn(viewerFixture({ role: 'OPERATOR_STAFF' }));
  graphqlMock
    .on(MaintenanceRequestsDocument, {
      maintenanceRequests: onePage([
        requestRowFixture({ overdue: true, priority: 'P1' }),
        requestRowFixture({ id: 'TWFpbnRlbmFuY2VSZXF1ZXN0OjI', reference: 'YC-000002', title: 'Đèn đường N1 tắt', slaPaused: true, status: 'WAITING_ON_REQUESTER' }),
      ]),
    })
    .on(ClusterOptionsDocument, { clusters: onePage([{ id: 'Q2x1c3Rlcjox', name: 'CCN Đồng Sóc' }]) });
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
  markSignedOut({ expired: false });
});

describe('the maintenance queue', { timeout: 20_000 }, () => {
  it('shows the open requests with their SLA badges, and asks the server again for each filter', async () => {
    renderMaintenanceAt('/maintenance');
    const user = userEvent.setup();

    const table = await screen.findByTestId('requests-table');
    const overdueRow = (await within(table).findByText('Cống tắc trước lô CN-001')).closest('tr')!;
    expect(within(overdueRow).getByTestId('sla-badge')).toHaveTextContent('Quá hạn');
    expect(within(overdueRow).getByTestId('priority')).toHaveTextContent('P1');
    const waitingRow = within(table).getByText('Đèn đường N1 tắt').closest('tr')!;
    expect(within(waitingRow).getByTestId('sla-badge')).toHaveTextContent('Tạm dừng tính giờ');
    expect(within(waitingRow).getByTestId('request-status')).toHaveTextContent('Chờ doanh nghiệp trả lời');
    expect(graphqlMock.calls(MaintenanceRequestsDocument)[0]).toEqual({
      first: 20,
      after: null,
      status: OPEN,
      priority: null,
      clusterId: null,
      assigneeId: null,
      overdue: null,
    });

    await user.click(screen.getByTestId('queue-filter-status'));
    await user.click(await screen.findByRole('option', { name: 'Tạm hoãn', hidden: true }));
    await user.click(screen.getByTestId('queue-filter-overdue'));
    await user.click(screen.getByTestId('queue-filter-priority'));
    await user.click(await screen.findByRole('option', { name: 'P1 Khẩn cấp', hidden: true }));
    await user.click(screen.getByTestId('queue-filter-cluster'));
    await user.click(await screen.findByRole('option', { name: 'CCN Đồng Sóc', hidden: true }));
    await user.click(screen.getByTestId('queue-filter-assignee'));
    await user.click(await screen.findByRole('option', { name: 'Giao cho tôi', hidden: true }));

    await waitFor(() =>
      expect(graphqlMock.calls(MaintenanceRequestsDocument).at(-1)).toEqual({
        first: 20,
        after: null,
        status: ['DEFERRED'],
        priority: 'P1',
        clusterId: 'Q2x1c3Rlcjox',
        assigneeId: viewerFixture().id,
        overdue: true,
      }),
    );
  });

  it('reads the filters from the address, so a link can open the overdue P2 requests of every state', async () => {
    renderMaintenanceAt('/maintenance?status=all&priority=P2&overdue=1');
    await screen.findByTestId('requests-table');
    expect(graphqlMock.calls(MaintenanceRequestsDocument)[0]).toMatchObject({ status: null, priority: 'P2', overdue: true });
  });

  it('puts the open requests in a column per state on the board', async () => {
    renderMaintenanceAt('/maintenance?view=board');
    const waiting = await screen.findByTestId('board-column-WAITING_ON_REQUESTER');
    expect(await within(waiting).findByText('Đèn đường N1 tắt')).toBeInTheDocument();
    expect(within(screen.getByTestId('board-column-SUBMITTED')).getByText('Cống tắc trước lô CN-001')).toBeInTheDocument();
    expect(within(screen.getByTestId('board-column-IN_PROGRESS')).getByText('Không có')).toBeInTheDocument();
  });
});
