import { ActionIcon, Button, Checkbox, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '@/components/ui/MoneyInput';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { AddCostLineInput, CostKind, FundingSource, MaintenancePriority } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import { useViewer } from '@/lib/session/use-session';
import { useFormat } from '@/lib/use-format';
import {
  useAddChecklistItem,
  useAddCostLine,
  useAssignWorkOrder,
  useMaintenanceStaff,
  useRemoveCostLine,
  useSetChecklistItem,
  useUpdateWorkOrder,
} from '../api/work-orders';
import type { WorkOrderDetail } from '../api/work-orders';
import { hoursToMinutes, labourAmount } from '../lib/costs';
import { InspectionAnswer } from './InspectionAnswer';
import { PRIORITIES } from '../lib/request-filter';

export const FUNDING_SOURCES: readonly FundingSource[] = ['FUND', 'CHARGEBACK', 'OPERATOR', 'WARRANTY'];
const COST_KINDS: readonly CostKind[] = ['CONTRACTOR', 'MATERIAL', 'LABOUR', 'OTHER'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A VALIDATION error whose every field message found its field needs no alert of its own. */
const placed = (error: unknown) => isApiError(error, 'VALIDATION') && error.fields.length > 0;

/** Whether a work order can still change (not verified, not cancelled). */
export const isLocked = (workOrder: WorkOrderDetail) => workOrder.status === 'VERIFIED' || workOrder.status === 'CANCELLED';

const whole = (value: number | string) => (value === '' ? 0 : Math.round(Number(value)) || 0);

/** Who does the work: one of the operator's staff (the signed-in one first offered), or an external contractor with contact details. */
export function AssignmentForm({ workOrder }: { workOrder: WorkOrderDetail }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const staff = useMaintenanceStaff();
  const [who, setWho] = useState<'staff' | 'contractor'>(workOrder.contractorName != null ? 'contractor' : 'staff');
  const [staffId, setStaffId] = useState<string>(workOrder.assigneeUserId ?? viewer.id);
  const form = useForm({
    initialValues: {
      contractorName: workOrder.contractorName ?? '',
      contractorPhone: workOrder.contractorPhone ?? '',
      contractorEmail: workOrder.contractorEmail ?? '',
    },
    validate: {
      contractorName: (value) => (who === 'contractor' && value.trim() === '' ? t('common.required') : null),
      contractorEmail: (value) => (value.trim() !== '' && !EMAIL.test(value.trim()) ? t('common.invalidEmail') : null),
    },
  });
  const assign = useAssignWorkOrder({
    onSuccess: (saved) =>
      notifications.show({ color: 'teal', message: t('maintenance.workOrder.assigned', { name: saved.assigneeName ?? '' }) }),
    onError: (error) => applyFieldErrors(form, error),
  });
  const blank = (value: string) => (value.trim() === '' ? null : value.trim());
  const submit = (values: typeof form.values) =>
    assign.mutate(
      who === 'staff'
        ? { workOrderId: workOrder.id, userId: staffId }
        : {
            workOrderId: workOrder.id,
            contractorName: values.contractorName.trim(),
            contractorPhone: blank(values.contractorPhone),
            contractorEmail: blank(values.contractorEmail),
          },
    );
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="work-order-assignee">
        {workOrder.assigneeName ?? t('maintenance.workOrder.unassigned')}
        {workOrder.contractorPhone != null ? ` · ${workOrder.contractorPhone}` : ''}
        {workOrder.contractorEmail != null ? ` · ${workOrder.contractorEmail}` : ''}
      </Text>
      {!isLocked(workOrder) && (
        <form noValidate onSubmit={form.onSubmit(submit)}>
          <Stack gap="sm">
            {assign.isError && !placed(assign.error) && <ServerErrorAlert error={assign.error} />}
            <SegmentedControl
              value={who}
              onChange={(value) => setWho(value === 'contractor' ? 'contractor' : 'staff')}
              data={[
                { value: 'staff', label: t('maintenance.workOrder.assignStaff') },
                { value: 'contractor', label: t('maintenance.workOrder.assignContractor') },
              ]}
              data-testid="assign-who"
            />
            {who === 'staff' && (
              <Select
                label={t('maintenance.workOrder.staffMember')}
                allowDeselect={false}
                searchable
                value={staffId}
                onChange={(value) => value !== null && setStaffId(value)}
                data={(staff.data ?? [{ userId: viewer.id, name: viewer.displayName }]).map((member) => ({
                  value: member.userId,
                  label: member.userId === viewer.id ? t('maintenance.workOrder.assignMe', { name: member.name }) : member.name,
                }))}
                data-testid="assign-staff"
              />
            )}
            {who === 'contractor' && (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={t('maintenance.workOrder.contractorName')}
                  required
                  data-testid="assign-contractor-name"
                  {...form.getInputProps('contractorName')}
                />
                <TextInput
                  label={t('maintenance.workOrder.contractorPhone')}
                  type="tel"
                  data-testid="assign-contractor-phone"
                  {...form.getInputProps('contractorPhone')}
                />
                <TextInput
                  label={t('maintenance.workOrder.contractorEmail')}
                  type="email"
                  data-testid="assign-contractor-email"
                  {...form.getInputProps('contractorEmail')}
                />
              </SimpleGrid>
            )}
            <Group justify="flex-end">
              <Button type="submit" size="sm" loading={assign.isPending} data-testid="assign-submit">
                {t('maintenance.workOrder.assign')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** The work order's priority (P1–P4) and who pays. */
export function TermsForm({ workOrder }: { workOrder: WorkOrderDetail }) {
  const { t } = useTranslation();
  const form = useForm<{ priority: MaintenancePriority; fundingSource: FundingSource }>({
    initialValues: { priority: workOrder.priority, fundingSource: workOrder.fundingSource },
  });
  const update = useUpdateWorkOrder({
    onSuccess: () => notifications.show({ color: 'teal', message: t('maintenance.workOrder.termsSaved') }),
    onError: (error) => applyFieldErrors(form, error),
  });
  const locked = isLocked(workOrder);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        update.mutate({ workOrderId: workOrder.id, priority: values.priority, fundingSource: values.fundingSource }),
      )}
    >
      <Stack gap="sm">
        {update.isError && !placed(update.error) && <ServerErrorAlert error={update.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('maintenance.field.priority')}
            allowDeselect={false}
            disabled={locked}
            data-testid="work-order-priority"
            data={PRIORITIES.map((p) => ({ value: p, label: t(`maintenance.priority.${p}`) }))}
            {...form.getInputProps('priority')}
          />
          <Select
            label={t('maintenance.workOrder.funding')}
            allowDeselect={false}
            disabled={locked}
            data-testid="work-order-funding"
            data={FUNDING_SOURCES.map((f) => ({ value: f, label: t(`maintenance.fundingSource.${f}`) }))}
            {...form.getInputProps('fundingSource')}
          />
        </SimpleGrid>
        {!locked && (
          <Group justify="flex-end">
            <Button type="submit" size="sm" variant="light" loading={update.isPending} disabled={!form.isDirty()} data-testid="terms-submit">
              {t('maintenance.workOrder.saveTerms')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/**
 * The steps to do, ticked as they are done, and a box for a new one. Steps copied from an
 * upkeep schedule have a kind and are answered (an inspection) rather than ticked.
 */
export function Checklist({ workOrder }: { workOrder: WorkOrderDetail }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { label: '' },
    validate: { label: (value) => (value.trim() === '' ? t('common.required') : null) },
  });
  const add = useAddChecklistItem({ onSuccess: () => form.reset(), onError: (error) => applyFieldErrors(form, error) });
  const set = useSetChecklistItem();
  const locked = isLocked(workOrder);
  return (
    <Stack gap="xs">
      {workOrder.checklist.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('maintenance.workOrder.noSteps')}
        </Text>
      )}
      {workOrder.checklist.map((item) =>
        item.kind != null ? (
          <InspectionAnswer key={item.id} item={item} workOrderId={workOrder.id} locked={locked} />
        ) : (
        <Checkbox
          key={item.id}
          label={item.label}
          checked={item.done}
          disabled={locked || set.isPending}
          onChange={(event) => set.mutate({ itemId: item.id, done: event.currentTarget.checked, workOrderId: workOrder.id })}
          data-testid="checklist-item"
        />
        ),
      )}
      {set.isError && <ServerErrorAlert error={set.error} />}
      {!locked && (
        <form noValidate onSubmit={form.onSubmit((values) => add.mutate({ workOrderId: workOrder.id, label: values.label.trim() }))}>
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              aria-label={t('maintenance.workOrder.newStep')}
              placeholder={t('maintenance.workOrder.newStep')}
              style={{ flex: 1 }}
              data-testid="checklist-new"
              {...form.getInputProps('label')}
            />
            <Button type="submit" variant="light" loading={add.isPending} data-testid="checklist-add">
              {t('maintenance.workOrder.addStep')}
            </Button>
          </Group>
          {add.isError && !placed(add.error) && <ServerErrorAlert error={add.error} />}
        </form>
      )}
    </Stack>
  );
}

interface CostValues {
  kind: CostKind;
  description: string;
  hours: number | string;
  hourlyRate: number | string;
  amount: number | string;
  supplier: string;
  supplierInvoice: string;
}

export function toCostLineInput(workOrderId: string, values: CostValues): AddCostLineInput {
  const base = { workOrderId, kind: values.kind, description: values.description.trim() };
  if (values.kind === 'LABOUR') {
    return { ...base, minutes: hoursToMinutes(Number(values.hours)), hourlyRate: whole(values.hourlyRate) };
  }
  if (values.kind === 'CONTRACTOR') {
    return { ...base, amount: whole(values.amount), supplier: values.supplier.trim(), supplierInvoice: values.supplierInvoice.trim() };
  }
  return { ...base, amount: whole(values.amount) };
}

/** The cost lines with their total, and a form to add one (labour as hours × rate). */
export function CostLines({ workOrder }: { workOrder: WorkOrderDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const locked = isLocked(workOrder);
  const form = useForm<CostValues>({
    mode: 'controlled',
    initialValues: { kind: 'CONTRACTOR', description: '', hours: '', hourlyRate: '', amount: '', supplier: '', supplierInvoice: '' },
    validate: {
      description: (value) => (value.trim() === '' ? t('common.required') : null),
      hours: (value, values) => (values.kind === 'LABOUR' && !(Number(value) > 0) ? t('common.required') : null),
      hourlyRate: (value, values) => (values.kind === 'LABOUR' && whole(value) <= 0 ? t('common.required') : null),
      amount: (value, values) => (values.kind !== 'LABOUR' && whole(value) <= 0 ? t('common.required') : null),
      supplier: (value, values) => (values.kind === 'CONTRACTOR' && value.trim() === '' ? t('common.required') : null),
      supplierInvoice: (value, values) => (values.kind === 'CONTRACTOR' && value.trim() === '' ? t('common.required') : null),
    },
  });
  const add = useAddCostLine({
    onSuccess: () => form.setValues({ description: '', hours: '', hourlyRate: '', amount: '', supplier: '', supplierInvoice: '' }),
    onError: (error) => applyFieldErrors(form, error, { minutes: 'hours' }),
  });
  const remove = useRemoveCostLine();
  const values = form.getValues();
  const labourPreview =
    values.kind === 'LABOUR' && Number(values.hours) > 0 && whole(values.hourlyRate) > 0
      ? labourAmount(hoursToMinutes(Number(values.hours)), whole(values.hourlyRate))
      : null;

  return (
    <Stack gap="sm">
      {workOrder.costLines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('maintenance.workOrder.noCosts')}
        </Text>
      ) : (
        <Stack gap={6} data-testid="cost-lines">
          {workOrder.costLines.map((line) => (
            <Group key={line.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid="cost-line">
              <div style={{ minWidth: 0 }}>
                <Text size="sm">
                  {t(`maintenance.costKind.${line.kind}`)}: {line.description}
                </Text>
                <Text size="xs" c="dimmed">
                  {line.kind === 'LABOUR' && line.minutes != null && line.hourlyRate != null
                    ? t('maintenance.workOrder.labourDetail', {
                        hours: format.quantityMilli(Math.round((line.minutes * 1000) / 60)),
                        rate: format.money(line.hourlyRate),
                      })
                    : [line.supplier, line.supplierInvoice].filter((part) => part != null).join(' · ')}
                </Text>
              </div>
              <Group gap={4} wrap="nowrap">
                <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }} data-testid="cost-line-amount">
                  {format.money(line.amount)}
                </Text>
                {!locked && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('maintenance.workOrder.remove')}
                    loading={remove.isPending && remove.variables === line.id}
                    onClick={() => remove.mutate(line.id)}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            </Group>
          ))}
          <Group justify="space-between" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }} pt={6}>
            <Text size="sm" fw={700}>
              {t('maintenance.workOrder.total')}
            </Text>
            <Text size="sm" fw={700} data-testid="cost-total">
              {format.money(workOrder.costTotal)}
            </Text>
          </Group>
        </Stack>
      )}
      {remove.isError && <ServerErrorAlert error={remove.error} />}
      {workOrder.status === 'VERIFIED' && (
        <Text size="sm" c="dimmed" data-testid="verified-total">
          {t('maintenance.workOrder.verifiedTotal', { amount: format.money(workOrder.verifiedCostTotal) })}
        </Text>
      )}
      {!locked && (
        <form noValidate onSubmit={form.onSubmit((submitted) => add.mutate(toCostLineInput(workOrder.id, submitted)))}>
          <Stack gap="xs">
            {add.isError && !placed(add.error) && <ServerErrorAlert error={add.error} />}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <Select
                label={t('maintenance.workOrder.kind')}
                allowDeselect={false}
                data-testid="cost-kind"
                data={COST_KINDS.map((k) => ({ value: k, label: t(`maintenance.costKind.${k}`) }))}
                {...form.getInputProps('kind')}
              />
              <TextInput label={t('maintenance.workOrder.costDescription')} required data-testid="cost-description" {...form.getInputProps('description')} />
              {values.kind === 'LABOUR' ? (
                <>
                  <NumberInput
                    label={t('maintenance.workOrder.hours')}
                    min={0}
                    decimalScale={2}
                    decimalSeparator={format.language === 'vi' ? ',' : '.'}
                    required
                    data-testid="cost-hours"
                    {...form.getInputProps('hours')}
                  />
                  <MoneyInput label={t('maintenance.workOrder.rate')} required data-testid="cost-rate" {...form.getInputProps('hourlyRate')} />
                </>
              ) : (
                <MoneyInput label={t('maintenance.workOrder.amount')} required data-testid="cost-amount" {...form.getInputProps('amount')} />
              )}
              {values.kind === 'CONTRACTOR' && (
                <>
                  <TextInput label={t('maintenance.workOrder.supplier')} required data-testid="cost-supplier" {...form.getInputProps('supplier')} />
                  <TextInput
                    label={t('maintenance.workOrder.supplierInvoice')}
                    required
                    data-testid="cost-supplier-invoice"
                    {...form.getInputProps('supplierInvoice')}
                  />
                </>
              )}
            </SimpleGrid>
            <Group justify="space-between">
              <Text size="sm" c="dimmed" data-testid="cost-labour-preview">
                {labourPreview !== null ? format.money(labourPreview) : ''}
              </Text>
              <Button type="submit" size="sm" variant="light" loading={add.isPending} data-testid="cost-add">
                {t('maintenance.workOrder.addCost')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
