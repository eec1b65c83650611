import { Button, Group, Modal, Rating, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/DateField';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import type { MaintenancePriority, RejectReason } from '@/gql/graphql';
import { isCalendarDate } from '@/lib/dates';
import { todayInVietnam } from '@/lib/format';
import { applyFieldErrors } from '@/lib/forms';
import { isApiError } from '@/lib/graphql/errors';
import {
  useAcknowledgeRequest,
  useAskRequester,
  useCancelRequest,
  useConfirmResolution,
  useDeferRequest,
  useRejectRequest,
  useReopenRequest,
  useReplyToRequest,
  useResolveRequest,
  useResumeRequest,
  useStartRequest,
} from '../api/requests';
import type { RequestDetail } from '../api/requests';
import { PRIORITIES, REJECT_REASONS } from '../lib/request-filter';
import { requestActions } from '../lib/transitions';
import type { RequestAction } from '../lib/transitions';


const LABELS: Record<RequestAction, `maintenance.action.${RequestAction}`> = {
  acknowledge: 'maintenance.action.acknowledge',
  start: 'maintenance.action.start',
  ask: 'maintenance.action.ask',
  defer: 'maintenance.action.defer',
  resume: 'maintenance.action.resume',
  reject: 'maintenance.action.reject',
  resolve: 'maintenance.action.resolve',
  cancel: 'maintenance.action.cancel',
  reply: 'maintenance.action.reply',
  confirm: 'maintenance.action.confirm',
  reopen: 'maintenance.action.reopen',
};

/** The mutation hooks' shared config: a notice, close the dialog, field errors under their fields. */
function useActionConfig(onDone: () => void) {
  const { t } = useTranslation();
  return {
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('maintenance.action.done') });
      onDone();
    },
  };
}

type AnyMutation = Pick<UseMutationResult<unknown, Error, never>, 'isError' | 'error' | 'isPending'>;

