import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/PageHeader';
import { AmountDueCard } from '@/features/billing';
import { EstateOverview } from '@/features/estate';
import { OpenRequestsSummary } from '@/features/maintenance';
import { useViewer } from '@/lib/session/use-session';
import { OperatorToday } from './OperatorToday';
import { WelcomeCard } from './WelcomeCard';

/** Overview: the day's to-do list and the estate for operator admins and staff; the firm's space for enterprise users. */
export function OverviewPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const tenant = viewer.tenant?.name ?? '';

  if (viewer.role !== 'ENTERPRISE') {
    return (
      <>
        <PageHeader title={t('nav.overview')} description={t('estate.overview.description', { tenant })} />
        <Stack gap="lg">
          <OperatorToday />
          <EstateOverview />
        </Stack>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('nav.overview')} />
      <Stack gap="lg">
        <AmountDueCard />
        <OpenRequestsSummary />
        <WelcomeCard viewer={viewer} intro={t('overview.enterprise.intro', { firm: viewer.firm?.name ?? '', tenant })} />
      </Stack>
    </>
  );
}
