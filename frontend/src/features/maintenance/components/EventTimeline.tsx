import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MaintenanceEventDataFragment } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';
import { useRequestStatusLabel } from './badges';
import { isHoldReason, isPriority, isRejectReason, isRequestStatus } from '../lib/request-filter';

type Kind = 'request' | 'workOrder';

/** A state name the server wrote, in the reader's language (a request's or a work order's). */
function useStatusLabel(kind: Kind, operator: boolean) {
  const { t } = useTranslation();
  const requestStatus = useRequestStatusLabel(operator);
  return (status: string) => {
    if (kind === 'request') return isRequestStatus(status) ? requestStatus(status) : status;
    switch (status) {
      case 'OPEN':
      case 'IN_PROGRESS':
      case 'ON_HOLD':
      case 'DONE':
      case 'VERIFIED':
      case 'CANCELLED':
        return t(`maintenance.workOrderStatus.${status}`);
      default:
        return status;
    }
  };
}

type Event = MaintenanceEventDataFragment;

/**
 * Why an event happened, in the reader's language: the server sends a code and the code's value
 * (a date, a rating, a priority, a reject or hold reason, a name), never prose. Null for a plain move.
 */
export function useReasonLabel() {
  const { t } = useTranslation();
  const format = useFormat();
  const rejectReason = (value: string | null) => (isRejectReason(value) ? t(`maintenance.rejectReason.${value}`) : (value ?? ''));
  const holdReason = (value: string | null) => (isHoldReason(value) ? t(`maintenance.holdReason.${value}`) : (value ?? ''));
  const priority = (value: string | null) => (isPriority(value) ? t(`maintenance.priority.${value}`) : (value ?? ''));
  const day = (value: string | null) => (value != null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? format.date(value) : (value ?? ''));
  return (event: Pick<Event, 'reasonCode' | 'reasonDetail' | 'priority'>): string | null => {
    const detail = event.reasonDetail ?? null;
    switch (event.reasonCode) {
      case null:
      case undefined:
        return null;
      case 'DEFERRED':
        return t('maintenance.eventReason.DEFERRED', { date: day(detail) });
      case 'SCHEDULED':
        return t('maintenance.eventReason.SCHEDULED', { date: day(detail) });
      case 'REJECTED':
        return t('maintenance.eventReason.REJECTED', { rejectReason: rejectReason(detail) });
      case 'ON_HOLD':
        return t('maintenance.eventReason.ON_HOLD', { holdReason: holdReason(detail) });
      case 'CONFIRMED':
        return t('maintenance.eventReason.CONFIRMED', { rating: detail ?? '' });
      case 'PRIORITY_CHANGED':
        return t('maintenance.eventReason.PRIORITY_CHANGED', { from: priority(detail), to: priority(event.priority) });
      case 'ASSIGNED':
        return detail == null ? t('maintenance.eventReason.ASSIGNED_nobody') : t('maintenance.eventReason.ASSIGNED', { name: detail });
      case 'CORRECTIVE':
        return t('maintenance.eventReason.CORRECTIVE', { inspection: detail ?? '' });
      case 'EFFLUENT_OVER_LIMIT':
        return t('maintenance.eventReason.EFFLUENT_OVER_LIMIT', { date: day(detail) });
      case 'QUESTION':
        return t('maintenance.eventReason.QUESTION');
      case 'REOPENED':
        return t('maintenance.eventReason.REOPENED');
      case 'CANCELLED':
        return t('maintenance.eventReason.CANCELLED');
      case 'AUTO_CLOSED':
        return t('maintenance.eventReason.AUTO_CLOSED');
    }
  };
}

/** The history of a request or a work order, oldest first: each move, its reason, who and when. */
export function EventTimeline({
  events,
  kind,
  operator = false,
}: {
  events: readonly MaintenanceEventDataFragment[];
  kind: Kind;
  /** Words the states from the operator's side. */
  operator?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useStatusLabel(kind, operator);
  const reasonLabel = useReasonLabel();
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} data-testid="event-timeline">
      {events.map((event: Event) => {
        const title =
          event.fromStatus == null
            ? t(kind === 'request' ? 'maintenance.event.filed' : 'maintenance.event.created')
            : event.fromStatus === event.toStatus
              ? t('maintenance.event.updated')
              : t('maintenance.event.moved', { from: label(event.fromStatus), to: label(event.toStatus) });
        const why = reasonLabel(event);
        return (
          <Timeline.Item key={event.id} title={title} data-testid="event">
            {why != null && (
              <Text size="sm" data-testid="event-reason">
                {why}
              </Text>
            )}
            {event.reason != null && event.reason !== '' && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {event.reason}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {format.dateTime(event.at)}
              {event.actorId == null ? ` · ${t('maintenance.event.system')}` : event.actorName != null ? ` · ${event.actorName}` : ''}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
