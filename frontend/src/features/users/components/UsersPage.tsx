import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/PageHeader';
import { InvitationsPanel, InviteUserForm } from '@/features/invitations';
import { MembersPanel } from './MembersPanel';

/** Users & invitations (operator admin): invite, see who is in, see who was asked. */
export function UsersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('users.title')} />
      <Stack gap="lg">
        <InviteUserForm />
        <MembersPanel />
        <InvitationsPanel />
      </Stack>
    </>
  );
}
