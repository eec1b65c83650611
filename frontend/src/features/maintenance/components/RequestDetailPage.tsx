import { Anchor, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { useDocumentTitle } from '@/components/ui/PageHeader';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { useFormat } from '@/lib/use-format';
import { Facts } from '@/components/ui/Facts';
import { useRequest } from '../api/requests';
import type { RequestDetail } from '../api/requests';
import { useCreateWorkOrder, useRequestWorkOrders } from '../api/work-orders';
import { PriorityBadge, RequestStatusBadge, SlaBadge, WorkOrderStatusBadge } from './badges';
import { CommentThread } from './CommentThread';
import { EventTimeline } from './EventTimeline';
import { RequestActions } from './RequestActions';
import { RequestAttachments } from './Attachments';

/** The work orders of a request, and a button to create one from it (operators). */
function RequestWorkOrders({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const workOrders = useRequestWorkOrders(request.id);
  const create = useCreateWorkOrder({
    onSuccess: (created) => {
      notifications.show({ color: 'teal', message: t('maintenance.workOrder.created', { reference: created.reference }) });
      void navigate(`/maintenance/work-orders/${created.id}`);
    },
  });
  const final = request.status === 'CLOSED' || request.status === 'REJECTED' || request.status === 'CANCELLED';
  return (
    <Card withBorder padding="lg" data-testid="request-work-orders">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={3} size="h4">
          {t('maintenance.detail.workOrders')}
        </Title>
        {!final && (
          <Button
            size="xs"
            variant="light"
            loading={create.isPending}
            onClick={() => create.mutate({ requestIds: [request.id] })}
            data-testid="work-order-create"
          >
            {t('maintenance.detail.createWorkOrder')}
          </Button>
        )}
      </Group>
      {create.isError && <ServerErrorAlert error={create.error} />}
      {workOrders.error ? (
        <ErrorAlert error={workOrders.error} />
      ) : workOrders.isPending ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : workOrders.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('maintenance.detail.noWorkOrders')}
        </Text>
      ) : (
        <Stack gap="xs">
          {workOrders.data.map((wo) => (
            <Group key={wo.id} justify="space-between" wrap="nowrap" gap="xs">
              <Anchor component={Link} to={`/maintenance/work-orders/${wo.id}`} size="sm" data-testid="work-order-link">
                {wo.reference} · {wo.assigneeName ?? t('maintenance.workOrder.unassigned')}
              </Anchor>
              <WorkOrderStatusBadge status={wo.status} />
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/**
 * One request: what the firm wrote, where it stands (SLA, promised date), its moves, its
 * conversation and history. `operator` adds the operator's moves, internal notes and work orders.
 */
export function RequestDetailPage({ operator }: { operator: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const query = useRequest(id);
  const basePath = operator ? '/maintenance' : '/my-requests';
  useDocumentTitle(query.data?.title ?? '');

  if (query.error) return <ErrorAlert error={query.error} overrides={{ NOT_FOUND: t('maintenance.detail.notFound') }} />;
  if (query.isPending) return <CenteredLoader />;
  const request = query.data;
  if (!request) return <ErrorAlert error={null} overrides={{ INTERNAL: t('maintenance.detail.notFound') }} />;

  const where = [request.plotCode, request.location].filter((part) => part != null && part !== '').join(' · ');
  const facts = [
    { label: t('maintenance.field.reference'), value: request.reference },
    { label: t('maintenance.field.category'), value: t(`maintenance.category.${request.category}`) },
    ...(operator ? [{ label: t('maintenance.field.firm'), value: request.firmName }] : []),
    { label: t('maintenance.field.cluster'), value: request.clusterName ?? t('common.empty') },
    { label: t('maintenance.field.location'), value: where || t('common.empty') },
    { label: t('maintenance.field.filedAt'), value: format.dateTime(request.createdAt) },
    {
      label: t('maintenance.field.promisedOn'),
      value: request.promisedOn != null ? format.date(request.promisedOn) : t('common.empty'),
    },
    ...(operator
      ? [
          {
            label: t('maintenance.field.responseDue'),
            value: request.responseDueAt != null ? format.dateTime(request.responseDueAt) : t('common.empty'),
          },
          {
            label: t('maintenance.field.resolutionDue'),
            value: request.resolutionDueAt != null ? format.dateTime(request.resolutionDueAt) : t('common.empty'),
          },
        ]
      : []),
    ...(request.deferredUntil != null
      ? [{ label: t('maintenance.field.deferredUntil'), value: format.date(request.deferredUntil) }]
      : []),
    ...(request.rejectReason != null
      ? [{ label: t('maintenance.field.rejectReason'), value: t(`maintenance.rejectReason.${request.rejectReason}`) }]
      : []),
    ...(request.rating != null
      ? [{ label: t('maintenance.field.rating'), value: t('maintenance.detail.ratingValue', { rating: request.rating }) }]
      : []),
  ];

  return (
    <>
      <Anchor component={Link} to={basePath} size="sm">
        ← {t('common.back')}
      </Anchor>
      <Stack gap={6} mt="xs" mb="lg">
        <Title order={1} size="h2" data-testid="request-title-heading">
          {request.title}
        </Title>
        <Group gap="xs">
          <RequestStatusBadge status={request.status} operator={operator} />
          {(operator || request.urgent) && <PriorityBadge priority={request.priority} />}
          <SlaBadge request={request} />
        </Group>
      </Stack>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <RequestActions request={request} operator={operator} />
            <Card withBorder padding="lg">
              <Title order={3} size="h4" mb="sm">
                {t('maintenance.detail.about')}
              </Title>
              <Text size="sm" mb="md" style={{ whiteSpace: 'pre-wrap' }} data-testid="request-description-text">
                {request.description}
              </Text>
              <Facts items={facts} narrow />
              {request.resolutionNote != null && (
                <Stack gap={2} mt="md">
                  <Text size="xs" c="dimmed">
                    {t('maintenance.field.resolutionNote')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {request.resolutionNote}
                  </Text>
                </Stack>
              )}
            </Card>
            <Card withBorder padding="lg" data-testid="request-attachments">
              <Title order={3} size="h4" mb="sm">
                {t('maintenance.files.title')}
              </Title>
              <RequestAttachments
                requestId={request.id}
                files={request.files}
                canAttach={request.status !== 'CLOSED' && request.status !== 'REJECTED' && request.status !== 'CANCELLED'}
              />
            </Card>
            <Card withBorder padding="lg">
              <Title order={3} size="h4" mb="sm">
                {t('maintenance.detail.thread')}
              </Title>
              <CommentThread request={request} operator={operator} />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            {operator && <RequestWorkOrders request={request} />}
            <Card withBorder padding="lg">
              <Title order={3} size="h4" mb="sm">
                {t('maintenance.detail.timeline')}
              </Title>
              <EventTimeline events={request.events} kind="request" operator={operator} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
