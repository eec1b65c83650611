import type { MaintenanceRequestStatus, WorkOrderStatus } from '@/gql/graphql';

/** What an operator can do to a request, and what a firm can. */
export type RequestAction =
  | 'acknowledge'
  | 'start'
  | 'ask'
  | 'defer'
  | 'resume'
  | 'reject'
  | 'resolve'
  | 'cancel'
  | 'reply'
  | 'confirm'
  | 'reopen';

/** The states each action starts from, as the server's transition function allows them. */
const FROM: Record<RequestAction, readonly MaintenanceRequestStatus[]> = {
  acknowledge: ['SUBMITTED'],
  start: ['ACKNOWLEDGED'],
  ask: ['ACKNOWLEDGED', 'IN_PROGRESS'],
  defer: ['ACKNOWLEDGED', 'IN_PROGRESS'],
  resume: ['DEFERRED'],
  reject: ['SUBMITTED', 'ACKNOWLEDGED'],
  resolve: ['ACKNOWLEDGED', 'IN_PROGRESS'],
  cancel: ['SUBMITTED', 'ACKNOWLEDGED', 'WAITING_ON_REQUESTER', 'DEFERRED'],
  reply: ['WAITING_ON_REQUESTER'],
  confirm: ['RESOLVED'],
  reopen: ['RESOLVED'],
};

const OPERATOR_ACTIONS: readonly RequestAction[] = ['acknowledge', 'start', 'ask', 'defer', 'resume', 'resolve', 'reject', 'cancel'];
const FIRM_ACTIONS: readonly RequestAction[] = ['reply', 'confirm', 'reopen', 'cancel'];

/** The actions offered on a request in `status`: the operator's, or the firm's. */
export function requestActions(status: MaintenanceRequestStatus, operator: boolean): RequestAction[] {
  return (operator ? OPERATOR_ACTIONS : FIRM_ACTIONS).filter((action) => FROM[action].includes(status));
}

/** The states a work order can be moved to from `status` (TransitionWorkOrderInput.to). */
export function workOrderMoves(status: WorkOrderStatus): WorkOrderStatus[] {
  switch (status) {
    case 'OPEN':
      return ['IN_PROGRESS', 'CANCELLED'];
    case 'IN_PROGRESS':
      return ['ON_HOLD', 'DONE', 'CANCELLED'];
    case 'ON_HOLD':
      return ['IN_PROGRESS', 'CANCELLED'];
    case 'DONE':
      return ['VERIFIED', 'IN_PROGRESS'];
    case 'VERIFIED':
    case 'CANCELLED':
      return [];
  }
}
