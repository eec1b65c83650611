import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/DataTable';
import type { Column } from '@/components/ui/DataTable';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { LoadMore } from '@/components/ui/LoadMore';
import { useFormat } from '@/lib/use-format';
import { useViewer } from '@/lib/session/use-session';
import { useMembers } from '../api/members';
import { MemberActions } from './MemberActions';
import type { MemberRow } from '../api/members';

/** Everyone with a membership in the current tenant. */
export function MembersPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const members = useMembers();
  const viewer = useViewer();

  const columns: Column<MemberRow>[] = [
    {
      key: 'name',
      header: t('users.members.name'),
      render: (row) => (
        <>
          <Text size="sm" fw={500}>
            {row.user.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {row.user.email}
          </Text>
        </>
      ),
    },
    { key: 'role', header: t('common.role'), render: (row) => t(`roles.${row.role}`) },
    { key: 'firm', header: t('common.firm'), render: (row) => row.firm?.name ?? t('common.empty') },
    { key: 'joinedAt', header: t('users.members.joinedAt'), nowrap: true, render: (row) => format.date(row.createdAt) },
    ...(viewer.role === 'OPERATOR_ADMIN'
      ? [
          {
            key: 'actions',
            header: t('common.actions'),
            render: (row: MemberRow) => <MemberActions member={row} self={row.id === viewer.membershipId} />,
          },
        ]
      : []),
  ];

  return (
    <Card withBorder padding="lg">
      <Title order={3} size="h4" mb="sm">
        {t('users.members.title')}
      </Title>
      {members.error ? (
        <ErrorAlert error={members.error} />
      ) : (
        <>
          <DataTable
            rows={members.nodes}
            columns={columns}
            rowKey={(row) => row.id}
            emptyText={members.isPending ? t('common.loading') : t('users.members.empty')}
            data-testid="members-table"
          />
          <LoadMore
            shown={members.nodes.length}
            total={members.totalCount}
            hasMore={members.hasMore}
            loading={members.isLoadingMore}
            onLoadMore={members.loadMore}
            data-testid="members-load-more"
          />
        </>
      )}
    </Card>
  );
}
