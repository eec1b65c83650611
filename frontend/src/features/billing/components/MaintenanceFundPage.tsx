import { Card, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHeader } from '@/components/ui/PageHeader';
import { useClusterOptions } from '@/lib/cluster-options';
import { useMyFundClusters } from '../api/fund';
import { FundView } from './FundView';

/** The cluster picked in the address (`?cluster=`), or the first one offered. */
function useClusterChoice(options: readonly { id: string }[] | undefined) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('cluster');
  const chosen = options?.find((c) => c.id === asked)?.id ?? options?.[0]?.id ?? null;
  const choose = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id === null) next.delete('cluster');
    else next.set('cluster', id);
    setParams(next, { replace: true });
  };
  return [chosen, choose] as const;
}

function ClusterPicker({
  options,
  value,
  onChange,
}: {
  options: readonly { id: string; name: string }[];
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" mb="lg">
      <Select
        label={t('billing.invoice.cluster')}
        allowDeselect={false}
        searchable
        w={{ base: '100%', sm: 320 }}
        data-testid="fund-cluster"
        value={value}
        onChange={onChange}
        data={options.map((c) => ({ value: c.id, label: c.name }))}
      />
    </Card>
  );
}

/** Maintenance fund (operators): one cluster's fund, with spending and upkeep plans entered here. */
export function MaintenanceFundPage() {
  const { t } = useTranslation();
  const clusters = useClusterOptions();
  const [clusterId, choose] = useClusterChoice(clusters.data);
  return (
    <>
      <PageHeader title={t('billing.fund.title')} description={t('billing.fund.description')} />
      {clusters.error ? (
        <ErrorAlert error={clusters.error} />
      ) : clusters.isPending ? (
        <CenteredLoader />
      ) : clusterId === null ? (
        <Text c="dimmed">{t('billing.fund.noClusters')}</Text>
      ) : (
        <>
          <ClusterPicker options={clusters.data} value={clusterId} onChange={choose} />
          <FundView clusterId={clusterId} canEdit />
        </>
      )}
    </>
  );
}

/** Cluster fund (enterprise users): the fund statement of the clusters their firm leases in, read-only. */
export function ClusterFundPage() {
  const { t } = useTranslation();
  const clusters = useMyFundClusters();
  const [clusterId, choose] = useClusterChoice(clusters.data);
  return (
    <>
      <PageHeader title={t('billing.fund.myTitle')} description={t('billing.fund.myDescription')} />
      {clusters.error ? (
        <ErrorAlert error={clusters.error} />
      ) : clusters.isPending ? (
        <CenteredLoader />
      ) : clusterId === null ? (
        <Text c="dimmed">{t('billing.fund.noLeases')}</Text>
      ) : (
        <>
          {clusters.data.length > 1 && <ClusterPicker options={clusters.data} value={clusterId} onChange={choose} />}
          <FundView clusterId={clusterId} canEdit={false} />
        </>
      )}
    </>
  );
}
