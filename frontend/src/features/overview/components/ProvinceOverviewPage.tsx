import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/PageHeader';
import { useViewer } from '@/lib/session/use-session';
import { ComingSoonCard } from './ComingSoonCard';
import { WelcomeCard } from './WelcomeCard';

/** Province overview for the Department of Industry and Trade (read-only, aggregates only). */
export function ProvinceOverviewPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <>
      <PageHeader title={t('overview.province.title')} />
      <Stack gap="lg">
        <WelcomeCard viewer={viewer} intro={t('overview.province.intro', { tenant: viewer.tenant?.name ?? '' })} />
        <ComingSoonCard
          items={[t('overview.province.statistics'), t('overview.province.wastewater'), t('overview.province.reports')]}
        />
      </Stack>
    </>
  );
}
