import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { useMe } from '../api/profile';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileDetailsForm } from './ProfileDetailsForm';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();

  return (
    <>
      <PageHeader title={t('profile.title')} />
      {me.isPending ? (
        <CenteredLoader />
      ) : me.isError ? (
        <ErrorAlert error={me.error} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ProfileDetailsForm key={me.data.id} viewer={me.data} />
          <ChangePasswordForm />
        </SimpleGrid>
      )}
    </>
  );
}
