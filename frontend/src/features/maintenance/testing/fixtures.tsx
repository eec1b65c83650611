import { Route, Routes } from 'react-router';
import { renderWithProviders } from '@/test/render';
import type { RequestDetail, RequestRow } from '../api/requests';
import type { WorkOrderDetail } from '../api/work-orders';
import { FileRequestPage, MyRequestsPage } from '../components/MyRequestsPage';
import { MaintenanceQueuePage } from '../components/MaintenanceQueuePage';
import { RequestDetailPage } from '../components/RequestDetailPage';
import { WorkOrderDetailPage } from '../components/WorkOrderDetailPage';

export const REQUEST_ID = 'TWFpbnRlbmFuY2VSZXF1ZXN0OjE';
export const WORK_ORDER_ID = 'V29ya09yZGVyOjE';

/** KCC's blocked drain in front of CN-001, filed and not yet answered (response due at 11:00). */
export function requestRowFixture(overrides: Partial<RequestRow> = {}): RequestRow {
  return {
    id: REQUEST_ID,
    reference: 'YC-3F2A1B',
    title: 'Cống tắc trước lô CN-001',
    category: 'DRAINAGE',
    status: 'SUBMITTED',
    priority: 'P3',
    urgent: false,
    firmName: 'KCC Vina',
    clusterName: 'CCN Đồng Sóc',
    plotCode: 'CN-001',
    location: null,
    promisedOn: null,
    deferredUntil: null,
    createdAt: '2026-11-30T01:00:00Z',
    respondedAt: null,
    responseDueAt: '2026-12-01T04:00:00Z',
    resolutionDueAt: '2026-12-10T04:00:00Z',
    overdue: false,
    slaPaused: false,
    awaitingConfirmation: false,
    ...overrides,
  };
}

/** The same request as its page asks for it, with its filing event and no comment. */
export function requestDetailFixture(overrides: Partial<RequestDetail> = {}): RequestDetail {
  return {
    __typename: 'MaintenanceRequest',
    ...requestRowFixture(),
    description: 'Nước tràn ra đường N2 sau mưa.',
    firmId: 'RmlybTox',
    clusterId: 'Q2x1c3Rlcjox',
    plotId: 'UGxvdDox',
    rating: null,
    rejectReason: null,
    duplicateOfId: null,
    reopenCount: 0,
    resolutionNote: null,
    resolvedAt: null,
    updatedAt: '2026-11-30T01:00:00Z',
    events: [
      {
        id: 'ev1',
        at: '2026-11-30T01:00:00Z',
        actorId: 'VXNlcjo1',
        actorName: 'Kế toán KCC',
        fromStatus: null,
        toStatus: 'SUBMITTED',
        priority: 'P3',
        reasonCode: null,
        reasonDetail: null,
        reason: null,
      },
    ],
    comments: [],
    files: [],
    ...overrides,
  };
}

/** An open work order for that request, unassigned, funded from the maintenance fund, no costs yet. */
export function workOrderFixture(overrides: Partial<WorkOrderDetail> = {}): WorkOrderDetail {
  return {
    __typename: 'WorkOrder',
    id: WORK_ORDER_ID,
    reference: 'WO-9C1D2E',
    title: 'Cống tắc trước lô CN-001',
    status: 'OPEN',
    priority: 'P3',
    fundingSource: 'FUND',
    clusterName: 'CCN Đồng Sóc',
    assigneeName: null,
    costTotal: 0,
    overdue: false,
    responseDueAt: '2026-12-01T04:00:00Z',
    resolutionDueAt: '2026-12-10T04:00:00Z',
    createdAt: '2026-11-30T02:00:00Z',
    description: 'Nước tràn ra đường N2 sau mưa.',
    clusterId: 'Q2x1c3Rlcjox',
    firmId: 'RmlybTox',
    requestIds: [REQUEST_ID],
    assigneeUserId: null,
    contractorName: null,
    contractorPhone: null,
    contractorEmail: null,
    holdReason: null,
    noCost: false,
    verifiedAt: null,
    verifiedCostTotal: 0,
    checklist: [],
    costLines: [],
    files: [],
    events: [
      {
        id: 'wev1',
        at: '2026-11-30T02:00:00Z',
        actorId: 'VXNlcjox',
        actorName: 'Điều hành Đồng Sóc',
        fromStatus: null,
        toStatus: 'OPEN',
        priority: 'P3',
        reasonCode: null,
        reasonDetail: null,
        reason: null,
      },
    ],
    ...overrides,
  };
}

/** The maintenance pages at `path`, mounted as the router mounts them. */
export function renderMaintenanceAt(path: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/maintenance" element={<MaintenanceQueuePage />} />
      <Route path="/maintenance/work-orders/:id" element={<WorkOrderDetailPage />} />
      <Route path="/maintenance/:id" element={<RequestDetailPage operator />} />
      <Route path="/my-requests" element={<MyRequestsPage />} />
      <Route path="/my-requests/new" element={<FileRequestPage />} />
      <Route path="/my-requests/:id" element={<RequestDetailPage operator={false} />} />
    </Routes>,
    { route: path },
  );
}