/** A dialog's form: the server's error on top, the fields, Cancel and the action's button. */
function ActionForm<Values extends object>({
  form,
  mutation,
  onSubmit,
  onCancel,
  action,
  danger = false,
  children,
}: {
  form: UseFormReturnType<Values>;
  mutation: AnyMutation;
  onSubmit: (values: Values) => void;
  onCancel: () => void;
  action: RequestAction;
  danger?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const placed = isApiError(mutation.error, 'VALIDATION') && mutation.error.fields.length > 0;
  return (
    <form noValidate onSubmit={form.onSubmit(onSubmit)}>
      <Stack>
        {mutation.isError && !placed && <ServerErrorAlert error={mutation.error} data-testid="action-error" />}
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('maintenance.action.close')}
          </Button>
          <Button type="submit" color={danger ? 'red' : undefined} loading={mutation.isPending} data-testid="action-submit">
            {t(LABELS[action])}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const trimmedOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

function AcknowledgeForm({ request, onDone }: { request: RequestDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ priority: MaintenancePriority; promisedOn: string; message: string }>({
    initialValues: { priority: request.priority, promisedOn: '', message: '' },
    validate: {
      promisedOn: (value) => (isCalendarDate(value) && value >= todayInVietnam() ? null : t('maintenance.action.promisedRequired')),
    },
  });
  const mutation = useAcknowledgeRequest({ ...useActionConfig(onDone), onError: (error) => applyFieldErrors(form, error) });
  return (
    <ActionForm
      form={form}
      mutation={mutation}
      action="acknowledge"
      onCancel={onDone}
      onSubmit={(values) =>
        mutation.mutate({
          requestId: request.id,
          priority: values.priority,
          promisedOn: values.promisedOn,
          message: trimmedOrNull(values.message),
        })
      }
    >
      <Select
        label={t('maintenance.field.priority')}
        allowDeselect={false}
        data-testid="action-priority"
        data={PRIORITIES.map((p) => ({ value: p, label: t(`maintenance.priority.${p}`) }))}
        {...form.getInputProps('priority')}
      />
      <DateField
        label={t('maintenance.field.promisedOn')}
        required
        min={todayInVietnam()}
        data-testid="action-promised-on"
        {...form.getInputProps('promisedOn')}
      />
      <Textarea label={t('maintenance.action.message')} autosize minRows={2} data-testid="action-message" {...form.getInputProps('message')} />
    </ActionForm>
  );
}

/** A dialog with one required text (ask, resolve, reply, reopen) or an optional one (cancel). */
function TextActionForm({
  request,
  action,
  onDone,
}: {
  request: RequestDetail;
  action: 'ask' | 'resolve' | 'reply' | 'reopen' | 'cancel';
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const field = { ask: 'question', resolve: 'note', reply: 'message', reopen: 'reason', cancel: 'reason' }[action];
  const label = {
    ask: t('maintenance.action.question'),
    resolve: t('maintenance.action.note'),
    reply: t('maintenance.action.reply'),
    reopen: t('maintenance.action.reason'),
    cancel: t('maintenance.action.cancelReason'),
  }[action];
  const optional = action === 'cancel';
  const form = useForm<Record<string, string>>({
    initialValues: { [field]: '' },
    validate: { [field]: (value: string) => (!optional && value.trim() === '' ? t('common.required') : null) },
  });
  const config = { ...useActionConfig(onDone), onError: (error: Error) => applyFieldErrors(form, error) };
  const ask = useAskRequester(config);
  const resolve = useResolveRequest(config);
  const reply = useReplyToRequest(config);
  const reopen = useReopenRequest(config);
  const cancel = useCancelRequest(config);
  const mutation = { ask, resolve, reply, reopen, cancel }[action];
  const submit = (values: Record<string, string>) => {
    const text = (values[field] ?? '').trim();
    const requestId = request.id;
    if (action === 'ask') ask.mutate({ requestId, question: text });
    else if (action === 'resolve') resolve.mutate({ requestId, note: text });
    else if (action === 'reply') reply.mutate({ requestId, message: text });
    else if (action === 'reopen') reopen.mutate({ requestId, reason: text });
    else cancel.mutate({ requestId, reason: trimmedOrNull(text) });
  };
  return (
    <ActionForm form={form} mutation={mutation} action={action} danger={action === 'cancel'} onCancel={onDone} onSubmit={submit}>
      <Textarea label={label} required={!optional} autosize minRows={3} data-testid="action-text" {...form.getInputProps(field)} />
    </ActionForm>
  );
}

function DeferForm({ request, onDone }: { request: RequestDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { until: '', reason: '' },
    validate: {
      until: (value) => (isCalendarDate(value) && value > todayInVietnam() ? null : t('maintenance.action.untilAfterToday')),
      reason: (value) => (value.trim() === '' ? t('common.required') : null),
    },
  });
  const mutation = useDeferRequest({ ...useActionConfig(onDone), onError: (error) => applyFieldErrors(form, error) });
  return (
    <ActionForm
      form={form}
      mutation={mutation}
      action="defer"
      onCancel={onDone}
      onSubmit={(values) => mutation.mutate({ requestId: request.id, until: values.until, reason: values.reason.trim() })}
    >
      <DateField label={t('maintenance.action.until')} required data-testid="action-until" {...form.getInputProps('until')} />
      <Textarea label={t('maintenance.action.reason')} required autosize minRows={2} data-testid="action-text" {...form.getInputProps('reason')} />
    </ActionForm>
  );
}

function RejectForm({ request, onDone }: { request: RequestDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ reason: RejectReason; message: string; duplicateOf: string }>({
    initialValues: { reason: 'NOT_OPERATOR_RESPONSIBILITY', message: '', duplicateOf: '' },
    validate: {
      message: (value) => (value.trim() === '' ? t('common.required') : null),
      duplicateOf: (value, values) => (values.reason === 'DUPLICATE' && value.trim() === '' ? t('common.required') : null),
    },
  });
  const mutation = useRejectRequest({ ...useActionConfig(onDone), onError: (error) => applyFieldErrors(form, error) });
  const values = form.getValues();
  return (
    <ActionForm
      form={form}
      mutation={mutation}
      action="reject"
      danger
      onCancel={onDone}
      onSubmit={(submitted) =>
        mutation.mutate({
          requestId: request.id,
          reason: submitted.reason,
          message: submitted.message.trim(),
          duplicateOf: submitted.reason === 'DUPLICATE' ? submitted.duplicateOf.trim() : null,
        })
      }
    >
      <Select
        label={t('maintenance.field.rejectReason')}
        allowDeselect={false}
        data-testid="action-reject-reason"
        data={REJECT_REASONS.map((r) => ({ value: r, label: t(`maintenance.rejectReason.${r}`) }))}
        {...form.getInputProps('reason')}
      />
      {values.reason === 'DUPLICATE' && (
        <TextInput label={t('maintenance.action.duplicateOf')} required {...form.getInputProps('duplicateOf')} />
      )}
      <Textarea label={t('maintenance.action.message')} required autosize minRows={2} data-testid="action-text" {...form.getInputProps('message')} />
    </ActionForm>
  );
}

function ConfirmForm({ request, onDone }: { request: RequestDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ rating: number }>({
    initialValues: { rating: 0 },
    validate: { rating: (value) => (value >= 1 && value <= 5 ? null : t('maintenance.action.ratingRequired')) },
  });
  const mutation = useConfirmResolution({ ...useActionConfig(onDone), onError: (error) => applyFieldErrors(form, error) });
  const error = form.errors.rating;
  return (
    <ActionForm
      form={form}
      mutation={mutation}
      action="confirm"
      onCancel={onDone}
      onSubmit={(values) => mutation.mutate({ requestId: request.id, rating: values.rating })}
    >
      <Text size="sm">{t('maintenance.action.confirmHint')}</Text>
      <Rating
        size="xl"
        value={form.getValues().rating}
        onChange={(value) => form.setFieldValue('rating', value)}
        getSymbolLabel={(value) => t('maintenance.detail.ratingValue', { rating: value })}
        data-testid="action-rating"
      />
      {error != null && (
        <Text size="sm" c="red">
          {error}
        </Text>
      )}
    </ActionForm>
  );
}

/** A move without a form (start, resume): one click. */
function DirectAction({ request, action }: { request: RequestDetail; action: 'start' | 'resume' }) {
  const { t } = useTranslation();
  const config = useActionConfig(() => undefined);
  const start = useStartRequest(config);
  const resume = useResumeRequest(config);
  const mutation = action === 'start' ? start : resume;
  return (
    <>
      <Button variant="light" loading={mutation.isPending} onClick={() => mutation.mutate(request.id)} data-testid={`action-${action}`}>
        {t(LABELS[action])}
      </Button>
      {mutation.isError && <ServerErrorAlert error={mutation.error} />}
    </>
  );
}

/**
 * The moves a request can make from where it stands, each a button; those that need a date,
 * a reason or a rating open a dialog. `operator` offers the operator's moves, else the firm's.
 */
export function RequestActions({ request, operator }: { request: RequestDetail; operator: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<RequestAction | null>(null);
  const actions = requestActions(request.status, operator);
  if (actions.length === 0) return null;
  const close = () => setOpen(null);
  const primary: readonly RequestAction[] = ['acknowledge', 'resolve', 'reply', 'confirm'];
  const danger: readonly RequestAction[] = ['reject', 'cancel', 'reopen'];

  let form: ReactNode = null;
  if (open === 'acknowledge') form = <AcknowledgeForm request={request} onDone={close} />;
  else if (open === 'defer') form = <DeferForm request={request} onDone={close} />;
  else if (open === 'reject') form = <RejectForm request={request} onDone={close} />;
  else if (open === 'confirm') form = <ConfirmForm request={request} onDone={close} />;
  else if (open === 'ask' || open === 'resolve' || open === 'reply' || open === 'reopen' || open === 'cancel') {
    form = <TextActionForm request={request} action={open} onDone={close} />;
  }

  return (
    <Group gap="xs" data-testid="request-actions">
      {actions.map((action) =>
        action === 'start' || action === 'resume' ? (
          <DirectAction key={action} request={request} action={action} />
        ) : (
          <Button
            key={action}
            variant={primary.includes(action) ? 'filled' : 'light'}
            color={danger.includes(action) ? 'red' : undefined}
            onClick={() => setOpen(action)}
            data-testid={`action-${action}`}
          >
            {t(LABELS[action])}
          </Button>
        ),
      )}
      <Modal opened={open !== null} onClose={close} title={open !== null ? t(LABELS[open]) : ''}>
        {form}
      </Modal>
    </Group>
  );
}
