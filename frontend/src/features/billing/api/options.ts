import { graphql } from '@/gql';
import type { BillingClusterOptionsQuery, BillingFirmOptionsQuery, FundClustersQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';

const BillingClusterOptions = graphql(`
  query BillingClusterOptions($first: Int, $after: String) {
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

/** Every cluster of the operator (id and name), for the billing pickers. */
export async function fetchClusterOptions() {
  const clusters: BillingClusterOptionsQuery['clusters']['nodes'] = [];
  let after: string | null = null;
  for (;;) {
    const data: BillingClusterOptionsQuery = await request(BillingClusterOptions, { first: PER_REQUEST, after });
    clusters.push(...data.clusters.nodes);
    const { hasNextPage, endCursor } = data.clusters.pageInfo;
    if (!hasNextPage || endCursor == null || clusters.length >= MAX_OPTIONS) return clusters;
    after = endCursor;
  }
}

/** Every firm of the operator (id, name, tax code), for the payment form and the firm column. */
export async function fetchFirmOptions() {
  const firms: BillingFirmOptionsQuery['firms']['nodes'] = [];
  let after: string | null = null;
  for (;;) {
    const data: BillingFirmOptionsQuery = await request(BillingFirmOptions, { first: PER_REQUEST, after });
    firms.push(...data.firms.nodes);
    const { hasNextPage, endCursor } = data.firms.pageInfo;
    if (!hasNextPage || endCursor == null || firms.length >= MAX_OPTIONS) return firms;
    after = endCursor;
  }
}

/**
 * The clusters an enterprise user's firm leases in (the `leases` query returns only their own
 * leases), each once, by name: the funds they may read.
 */
export async function fetchMyFundClusters() {
  const byId = new Map<string, { id: string; name: string }>();
  let after: string | null = null;
  for (let fetched = 0; ; ) {
    const data: FundClustersQuery = await request(FundClusters, { first: PER_REQUEST, after });
    for (const lease of data.leases.nodes) byId.set(lease.cluster.id, lease.cluster);
    fetched += data.leases.nodes.length;
    const { hasNextPage, endCursor } = data.leases.pageInfo;
    if (!hasNextPage || endCursor == null || fetched >= MAX_OPTIONS) break;
    after = endCursor;
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
