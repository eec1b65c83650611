import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { fetchAllPages, PICKER_BATCH } from '@/lib/graphql/pages';
import { maintenanceKeys } from './keys';

const MyLeasedPlots = graphql(`
  query MyLeasedPlots($first: Int, $after: String) {
    leases(first: $first, after: $after, status: ACTIVE) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        cluster {
          id
          name
        }
        plots {
          id
          code
        }
      }
    }
  }
`);

/** The plots the firm leases now (an enterprise user's leases are their firm's), by code. */
export async function fetchMyPlots() {
  const leases = await fetchAllPages(async (after) => (await request(MyLeasedPlots, { first: PICKER_BATCH, after })).leases);
  const plots = leases.flatMap((lease) => lease.plots.map((plot) => ({ ...plot, clusterName: lease.cluster.name })));
  return plots.sort((a, b) => a.code.localeCompare(b.code));
}

export type PlotOption = Awaited<ReturnType<typeof fetchMyPlots>>[number];

export const myPlotsQueryOptions = () => queryOptions({ queryKey: maintenanceKeys.myPlots, queryFn: fetchMyPlots });

export const useMyPlots = () => useQuery(myPlotsQueryOptions());
