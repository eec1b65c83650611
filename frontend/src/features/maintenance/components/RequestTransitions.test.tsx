import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n/setup';
import {
  AcknowledgeMaintenanceRequestDocument,
  ConfirmMaintenanceResolutionDocument,
  MaintenanceRequestDetailDocument,
  RequestWorkOrdersDocument,
  TransitionWorkOrderDocument,
  WorkOrderDetailDocument,
  MaintenanceStaffDocument,
} from '@/gql/graphql';
import { markSignedIn, markSignedOut } from '@/lib/session/session-store';
import { viewerFixture } from '@/test/fixtures';
import { graphqlFailure, graphqlMock } from '@/test/mock-graphql';
import { REQUEST_ID, WORK_ORDER_ID, renderMaintenanceAt, requestDetailFixture, workOrderFixture } from '../testing/fixtures';

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

afterEach(() => {
  cleanup();
  markSignedOut({ expired: false });
});

describe('moving requests and work orders', { timeout: 20_000 }, () => {
  it('acknowledges a request with a priority and a promised date, and shows its new state', async () => {
    markSignedIn(viewerFixture({ role: 'OPERATOR_STAFF' }));
    graphqlMock
      .on(MaintenanceRequestDetailDocument, { node: requestDetailFixture() })
      .on(RequestWorkOrdersDocument, { workOrders: { nodes: [] } })
      .on(AcknowledgeMaintenanceRequestDocument, ({ input }) => ({
        acknowledgeMaintenanceRequest: requestDetailFixture({
          status: 'ACKNOWLEDGED',
          priority: input.priority ?? 'P3',
          promisedOn: input.promisedOn ?? null,
          respondedAt: '2026-11-30T03:00:00Z',
        }),
      }));
    renderMaintenanceAt(`/maintenance/${REQUEST_ID}`);
    const user = userEvent.setup();

    expect(await screen.findByTestId('request-status')).toHaveTextContent('Đã gửi');
    expect(within(screen.getByTestId('request-actions')).queryByTestId('action-confirm')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('action-acknowledge'));
    await user.click(await screen.findByTestId('action-submit'));
    expect(await screen.findByText('Chọn ngày từ hôm nay trở đi')).toBeInTheDocument();
    expect(graphqlMock.operations()).not.toContain('AcknowledgeMaintenanceRequest');

    await user.click(screen.getByTestId('action-priority'));
    await user.click(await screen.findByRole('option', { name: 'P2 Cao', hidden: true }));
    await user.type(screen.getByTestId('action-promised-on'), '05/12/2099');
    await user.type(screen.getByTestId('action-message'), 'Đội thoát nước sẽ đến trong tuần.');
    await user.click(screen.getByTestId('action-submit'));

    await waitFor(() => expect(screen.getByTestId('request-status')).toHaveTextContent('Đã tiếp nhận'));
    expect(graphqlMock.calls(AcknowledgeMaintenanceRequestDocument)).toEqual([
      {
        input: {
          requestId: REQUEST_ID,
          priority: 'P2',
          promisedOn: '2099-12-05',
          message: 'Đội thoát nước sẽ đến trong tuần.',
        },
      },
    ]);
    expect(screen.getByText('05/12/2099')).toBeInTheDocument();
  });

  it('shows a CONFLICT when someone else moved the request first', async () => {
    markSignedIn(viewerFixture({ role: 'OPERATOR_STAFF' }));
    graphqlMock
      .on(MaintenanceRequestDetailDocument, { node: requestDetailFixture() })
      .on(RequestWorkOrdersDocument, { workOrders: { nodes: [] } })
      .on(AcknowledgeMaintenanceRequestDocument, graphqlFailure('CONFLICT', 'the request is ACKNOWLEDGED'));
    renderMaintenanceAt(`/maintenance/${REQUEST_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('action-acknowledge'));
    await user.type(await screen.findByTestId('action-promised-on'), '5/12/2099');
    await user.click(screen.getByTestId('action-submit'));
    expect(await screen.findByTestId('action-error')).toHaveTextContent('the request is ACKNOWLEDGED');
  });

  it('lets the firm confirm a resolution with a rating', async () => {
    markSignedIn(viewerFixture({ role: 'ENTERPRISE', firm: { id: 'RmlybTox', name: 'KCC Vina' } }));
    const resolved = requestDetailFixture({ status: 'RESOLVED', awaitingConfirmation: true, resolutionNote: 'Đã nạo vét cống.' });
    graphqlMock
      .on(MaintenanceRequestDetailDocument, { node: resolved })
      .on(ConfirmMaintenanceResolutionDocument, ({ input }) => ({
        confirmMaintenanceResolution: requestDetailFixture({ status: 'CLOSED', rating: input.rating }),
      }));
    renderMaintenanceAt(`/my-requests/${REQUEST_ID}`);
    const user = userEvent.setup();

    expect(await screen.findByText('Đã nạo vét cống.')).toBeInTheDocument();
    expect(screen.queryByTestId('action-acknowledge')).not.toBeInTheDocument();
    expect(screen.getByTestId('action-reopen')).toBeInTheDocument();
    await user.click(screen.getByTestId('action-confirm'));
    await user.click(await screen.findByTestId('action-submit'));
    expect(await screen.findByText('Chọn mức đánh giá')).toBeInTheDocument();

    // A star is chosen by its label (the radio under it only previews the rating).
    const four = within(screen.getByTestId('action-rating')).getByLabelText('4 / 5');
    await user.click(document.querySelector(`label[for="${four.id}"]`)!);
    await user.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(screen.getByTestId('request-status')).toHaveTextContent('Đã đóng'));
    expect(graphqlMock.calls(ConfirmMaintenanceResolutionDocument)).toEqual([{ input: { requestId: REQUEST_ID, rating: 4 } }]);
  });

  it('verifies a work order without costs only with the "no cost" tick', async () => {
    markSignedIn(viewerFixture({ role: 'OPERATOR_ADMIN' }));
    graphqlMock
      .on(WorkOrderDetailDocument, { node: workOrderFixture({ status: 'DONE' }) })
      .on(MaintenanceStaffDocument, { maintenanceStaff: [{ userId: 'VXNlcjox', name: 'Nguyễn Thị Lan' }] })
      .on(TransitionWorkOrderDocument, ({ input }) => ({
        transitionWorkOrder: workOrderFixture({ status: input.to, noCost: input.noCost ?? false }),
      }));
    renderMaintenanceAt(`/maintenance/work-orders/${WORK_ORDER_ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('move-VERIFIED'));
    await user.click(await screen.findByTestId('move-submit'));
    expect(await screen.findByText('Nhập chi phí, hoặc đánh dấu công việc không phát sinh chi phí.')).toBeInTheDocument();
    expect(graphqlMock.operations()).not.toContain('TransitionWorkOrder');

    await user.click(screen.getByTestId('move-no-cost'));
    await user.click(screen.getByTestId('move-submit'));
    await waitFor(() => expect(screen.getByTestId('work-order-status')).toHaveTextContent('Đã nghiệm thu'));
    expect(graphqlMock.calls(TransitionWorkOrderDocument)).toEqual([
      { input: { workOrderId: WORK_ORDER_ID, to: 'VERIFIED', holdReason: null, reason: null, noCost: true } },
    ]);
  });
});
