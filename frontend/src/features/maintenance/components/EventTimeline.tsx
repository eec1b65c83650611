import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MaintenanceEventDataFragment } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';
import { isRequestStatus } from '../lib/request-filter';

type Kind = 'request' | 'workOrder';

/** A state name the server wrote, in the reader's language (a request's or a work order's). */
function useStatusLabel(kind: Kind) {
  const { t } = useTranslation();
  return (status: string) => {
    if (kind === 'request') return isRequestStatus(status) ? t(`maintenance.status.${status}`) : status;
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

/** The history of a request or a work order, oldest first: each move, its reason, who and when. */
export function EventTimeline({ events, kind }: { events: readonly MaintenanceEventDataFragment[]; kind: Kind }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useStatusLabel(kind);
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} data-testid="event-timeline">
      {events.map((event) => {
        const title =
          event.fromStatus == null
            ? t(kind === 'request' ? 'maintenance.event.filed' : 'maintenance.event.created')
            : event.fromStatus === event.toStatus
              ? t('maintenance.event.updated')
              : t('maintenance.event.moved', { from: label(event.fromStatus), to: label(event.toStatus) });
        return (
          <Timeline.Item key={event.id} title={title} data-testid="event">
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
