import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';

/** How many hits of each kind the search shows. */
export const HITS_PER_KIND = 5;
/** Leases are found through the firms found: the leases of this many firms. */
export const LEASE_FIRMS = 3;

const GlobalSearch = graphql(`
  query GlobalSearch($search: String!, $first: Int!) {
    firms(search: $search, first: $first) {
      totalCount
      nodes {
        id
        name
        taxCode
      }
    }
    invoices(search: $search, first: $first) {
      totalCount
      nodes {
        id
        numberLabel
        buyerName
        clusterName
        status
      }
    }
    plots(search: $search, first: $first) {
      totalCount
      nodes {
        id
        code
        status
        cluster {
          id
          name
        }
      }
    }
  }
`);

// The schema's `leases` has no text search: a firm's leases are what a search for the firm finds.
const GlobalSearchLeases = graphql(`
  query GlobalSearchLeases($firmId: ID!, $first: Int!) {
    leases(firmId: $firmId, first: $first) {
      nodes {
        id
        status
        startsOn
        endsOn
        firm {
          id
          name
        }
        cluster {
          id
          name
        }
        plots {
          code
        }
      }
    }
  }
`);

export const searchKeys = {
  all: ['globalSearch'] as const,
  term: (term: string) => ['globalSearch', 'term', term] as const,
  firmLeases: (firmId: string) => ['globalSearch', 'firmLeases', firmId] as const,
};

async function fetchSearch(term: string) {
  return request(GlobalSearch, { search: term, first: HITS_PER_KIND });
}

export type SearchAnswer = Awaited<ReturnType<typeof fetchSearch>>;

async function fetchFirmLeases(firmId: string) {
  const data = await request(GlobalSearchLeases, { firmId, first: HITS_PER_KIND });
  return data.leases.nodes;
}

export type LeaseHit = Awaited<ReturnType<typeof fetchFirmLeases>>[number];

/**
 * Firms, invoices and plots matching `term` (null: nothing asked yet), then the leases of the
 * first firms found. Results are short-lived: the next time the box opens they are fetched anew.
 */
export function useGlobalSearch(term: string | null) {
  const found = useQuery({
    queryKey: searchKeys.term(term ?? ''),
    queryFn: () => fetchSearch(term ?? ''),
    enabled: term !== null,
    staleTime: 30_000,
    // The old hits stay while the next term's are on their way: the list does not flash empty.
    placeholderData: keepPreviousData,
  });
  const firmIds = term === null ? [] : (found.data?.firms.nodes ?? []).slice(0, LEASE_FIRMS).map((firm) => firm.id);
  const leases = useQueries({
    queries: firmIds.map((firmId) => ({
      queryKey: searchKeys.firmLeases(firmId),
      queryFn: () => fetchFirmLeases(firmId),
      staleTime: 30_000,
    })),
  });
  return {
    data: term === null ? undefined : found.data,
    leases: leases.flatMap((query) => query.data ?? []),
    isFetching: found.isFetching || leases.some((query) => query.isFetching),
    error: found.error,
  };
}
