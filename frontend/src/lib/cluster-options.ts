import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { fetchAllPages } from '@/lib/graphql/pages';

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

const PER_REQUEST = 100;
const MAX_OPTIONS = 1000;

/** Every cluster (id and name) for a picker. */
export async function fetchClusterOptions() {
  return fetchAllPages(
    async (after) => (await request(ClusterOptions, { first: PER_REQUEST, after })).clusters,
    MAX_OPTIONS,
  );
}
