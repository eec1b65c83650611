import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/PageHeader';
import { useViewer } from '@/lib/session/use-session';
import { ComingSoonCard } from './ComingSoonCard';
import { WelcomeCard } from './WelcomeCard';

/** Overview for operator admins and staff, and for enterprise users (their firm). */
export function OverviewPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const tenant = viewer.tenant?.name ?? '';
  const isEnterprise = viewer.role === 'ENTERPRISE';

  const intro = isEnterprise
    ? t('overview.enterprise.intro', { firm: viewer.firm?.name ?? '', tenant })
    : t('overview.operator.intro', { tenant });
  const coming = isEnterprise
    ? [t('overview.enterprise.leases'), t('overview.enterprise.invoices'), t('overview.enterprise.requests')]
    : [t('overview.operator.estate'), t('overview.operator.billing'), t('overview.operator.maintenance')];

  return (
    <>
      <PageHeader title={t('nav.overview')} />
      <Stack gap="lg">
        <WelcomeCard viewer={viewer} intro={intro} />
        <ComingSoonCard items={coming} />
      </Stack>
    </>
  );
}
