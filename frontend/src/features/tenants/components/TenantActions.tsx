import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { applyFieldErrors } from '@/lib/forms';
import { errorMessage } from '@/lib/graphql/error-message';
import { useReactivateTenant, useSuspendTenant, useUpdateTenant } from '../api/tenants';
import type { TenantRow } from '../api/tenants';

/**
 * The platform admin's actions on an operator: correct its name and province, suspend it (with
 * a reason, after saying what that does) or lift the suspension.
 */
export function TenantActions({ tenant }: { tenant: TenantRow }) {
  const { t } = useTranslation();
  const [editing, edit] = useDisclosure(false);
  const [suspending, suspend] = useDisclosure(false);
  const reactivate = useReactivateTenant({
    onSuccess: () => notifications.show({ color: 'teal', message: t('tenants.actions.reactivated', { name: tenant.name }) }),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  });
  if (tenant.kind !== 'OPERATOR') return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="default" onClick={edit.open} data-testid={`tenant-edit-${tenant.id}`}>
        {t('tenants.actions.edit')}
      </Button>
      {tenant.suspendedAt ? (
        <Button
          size="xs"
          variant="light"
          color="teal"
          loading={reactivate.isPending}
          onClick={() => reactivate.mutate(tenant.id)}
          data-testid={`tenant-reactivate-${tenant.id}`}
        >
          {t('tenants.actions.reactivate')}
        </Button>
      ) : (
        <Button size="xs" variant="subtle" color="red" onClick={suspend.open} data-testid={`tenant-suspend-${tenant.id}`}>
          {t('tenants.actions.suspend')}
        </Button>
      )}
      <Modal opened={editing} onClose={edit.close} title={t('tenants.actions.editTitle', { name: tenant.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {editing && <EditTenantForm tenant={tenant} onDone={edit.close} />}
      </Modal>
      <Modal
        opened={suspending}
        onClose={suspend.close}
        title={t('tenants.actions.suspendTitle', { name: tenant.name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {suspending && <SuspendTenantForm tenant={tenant} onDone={suspend.close} />}
      </Modal>
    </Group>
  );
}

function EditTenantForm({ tenant, onDone }: { tenant: TenantRow; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: tenant.name, province: tenant.province },
    validate: { name: isNotEmpty(t('common.required')), province: isNotEmpty(t('common.required')) },
  });
  const update = useUpdateTenant({
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('tenants.actions.saved', { name: saved.name }) });
      onDone();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        update.mutate({ id: tenant.id, input: { name: values.name.trim(), province: values.province.trim() } }),
      )}
    >
      <Stack gap="md">
        {update.isError && <ServerErrorAlert error={update.error} />}
        <TextInput label={t('tenants.create.name')} required key={form.key('name')} {...form.getInputProps('name')} data-testid="tenant-edit-name" />
        <TextInput
          label={t('tenants.create.province')}
          required
          key={form.key('province')}
          {...form.getInputProps('province')}
          data-testid="tenant-edit-province"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} data-testid="tenant-edit-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SuspendTenantForm({ tenant, onDone }: { tenant: TenantRow; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { reason: '' },
    validate: { reason: isNotEmpty(t('common.required')) },
  });
  const suspend = useSuspendTenant({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('tenants.actions.suspended', { name: tenant.name }) });
      onDone();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => suspend.mutate({ id: tenant.id, reason: values.reason.trim() }))}>
      <Stack gap="md">
        <Text size="sm">{t('tenants.actions.suspendHint', { name: tenant.name })}</Text>
        {suspend.isError && <ServerErrorAlert error={suspend.error} />}
        <Textarea
          label={t('tenants.actions.reason')}
          required
          autosize
          minRows={2}
          key={form.key('reason')}
          {...form.getInputProps('reason')}
          data-testid="tenant-suspend-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={suspend.isPending} data-testid="tenant-suspend-confirm">
            {t('tenants.actions.suspend')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
