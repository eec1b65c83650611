import { graphql } from '@/gql';
import type { PlotFields, PlotOrder, PlotStatus, PlotsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { fetchAllPages } from '@/lib/graphql/pages';
import { PAGE_SIZE } from '@/lib/use-connection';

export const plotsKey = ['plots'] as const;

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

const PER_REQUEST = 100;
const MAX_PLOTS = 2000;

/** Every plot of one cluster, with today's status (the cluster's tile grid and the lease form). */
export async function fetchClusterPlots(clusterId: string): Promise<PlotRow[]> {
  return fetchAllPages(
    async (after) => (await request(Plots, { first: PER_REQUEST, after, clusterId })).plots,
    MAX_PLOTS,
  );
}

export async function savePlot(id: string | null, input: PlotFields) {
  if (id === null) return (await request(CreatePlot, { input })).createPlot;
  return (await request(UpdatePlot, { id, input })).updatePlot;
}
