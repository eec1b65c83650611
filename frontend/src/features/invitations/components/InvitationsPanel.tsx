import { Button, Card, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { errorMessage } from '@/lib/graphql/error-message';
import { useFormat } from '@/lib/use-format';
import { useInvitations, useRevokeInvitation } from '../api/invitations';
import type { InvitationRow } from '../api/invitations';
import { InvitationStatusBadge } from './InvitationStatusBadge';

/** The tenant's invitations, with their status and a revoke button while pending. */
export function InvitationsPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation({
    onSuccess: (invitation) => {
      notifications.show({ color: 'teal', message: t('invitations.revoked', { email: invitation.email }) });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  });

  const columns: Column<InvitationRow>[] = [
    { key: 'email', header: t('common.email'), render: (row) => row.email },
    {
      key: 'role',
      header: t('common.role'),
      render: (row) => (
        <>
          <Text size="sm">{t(`roles.${row.role}`)}</Text>
          {row.firm && (
            <Text size="xs" c="dimmed">
              {row.firm.name}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'status',
      header: t('common.status'),
      nowrap: true,
      render: (row) => <InvitationStatusBadge status={row.status} />,
    },
    {
      key: 'invitedBy',
      header: t('invitations.invitedBy'),
      render: (row) => row.invitedBy?.displayName ?? row.invitedBy?.email ?? t('common.empty'),
    },
    { key: 'createdAt', header: t('common.createdAt'), nowrap: true, render: (row) => format.date(row.createdAt) },
    {
      key: 'expiresAt',
      header: t('invitations.expiresAt'),
      nowrap: true,
      render: (row) => format.dateTime(row.expiresAt),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (row) =>
        row.status === 'PENDING' ? (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={revoke.isPending && revoke.variables === row.id}
            onClick={() => revoke.mutate(row.id)}
            data-testid={`revoke-${row.id}`}
          >
            {t('invitations.revoke')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card withBorder padding="lg">
      <Title order={3} size="h4" mb="sm">
        {t('invitations.title')}
      </Title>
      {invitations.error ? (
        <ErrorAlert error={invitations.error} />
      ) : (
        <>
          <DataTable
            rows={invitations.nodes}
            columns={columns}
            rowKey={(row) => row.id}
            emptyText={invitations.isPending ? t('common.loading') : t('invitations.empty')}
            data-testid="invitations-table"
          />
          <LoadMore
            shown={invitations.nodes.length}
            total={invitations.totalCount}
            hasMore={invitations.hasMore}
            loading={invitations.isLoadingMore}
            onLoadMore={invitations.loadMore}
            data-testid="invitations-load-more"
          />
        </>
      )}
    </Card>
  );
}
