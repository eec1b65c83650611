import type { MaintenanceRequestStatus } from '@/gql/graphql';
import { FINAL_REQUEST_STATUSES } from './request-filter';

/** Where a request stands against its SLA, as its badge says it. */
export type SlaState =
  /** A response or resolution owed is past due. */
  | { kind: 'overdue' }
  /** The clock stands still (waiting on the requester, deferred). */
  | { kind: 'paused' }
  /** Due within the next four hours. */
  | { kind: 'dueSoon'; dueAt: string }
  | { kind: 'onTrack'; dueAt: string }
  /** Nothing owed any more (resolved, closed, rejected, cancelled), or no due time known. */
  | { kind: 'none' };

const SOON_MS = 4 * 60 * 60 * 1000;

interface SlaFields {
  status: MaintenanceRequestStatus;
  overdue: boolean;
  slaPaused: boolean;
  respondedAt?: string | null;
  responseDueAt?: string | null;
  resolutionDueAt?: string | null;
}

/**
 * The SLA state of a request at `now`: the server says whether it is overdue (derived from
 * the event log); the next due time is the response's until the operator has responded, then
 * the resolution's.
 */
export function slaState(request: SlaFields, now: Date): SlaState {
  if (request.status === 'RESOLVED' || FINAL_REQUEST_STATUSES.includes(request.status)) return { kind: 'none' };
  if (request.overdue) return { kind: 'overdue' };
  if (request.slaPaused) return { kind: 'paused' };
  const dueAt = request.respondedAt == null ? request.responseDueAt : request.resolutionDueAt;
  if (dueAt == null) return { kind: 'none' };
  return new Date(dueAt).getTime() - now.getTime() <= SOON_MS ? { kind: 'dueSoon', dueAt } : { kind: 'onTrack', dueAt };
}
