import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MaintenancePriority, MaintenanceRequestStatus, WorkOrderStatus } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';
import { slaState } from '../lib/sla';
import type { SlaState } from '../lib/sla';

const REQUEST_STATUS_COLORS: Record<MaintenanceRequestStatus, string> = {
  SUBMITTED: 'blue',
  ACKNOWLEDGED: 'cyan',
  WAITING_ON_REQUESTER: 'yellow',
  DEFERRED: 'gray',
  IN_PROGRESS: 'indigo',
  RESOLVED: 'teal',
  CLOSED: 'green',
  REJECTED: 'red',
  CANCELLED: 'gray',
};

/** A request's state in words; `operator` words WAITING_ON_REQUESTER from the operator's side. */
export function useRequestStatusLabel(operator: boolean) {
  const { t } = useTranslation();
  return (status: MaintenanceRequestStatus) =>
    operator && status === 'WAITING_ON_REQUESTER'
      ? t('maintenance.operatorStatus.WAITING_ON_REQUESTER')
      : t(`maintenance.status.${status}`);
}

/** A request's state; `operator` words WAITING_ON_REQUESTER from the operator's side. */
export function RequestStatusBadge({ status, operator = false }: { status: MaintenanceRequestStatus; operator?: boolean }) {
  const label = useRequestStatusLabel(operator)(status);
  return (
    <Badge color={REQUEST_STATUS_COLORS[status]} variant="light" miw="max-content" data-testid="request-status" data-status={status}>
      {label}
    </Badge>
  );
}

const WORK_ORDER_STATUS_COLORS: Record<WorkOrderStatus, string> = {
  OPEN: 'blue',
  IN_PROGRESS: 'indigo',
  ON_HOLD: 'yellow',
  DONE: 'teal',
  VERIFIED: 'green',
  CANCELLED: 'gray',
};

export function WorkOrderStatusBadge({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={WORK_ORDER_STATUS_COLORS[status]}
      variant="light"
      miw="max-content"
      data-testid="work-order-status"
      data-status={status}
    >
      {t(`maintenance.workOrderStatus.${status}`)}
    </Badge>
  );
}

const PRIORITY_COLORS: Record<MaintenancePriority, string> = { P1: 'red', P2: 'orange', P3: 'blue', P4: 'gray' };

export function PriorityBadge({ priority }: { priority: MaintenancePriority }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={PRIORITY_COLORS[priority]}
      variant={priority === 'P1' ? 'filled' : 'outline'}
      miw="max-content"
      title={t(`maintenance.priority.${priority}`)}
      data-testid="priority"
    >
      {priority}
    </Badge>
  );
}

/** Overdue, paused, or when the next response or resolution is due. */
export function SlaBadge({ request, now = new Date() }: { request: Parameters<typeof slaState>[0]; now?: Date }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state: SlaState = slaState(request, now);
  switch (state.kind) {
    case 'none':
      return null;
    case 'overdue':
      return (
        <Badge color="red" variant="filled" miw="max-content" data-testid="sla-badge" data-sla="overdue">
          {t('maintenance.sla.overdue')}
        </Badge>
      );
    case 'paused':
      return (
        <Badge color="gray" variant="light" miw="max-content" data-testid="sla-badge" data-sla="paused">
          {t('maintenance.sla.paused')}
        </Badge>
      );
    case 'dueSoon':
    case 'onTrack':
      return (
        <Badge
          color={state.kind === 'dueSoon' ? 'orange' : 'gray'}
          variant={state.kind === 'dueSoon' ? 'light' : 'outline'}
          miw="max-content"
          data-testid="sla-badge"
          data-sla={state.kind}
        >
          {t(`maintenance.sla.${state.kind}`, { time: format.dateTime(state.dueAt) })}
        </Badge>
      );
  }
}
