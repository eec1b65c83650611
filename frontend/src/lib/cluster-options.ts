import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { fetchAllPages, PICKER_BATCH } from '@/lib/graphql/pages';

// Shared by the estate and billing pickers. It lives here rather than in a feature because the
// estate feature already uses billing (tariffs, meter readings), so billing importing estate would
// be a dependency cycle.
const ClusterOptions = graphql(`
  query ClusterOptions($first: Int, $after: String) {
    clusters(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
      }
    }
  }
`);

/** Every query about clusters is keyed under this, so a cluster change refreshes the pickers too. */
export const clustersKey = ['clusters'] as const;

/** Every cluster (id and name) for a picker. */
export async function fetchClusterOptions() {
  return fetchAllPages(async (after) => (await request(ClusterOptions, { first: PICKER_BATCH, after })).clusters);
}

/** The one cache entry of the cluster pickers, estate's and billing's alike. */
export const clusterOptionsQueryOptions = () =>
  queryOptions({ queryKey: [...clustersKey, 'options'], queryFn: fetchClusterOptions });

export const useClusterOptions = () => useQuery(clusterOptionsQueryOptions());
