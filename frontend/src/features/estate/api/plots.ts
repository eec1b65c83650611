import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PlotFields, PlotOrder, PlotStatus, PlotsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { fetchAllPages, PICKER_BATCH } from '@/lib/graphql/pages';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';
import { estateKeys, occupancyKeys } from './keys';

graphql(`
  fragment PlotRowFields on Plot {
    id
    code
    areaM2
    landUse
    cadastralRef
    notes
    status
    cluster {
      id
      name
    }
  }
`);

const Plots = graphql(`
  query Plots(
    $first: Int
    $after: String
    $clusterId: ID
    $search: String
    $status: PlotStatus
    $orderBy: PlotOrder
  ) {
    plots(first: $first, after: $after, clusterId: $clusterId, search: $search, status: $status, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...PlotRowFields
      }
    }
  }
`);

const CreatePlot = graphql(`
  mutation CreatePlot($input: PlotFields!) {
    createPlot(input: $input) {
      ...PlotRowFields
    }
  }
`);

const UpdatePlot = graphql(`
  mutation UpdatePlot($id: ID!, $input: PlotFields!) {
    updatePlot(id: $id, input: $input) {
      ...PlotRowFields
    }
  }
`);

export interface PlotFilter {
  clusterId: string | null;
  search: string;
  status: PlotStatus | null;
}

/** One page of plots; `orderBy` null keeps the server's default (by cluster, then code). */
export async function fetchPlots(filter: PlotFilter, orderBy: PlotOrder | null, after: string | null) {
  const data = await request(Plots, {
    first: PAGE_SIZE,
    after,
    clusterId: filter.clusterId,
    search: filter.search.trim() === '' ? null : filter.search.trim(),
    status: filter.status,
    orderBy,
  });
  return data.plots;
}

export type PlotRow = PlotsQuery['plots']['nodes'][number];

export const plotsQueryOptions = (filter: PlotFilter, orderBy: PlotOrder | null) =>
  connectionQueryOptions(estateKeys.plotList(filter, orderBy), (after) => fetchPlots(filter, orderBy, after));

export const usePlots = (filter: PlotFilter, orderBy: PlotOrder | null) => useConnection(plotsQueryOptions(filter, orderBy));

/** A cluster rarely has more; the tile grid and the lease form stop there. */
const MAX_PLOTS = 2000;

/** Every plot of one cluster, with today's status (the cluster's tile grid and the lease form). */
export async function fetchClusterPlots(clusterId: string): Promise<PlotRow[]> {
  return fetchAllPages(
    async (after) => (await request(Plots, { first: PICKER_BATCH, after, clusterId })).plots,
    MAX_PLOTS,
  );
}

/** Every plot of a cluster (none asked while no cluster is chosen). */
export const clusterPlotsQueryOptions = (clusterId: string | null) =>
  queryOptions({
    queryKey: estateKeys.clusterPlots(clusterId),
    queryFn: () => fetchClusterPlots(clusterId ?? ''),
    enabled: clusterId !== null,
  });

export const useClusterPlots = (clusterId: string | null) => useQuery(clusterPlotsQueryOptions(clusterId));

/** Creates a plot (`id` null) or changes one. */
export async function savePlot({ id, input }: { id: string | null; input: PlotFields }) {
  if (id === null) return (await request(CreatePlot, { input })).createPlot;
  return (await request(UpdatePlot, { id, input })).updatePlot;
}

/** Saves a plot; plot lists, the clusters' areas and occupancy, and the overview are read again. */
export const useSavePlot = (config?: MutationConfig<PlotRow, { id: string | null; input: PlotFields }>) =>
  useCacheMutation(savePlot, (queryClient) => invalidateAll(queryClient, occupancyKeys), config);
