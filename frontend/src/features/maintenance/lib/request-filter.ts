import type { HoldReason, MaintenancePriority, MaintenanceRequestStatus, RejectReason } from '@/gql/graphql';

/** Every request status, in the order work flows through them (the board's columns). */
export const REQUEST_STATUSES: readonly MaintenanceRequestStatus[] = [
  'SUBMITTED',
  'ACKNOWLEDGED',
  'WAITING_ON_REQUESTER',
  'DEFERRED',
  'IN_PROGRESS',
  'RESOLVED',
  'CLOSED',
  'REJECTED',
  'CANCELLED',
];

/** The states nobody has to act on any more. */
export const FINAL_REQUEST_STATUSES: readonly MaintenanceRequestStatus[] = ['CLOSED', 'REJECTED', 'CANCELLED'];

/** The states still open: what the queue shows unless told otherwise. */
export const OPEN_REQUEST_STATUSES: readonly MaintenanceRequestStatus[] = REQUEST_STATUSES.filter(
  (status) => !FINAL_REQUEST_STATUSES.includes(status),
);

export const PRIORITIES: readonly MaintenancePriority[] = ['P1', 'P2', 'P3', 'P4'];

/** Why a request can be turned down. */
export const REJECT_REASONS: readonly RejectReason[] = ['DUPLICATE', 'NOT_OPERATOR_RESPONSIBILITY', 'NOT_REPRODUCIBLE', 'OTHER'];

/** Why a work order can be on hold. */
export const HOLD_REASONS: readonly HoldReason[] = ['PARTS', 'CONTRACTOR', 'ACCESS', 'WEATHER', 'BUDGET_APPROVAL', 'OTHER'];

export function isRejectReason(value: string | null): value is RejectReason {
  return value !== null && (REJECT_REASONS as readonly string[]).includes(value);
}

export function isHoldReason(value: string | null): value is HoldReason {
  return value !== null && (HOLD_REASONS as readonly string[]).includes(value);
}

/** What the queue is narrowed to; the server does the filtering. */
export interface RequestFilter {
  /** Any of these states; empty: every state. */
  status: MaintenanceRequestStatus[];
  priority: MaintenancePriority | null;
  clusterId: string | null;
  /** The staff member a linked work order is assigned to. */
  assigneeId: string | null;
  /** Only those past a due time. */
  overdue: boolean;
}

export const NO_REQUEST_FILTER: RequestFilter = {
  status: [],
  priority: null,
  clusterId: null,
  assigneeId: null,
  overdue: false,
};

export function isRequestStatus(value: string | null): value is MaintenanceRequestStatus {
  return value !== null && (REQUEST_STATUSES as readonly string[]).includes(value);
}

export function isPriority(value: string | null): value is MaintenancePriority {
  return value !== null && (PRIORITIES as readonly string[]).includes(value);
}

/**
 * The filter an address holds (`?status=SUBMITTED,ACKNOWLEDGED&priority=P1&cluster=…&assignee=…&overdue=1`);
 * anything it does not understand is left out. No `status` at all means the open states;
 * `status=all` means every state.
 */
export function filterFromSearch(params: URLSearchParams): RequestFilter {
  const statusParam = params.get('status');
  const status =
    statusParam === null
      ? [...OPEN_REQUEST_STATUSES]
      : statusParam === 'all'
        ? []
        : statusParam.split(',').filter((s) => isRequestStatus(s));
  const priority = params.get('priority');
  return {
    status,
    priority: isPriority(priority) ? priority : null,
    clusterId: params.get('cluster') || null,
    assigneeId: params.get('assignee') || null,
    overdue: params.get('overdue') === '1',
  };
}

/** The address of a filter (the inverse of `filterFromSearch`). */
export function searchFromFilter(filter: RequestFilter): URLSearchParams {
  const params = new URLSearchParams();
  const open = filter.status.length === OPEN_REQUEST_STATUSES.length && OPEN_REQUEST_STATUSES.every((s) => filter.status.includes(s));
  if (!open) params.set('status', filter.status.length === 0 ? 'all' : filter.status.join(','));
  if (filter.priority !== null) params.set('priority', filter.priority);
  if (filter.clusterId !== null) params.set('cluster', filter.clusterId);
  if (filter.assigneeId !== null) params.set('assignee', filter.assigneeId);
  if (filter.overdue) params.set('overdue', '1');
  return params;
}
