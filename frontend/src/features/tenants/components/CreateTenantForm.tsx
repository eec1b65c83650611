import { Button, Card, Group, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { applyFieldErrors } from '@/lib/forms';
import { useCreateTenant } from '../api/tenants';

/** Platform admin: create an operator tenant and invite its first admin. */
export function CreateTenantForm() {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', province: '', adminEmail: '' },
    validate: {
      name: isNotEmpty(t('common.required')),
      province: isNotEmpty(t('common.required')),
      adminEmail: isEmail(t('common.invalidEmail')),
    },
  });
  const create = useCreateTenant({
    onSuccess: (tenant) => {
      notifications.show({ color: 'teal', message: t('tenants.create.created', { name: tenant.name }) });
      form.reset();
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  const submit = (values: { name: string; province: string; adminEmail: string }) =>
    create.mutate({ name: values.name.trim(), province: values.province.trim(), adminEmail: values.adminEmail.trim() });

  return (
    <Card withBorder padding="lg">
      <Title order={3} size="h4">
        {t('tenants.create.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('tenants.create.description')}
      </Text>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        {create.isError && <ErrorAlert error={create.error} retry={false} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt={create.isError ? 'sm' : 0}>
          <TextInput
            label={t('tenants.create.name')}
            placeholder={t('tenants.create.namePlaceholder')}
            required
            data-testid="tenant-name-input"
            key={form.key('name')}
            {...form.getInputProps('name')}
            name="name"
          />
          <TextInput
            label={t('tenants.create.province')}
            placeholder={t('tenants.create.provincePlaceholder')}
            required
            data-testid="tenant-province"
            key={form.key('province')}
            {...form.getInputProps('province')}
            name="province"
          />
          <TextInput
            label={t('tenants.create.adminEmail')}
            type="email"
            required
            data-testid="tenant-admin-email"
            key={form.key('adminEmail')}
            {...form.getInputProps('adminEmail')}
            name="adminEmail"
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={create.isPending} data-testid="tenant-submit">
            {t('tenants.create.submit')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
