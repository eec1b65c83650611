import { graphql } from '@/gql';
import type { ClusterFields, ClusterOrder } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { PAGE_SIZE } from '@/lib/use-connection';

export const clustersKey = ['clusters'] as const;

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

/** Every cluster (id and name) for a picker. */
export { fetchClusterOptions } from '@/lib/cluster-options';

export async function fetchCluster(id: string) {
  const data = await request(ClusterDetail, { id });
  return data.node.__typename === 'Cluster' ? data.node : null;
}

export type ClusterDetailData = NonNullable<Awaited<ReturnType<typeof fetchCluster>>>;

export async function saveCluster(id: string | null, input: ClusterFields) {
  if (id === null) return (await request(CreateCluster, { input })).createCluster;
  return (await request(UpdateCluster, { id, input })).updateCluster;
}
