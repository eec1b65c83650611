import { Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { ServerErrorAlert } from '@/components/ui/ServerErrorAlert';
import { useClusterOptions } from '@/lib/cluster-options';
import { todayInVietnam } from '@/lib/format';
import { usePhone } from '@/lib/phone';
import { useViewer } from '@/lib/session/use-session';
import { useFormat } from '@/lib/use-format';
import { useDeleteSupportProgramme, useSupportProgrammes } from '../api/support';
import type { SupportProgrammeRow } from '../api/support';
import { SupportMechanismBadge } from './badges';
import { SupportProgrammeForm } from './SupportProgrammeForm';

/** Whether a programme supports today's rent, will, or did. */
function PeriodBadge({ programme, today }: { programme: SupportProgrammeRow; today: string }) {
  const { t } = useTranslation();
  const [status, color] =
    programme.endsOn < today ? (['ended', 'gray'] as const) : programme.startsOn > today ? (['upcoming', 'blue'] as const) : (['current', 'teal'] as const);
  return (
    <Badge size="xs" color={color} variant={status === 'current' ? 'filled' : 'light'} miw="max-content">
      {t(`billing.support.status.${status}`)}
    </Badge>
  );
}

/** Asks before deleting a programme; one that invoices used stays (the server's CONFLICT says how many). */
function DeleteProgrammeButton({ programme }: { programme: SupportProgrammeRow }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const remove = useDeleteSupportProgramme({
    onSuccess: () => {
      modal.close();
      notifications.show({ color: 'teal', message: t('billing.support.deleted', { name: programme.name }) });
    },
  });
  const close = () => {
    remove.reset();
    modal.close();
  };
  return (
    <>
      <Button size="xs" color="red" variant="subtle" onClick={modal.open} data-testid="support-programme-delete">
        {t('billing.support.delete')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('billing.support.deleteTitle', { name: programme.name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('billing.support.deleteHint')}</Text>
          {remove.isError && <ServerErrorAlert error={remove.error} data-testid="support-delete-error" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(programme.id)} data-testid="support-delete-confirm">
              {t('billing.support.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/**
 * The province's rent support programmes (operators): each decision, the rent days it
 * supports, its clusters, rate and mechanism, and its claim report. Operator admins add,
 * change and delete them.
 */
export function SupportProgrammesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const phone = usePhone();
  const viewer = useViewer();
  const admin = viewer.role === 'OPERATOR_ADMIN';
  const programmes = useSupportProgrammes();
  const clusters = useClusterOptions();
  const [editing, setEditing] = useState<SupportProgrammeRow | 'new' | null>(null);
  const today = todayInVietnam();
  const clusterName = (id: string | null | undefined) =>
    id == null ? t('billing.support.allClusters') : (clusters.data?.find((c) => c.id === id)?.name ?? t('common.empty'));

  const columns: Column<SupportProgrammeRow>[] = [
    {
      key: 'name',
      header: t('billing.support.programme'),
      phone: 'title',
      render: (row) => (
        <Stack gap={2} miw={phone ? undefined : 200}>
          <Text size="sm" fw={500} data-testid="support-programme-name">
            {row.name}
          </Text>
          <Text size="xs" c="dimmed" fw={400} data-testid="support-programme-citation">
            {row.citation}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'period',
      header: t('billing.support.period'),
      nowrap: true,
      render: (row) => (
        <Stack gap={4} align="flex-start">
          <Text size="sm">
            {format.date(row.startsOn)} – {format.date(row.endsOn)}
          </Text>
          <PeriodBadge programme={row} today={today} />
        </Stack>
      ),
    },
    {
      key: 'scope',
      header: t('billing.support.scope'),
      render: (row) => (
        <Text size="sm" miw={phone ? undefined : 90}>
          {clusterName(row.clusterId)}
        </Text>
      ),
    },
    {
      key: 'rate',
      header: t('billing.support.rateShort'),
      nowrap: true,
      render: (row) => <span data-testid="support-programme-rate">{format.rateBp(row.rateBp)}</span>,
    },
    { key: 'mechanism', header: t('billing.support.mechanism'), render: (row) => <SupportMechanismBadge mechanism={row.mechanism} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      phone: 'footer',
      render: (row) => (
        <Group gap={4} align="flex-start" wrap={phone ? 'nowrap' : 'wrap'} maw={phone ? undefined : 190}>
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/support-programmes/${encodeURIComponent(row.id)}/claims`}
            data-testid="support-programme-claims"
          >
            {t('billing.support.claims')}
          </Button>
          {admin && (
            <Button size="xs" variant="subtle" onClick={() => setEditing(row)} data-testid="support-programme-edit">
              {t('common.edit')}
            </Button>
          )}
          {admin && <DeleteProgrammeButton programme={row} />}
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('billing.support.title')} description={t('billing.support.description')} />
      <Card withBorder padding="lg">
        {admin && (
          <Group justify="flex-end" mb="md">
            <Button onClick={() => setEditing('new')} data-testid="support-programme-create">
              {t('billing.support.create')}
            </Button>
          </Group>
        )}
        {programmes.error ? (
          <ErrorAlert error={programmes.error} />
        ) : (
          <DataTable
            rows={programmes.data ?? []}
            columns={columns}
            rowKey={(row) => row.id}
            emptyText={programmes.isPending ? t('common.loading') : t('billing.support.empty')}
            data-testid="support-programmes-table"
          />
        )}
      </Card>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('billing.support.createTitle') : t('billing.support.editTitle')}
        size="xl"
        fullScreen={phone}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing !== null && <SupportProgrammeForm programme={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </>
  );
}
