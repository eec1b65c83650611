import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ClusterFields, ClusterOrder } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';
import { estateKeys } from './keys';

const Clusters = graphql(`
  query Clusters($first: Int, $after: String, $orderBy: ClusterOrder) {
    clusters(first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        province
        district
        totalAreaM2
        leasableAreaM2
        establishedOn
        status
        wastewater {
          ...WastewaterFields
        }
        occupancy {
          ...OccupancyFields
        }
      }
    }
  }
`);

const ClusterDetail = graphql(`
  query ClusterDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Cluster {
        ...ClusterDetailFields
      }
    }
  }
`);

graphql(`
  fragment ClusterDetailFields on Cluster {
    id
    name
    province
    provinceCode
    district
    districtCode
    totalAreaM2
    leasableAreaM2
    establishedOn
    decisionNumber
    status
    wastewater {
      ...WastewaterFields
    }
    effluentOverLimit
    occupancy {
      ...OccupancyFields
    }
    auditTrail {
      ...AuditFields
    }
  }
`);

const CreateCluster = graphql(`
  mutation CreateCluster($input: ClusterFields!) {
    createCluster(input: $input) {
      ...ClusterDetailFields
    }
  }
`);

const UpdateCluster = graphql(`
  mutation UpdateCluster($id: ID!, $input: ClusterFields!) {
    updateCluster(id: $id, input: $input) {
      ...ClusterDetailFields
    }
  }
`);

/** One page of clusters; `orderBy` null keeps the server's default (by name). */
export async function fetchClusters(orderBy: ClusterOrder | null, after: string | null) {
  const data = await request(Clusters, { first: PAGE_SIZE, after, orderBy });
  return data.clusters;
}

export type ClusterRow = Awaited<ReturnType<typeof fetchClusters>>['nodes'][number];

export const clustersQueryOptions = (orderBy: ClusterOrder | null) =>
  connectionQueryOptions(estateKeys.clusterList(orderBy), (after) => fetchClusters(orderBy, after));

export const useClusters = (orderBy: ClusterOrder | null) => useConnection(clustersQueryOptions(orderBy));

export async function fetchCluster(id: string) {
  const data = await request(ClusterDetail, { id });
  return data.node.__typename === 'Cluster' ? data.node : null;
}

export type ClusterDetailData = NonNullable<Awaited<ReturnType<typeof fetchCluster>>>;

export const clusterQueryOptions = (id: string) =>
  queryOptions({ queryKey: estateKeys.cluster(id), queryFn: () => fetchCluster(id) });

export const useCluster = (id: string) => useQuery(clusterQueryOptions(id));

/** Creates a cluster (`id` null) or changes one. */
export async function saveCluster({ id, input }: { id: string | null; input: ClusterFields }) {
  if (id === null) return (await request(CreateCluster, { input })).createCluster;
  return (await request(UpdateCluster, { id, input })).updateCluster;
}

/** Saves a cluster; every cluster list and picker, and the overview, are read again. */
export const useSaveCluster = (
  config?: MutationConfig<Awaited<ReturnType<typeof saveCluster>>, { id: string | null; input: ClusterFields }>,
) =>
  useCacheMutation(saveCluster, (queryClient) => invalidateAll(queryClient, [estateKeys.clusters, estateKeys.overview]), config);
