import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { fetchAllPages } from '@/lib/graphql/pages';

const BillingFirmOptions = graphql(`
  query BillingFirmOptions($first: Int, $after: String) {
    firms(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        taxCode
      }
    }
  }
`);

const FundClusters = graphql(`
  query FundClusters($first: Int, $after: String) {
    leases(first: $first, after: $after) {
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
      }
    }
  }
`);

const PER_REQUEST = 100;
const MAX_OPTIONS = 1000;

export const clusterOptionsKey = ['billing', 'clusterOptions'] as const;
export const firmOptionsKey = ['billing', 'firmOptions'] as const;

/** Every cluster of the operator (id and name), for the billing pickers (the same loader as the estate's). */
export { fetchClusterOptions } from '@/lib/cluster-options';

/** Every firm of the operator (id, name, tax code), for the payment form and the firm column. */
export async function fetchFirmOptions() {
  return fetchAllPages(
    async (after) => (await request(BillingFirmOptions, { first: PER_REQUEST, after })).firms,
    MAX_OPTIONS,
  );
}

/**
 * The clusters an enterprise user's firm leases in (the `leases` query returns only their own
 * leases), each once, by name: the funds they may read.
 */
export async function fetchMyFundClusters() {
  const leases = await fetchAllPages(
    async (after) => (await request(FundClusters, { first: PER_REQUEST, after })).leases,
    MAX_OPTIONS,
  );
  const byId = new Map<string, { id: string; name: string }>();
  for (const lease of leases) byId.set(lease.cluster.id, lease.cluster);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
