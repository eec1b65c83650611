import { Alert, Anchor, Button, Card, Checkbox, Grid, Group, Modal, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { Facts } from '@/components/ui/Facts';
import { PageHeader } from '@/components/ui/PageHeader';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { HoldReason, WorkOrderStatus } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';
import { useTransitionWorkOrder, useWorkOrder } from '../api/work-orders';
import type { WorkOrderDetail } from '../api/work-orders';
import { workOrderMoves } from '../lib/transitions';
import { PriorityBadge, WorkOrderStatusBadge } from './badges';
import { AttachmentList } from './Attachments';
import { EventTimeline } from './EventTimeline';
import { AssignmentForm, Checklist, CostLines, TermsForm } from './WorkOrderParts';
import { HOLD_REASONS } from '../lib/request-filter';


/** The button of each move, by the state it moves to (from DONE, IN_PROGRESS sends it back). */
function useMoveLabel(workOrder: WorkOrderDetail) {
  const { t } = useTranslation();
  return (to: WorkOrderStatus) => {
    switch (to) {
      case 'IN_PROGRESS':
        return workOrder.status === 'OPEN' ? t('maintenance.workOrder.start') : t('maintenance.workOrder.backToWork');
      case 'ON_HOLD':
        return t('maintenance.workOrder.hold');
      case 'DONE':
        return t('maintenance.workOrder.done');
      case 'VERIFIED':
        return t('maintenance.workOrder.verify');
      case 'CANCELLED':
        return t('maintenance.workOrder.cancelWork');
      case 'OPEN':
        return to;
    }
  };
}

interface MoveValues {
  holdReason: HoldReason | null;
  reason: string;
  noCost: boolean;
}

/** The dialog of a move that needs more than a click: hold (why), verify (costs or "no cost"), cancel. */
function MoveForm({ workOrder, to, onDone }: { workOrder: WorkOrderDetail; to: WorkOrderStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const moveLabel = useMoveLabel(workOrder);
  const noCosts = workOrder.costLines.length === 0;
  const form = useForm<MoveValues>({
    initialValues: { holdReason: null, reason: '', noCost: false },
    validate: {
      holdReason: (value) => (to === 'ON_HOLD' && value === null ? t('common.required') : null),
      reason: (value, values) => (to === 'ON_HOLD' && values.holdReason === 'OTHER' && value.trim() === '' ? t('common.required') : null),
      noCost: (value) => (to === 'VERIFIED' && noCosts && !value ? t('maintenance.workOrder.verifyNeedsCosts') : null),
    },
  });
  const move = useTransitionWorkOrder({
    onSuccess: (moved) => {
      notifications.show({
        color: 'teal',
        message: t('maintenance.workOrder.moved', { status: t(`maintenance.workOrderStatus.${moved.status}`) }),
      });
      onDone();
    },
  });
  const values = form.getValues();
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((submitted) =>
        move.mutate({
          workOrderId: workOrder.id,
          to,
          holdReason: to === 'ON_HOLD' ? submitted.holdReason : null,
          reason: submitted.reason.trim() === '' ? null : submitted.reason.trim(),
          noCost: to === 'VERIFIED' && noCosts && submitted.noCost,
        }),
      )}
    >
      <Stack>
        {move.isError && <ServerErrorAlert error={move.error} data-testid="move-error" />}
        {to === 'ON_HOLD' && (
          <Select
            label={t('maintenance.workOrder.holdReason')}
            required
            data-testid="move-hold-reason"
            data={HOLD_REASONS.map((r) => ({ value: r, label: t(`maintenance.holdReason.${r}`) }))}
            {...form.getInputProps('holdReason')}
          />
        )}
        {to === 'VERIFIED' && (
          <>
            <Text size="sm">
              {t('maintenance.workOrder.verifyHint', { funding: t(`maintenance.fundingSource.${workOrder.fundingSource}`) })}
            </Text>
            {noCosts && (
              <Checkbox
                label={t('maintenance.workOrder.noCost')}
                data-testid="move-no-cost"
                {...form.getInputProps('noCost', { type: 'checkbox' })}
              />
            )}
          </>
        )}
        <Textarea
          label={to === 'ON_HOLD' && values.holdReason === 'OTHER' ? t('maintenance.workOrder.holdReason') : t('maintenance.workOrder.note')}
          autosize
          minRows={2}
          data-testid="move-reason"
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('maintenance.action.close')}
          </Button>
          <Button type="submit" color={to === 'CANCELLED' ? 'red' : undefined} loading={move.isPending} data-testid="move-submit">
            {moveLabel(to)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The moves a work order can make from where it stands. */
function WorkOrderMoves({ workOrder }: { workOrder: WorkOrderDetail }) {
  const { t } = useTranslation();
  const moveLabel = useMoveLabel(workOrder);
  const [dialog, setDialog] = useState<WorkOrderStatus | null>(null);
  const direct = useTransitionWorkOrder({
    onSuccess: (moved) =>
      notifications.show({
        color: 'teal',
        message: t('maintenance.workOrder.moved', { status: t(`maintenance.workOrderStatus.${moved.status}`) }),
      }),
  });
  const moves = workOrderMoves(workOrder.status);
  if (moves.length === 0) return null;
  const needsDialog = (to: WorkOrderStatus) => to === 'ON_HOLD' || to === 'VERIFIED' || to === 'CANCELLED';
  return (
    <Stack gap="xs">
      {direct.isError && <ServerErrorAlert error={direct.error} data-testid="move-error" />}
      <Group gap="xs" data-testid="work-order-moves">
        {moves.map((to) => (
          <Button
            key={to}
            variant={to === 'CANCELLED' || (to === 'IN_PROGRESS' && workOrder.status === 'DONE') ? 'light' : 'filled'}
            color={to === 'CANCELLED' ? 'red' : to === 'ON_HOLD' ? 'yellow' : undefined}
            loading={direct.isPending && direct.variables.to === to}
            onClick={() => (needsDialog(to) ? setDialog(to) : direct.mutate({ workOrderId: workOrder.id, to }))}
            data-testid={`move-${to}`}
          >
            {moveLabel(to)}
          </Button>
        ))}
      </Group>
      <Modal opened={dialog !== null} onClose={() => setDialog(null)} title={dialog !== null ? moveLabel(dialog) : ''}>
        {dialog !== null && <MoveForm workOrder={workOrder} to={dialog} onDone={() => setDialog(null)} />}
      </Modal>
    </Stack>
  );
}

/**
 * One work order (operators): its moves, assignment, priority and funding, checklist, cost
 * lines and history. Usable on a phone in the field: every part stacks in one column.
 */
export function WorkOrderDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const query = useWorkOrder(id);

  if (query.error) return <ErrorAlert error={query.error} overrides={{ NOT_FOUND: t('maintenance.workOrder.notFound') }} />;
  if (query.isPending) return <CenteredLoader />;
  const workOrder = query.data;
  if (!workOrder) return <ErrorAlert error={null} overrides={{ INTERNAL: t('maintenance.workOrder.notFound') }} />;
  const requestId = workOrder.requestIds[0];

  return (
    <>
      <Anchor component={Link} to={requestId !== undefined ? `/maintenance/${requestId}` : '/maintenance'} size="sm">
        ← {t('common.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" mt="xs" wrap="wrap">
        <PageHeader title={t('maintenance.workOrder.title', { reference: workOrder.reference })} description={workOrder.title} />
        <Group gap="xs">
          <WorkOrderStatusBadge status={workOrder.status} />
          <PriorityBadge priority={workOrder.priority} />
          {workOrder.overdue && (
            <Alert color="red" variant="filled" p={4} px="xs" data-testid="work-order-overdue">
              {t('maintenance.sla.overdue')}
            </Alert>
          )}
        </Group>
      </Group>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <WorkOrderMoves workOrder={workOrder} />
            <Card withBorder padding="lg">
              <Title order={3} size="h4" mb="sm">
                {t('maintenance.workOrder.details')}
              </Title>
              <Text size="sm" mb="md" style={{ whiteSpace: 'pre-wrap' }}>
                {workOrder.description}
              </Text>
              <Facts
                narrow
                items={[
                  { label: t('maintenance.field.cluster'), value: workOrder.clusterName ?? t('common.empty') },
                  {
                    label: t('maintenance.workOrder.fromRequest'),
                    value:
                      requestId !== undefined ? (
                        <Anchor component={Link} to={`/maintenance/${requestId}`} size="sm">
                          {t('maintenance.detail.about')}
                        </Anchor>
                      ) : (
                        t('maintenance.workOrder.adHoc')
                      ),
                  },
                  {
                    label: t('maintenance.field.resolutionDue'),
                    value: workOrder.resolutionDueAt != null ? format.dateTime(workOrder.resolutionDueAt) : t('common.empty'),
                  },
                  { label: t('maintenance.workOrder.funding'), value: t(`maintenance.fundingSource.${workOrder.fundingSource}`) },
                ]}
              />
            </Card>
            {workOrder.files.length > 0 && (
              <Card withBorder padding="lg" data-testid="work-order-attachments">
                <Title order={3} size="h4" mb="sm">
                  {t('maintenance.files.title')}
                </Title>
                <AttachmentList files={workOrder.files} />
              </Card>
            )}
            <Card withBorder padding="lg">
              <Title order={3} size="h4" mb="sm">
                {t('maintenance.workOrder.assignment')}
              </Title>
              <AssignmentForm key={`${workOrder.assigneeName ?? ''}`} workOrder={workOrder} />
            </Card>
            <Card withBorder padding="lg">
              <Title order={3} size="h4" mb="sm">
                {t('maintenance.workOrder.costs')}
              </Title>
              <CostLines workOrder={workOrder} />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg">
              <Title order={3} size="h4" mb="sm">
                {t('maintenance.workOrder.terms')}
              </Title>
              <TermsForm key={`${workOrder.priority}-${workOrder.fundingSource}`} workOrder={workOrder} />
            </Card>
            <Card withBorder padding="lg">
              <Title order={3} size="h4" mb="sm">
                {t('maintenance.workOrder.checklist')}
              </Title>
              <Checklist workOrder={workOrder} />
            </Card>
            <Card withBorder padding="lg">
              <Title order={3} size="h4" mb="sm">
                {t('maintenance.detail.timeline')}
              </Title>
              <EventTimeline events={workOrder.events} kind="workOrder" />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
