import { useQueries } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { useClusterOptions } from '@/lib/cluster-options';

const FundCoverage = graphql(`
  query FundCoverage($clusterId: ID!) {
    maintenanceFund(clusterId: $clusterId, entries: 0) {
      clusterId
      clusterName
      balance
      plannedNext12Months
      coverageBp
    }
  }
`);

export async function fetchFundCoverage(clusterId: string) {
  return (await request(FundCoverage, { clusterId })).maintenanceFund;
}

export type FundCoverageData = Awaited<ReturnType<typeof fetchFundCoverage>>;

/** Each cluster's maintenance fund at a glance (balance and coverage of the planned upkeep). */
export function useFundCoverage() {
  const clusters = useClusterOptions();
  const funds = useQueries({
    queries: (clusters.data ?? []).map((cluster) => ({
      queryKey: ['overview', 'fund-coverage', cluster.id] as const,
      queryFn: () => fetchFundCoverage(cluster.id),
    })),
  });
  return {
    error: clusters.error ?? funds.find((f) => f.error)?.error ?? null,
    isPending: clusters.isPending || funds.some((f) => f.isPending),
    funds: funds.flatMap((f) => (f.data ? [f.data] : [])),
  };
}
